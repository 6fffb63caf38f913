import { OPERATIONS } from '@icontact/errors';
import { expect, it } from 'vitest';
import { OPERATION_IDS } from '../src/routes.ts';

it("names every operation of the errors catalogue by one of the contract's operationIds", () => {
  expect(OPERATION_IDS).toEqual(expect.arrayContaining([...OPERATIONS]));
});
