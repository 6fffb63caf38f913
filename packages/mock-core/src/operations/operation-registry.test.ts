import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };
import { expect, it } from 'vitest';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import { readOperations } from '../spec/operations.js';
import { OPERATIONS } from './operation-registry.js';

const contract = readOperations(openapi as unknown as OpenApiDocument).map(
  (operation) => operation.operationId,
);

it('has a handler for every operation of the contract', () => {
  expect(contract.filter((operationId) => !OPERATIONS.has(operationId))).toEqual([]);
});

it('has no handler for an operation the contract does not have', () => {
  expect([...OPERATIONS.keys()].filter((operationId) => !contract.includes(operationId))).toEqual([]);
});
