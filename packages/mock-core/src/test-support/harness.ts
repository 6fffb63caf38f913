import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };
import { operationOfRequest } from '@icontact/openapi/routes';
import { expect } from 'vitest';
import type { BackendOptions } from '../backend/backend-options.js';
import { type Backend, createBackend } from '../backend/create-backend.js';
import type { BackendResponse, BackendResult } from '../http/backend-request.js';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import { createSchemaValidator } from '../spec/schema-validator.js';
import { createBackendClient, type TestRequestOptions } from '../testing/backend-client.js';
import { createResponseValidator } from '../testing/response-validator.js';

/** 08:30 in Almaty on 2026-11-24: the seed's clock start in tests. */
export const START = '2026-11-24T03:30:00.000Z';
export const PASSWORD = 'Passw0rd!';
const validator = createResponseValidator();
const schemas = createSchemaValidator(openapi as unknown as OpenApiDocument);

/** A JSON body as tests read it. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely; the contract check validates them
export type Body = any;

/** An answer that is a plain response, checked against the contract. */
export interface Answer extends BackendResponse {
  readonly body: Body;
}

/** A backend on a frozen clock at {@link START}, a client, and helpers that check every answer against the contract. */
export function harness(options: BackendOptions = {}) {
  const backend: Backend = createBackend({ clock: { start: START, speed: 0 }, ...options });
  const client = createBackendClient(backend);

  /** Sends a request; expects a plain response; checks it against the contract. */
  async function call(method: string, path: string, options: TestRequestOptions = {}): Promise<Answer> {
    const result = await client.request(method, path, options);
    if (result.kind !== 'response')
      throw new Error(`expected a response, got a wire fault ${JSON.stringify(result)}`);
    expectConforms(method, path, result);
    return result as Answer;
  }

  /**
   * Sends a request that no operation of the contract addresses (an unknown path, a method the path
   * lacks); expects a plain response whose body is the contract's `Error`.
   */
  async function callUnrouted(
    method: string,
    path: string,
    options: TestRequestOptions = {},
  ): Promise<Answer> {
    if (operationOfRequest(method, path) !== null)
      throw new Error(`${method} ${path} is an operation: use call()`);
    const result = await client.request(method, path, options);
    if (result.kind !== 'response')
      throw new Error(`expected a response, got a wire fault ${JSON.stringify(result)}`);
    expect(schemas.validate('#/components/schemas/Error', result.body), JSON.stringify(result.body)).toEqual(
      [],
    );
    return result as Answer;
  }

  /** Sends a request and returns the raw result (wire faults included). */
  const raw = (method: string, path: string, options: TestRequestOptions = {}): Promise<BackendResult> =>
    client.request(method, path, options);

  async function login(login: string, options: TestRequestOptions = {}): Promise<string> {
    const answer = await call('POST', '/auth/token', { body: { login, password: PASSWORD }, ...options });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.access as string;
  }

  const userId = (login: string): string => {
    const user = backend.admin.users().find((candidate) => candidate.login === login);
    if (!user) throw new Error(`no seeded user ${login}`);
    return user.id;
  };
  const shiftOf = (login: string) => {
    const id = userId(login);
    const shift = backend.admin.shifts().find((candidate) => candidate.consultantId === id);
    if (!shift) throw new Error(`no seeded shift for ${login}`);
    return shift;
  };

  return { backend, client, call, callUnrouted, raw, login, userId, shiftOf, admin: backend.admin };
}

/**
 * Asserts an answer conforms to the contract's response for its operation. A request no operation of
 * the contract addresses fails the test: send those with `raw`, which checks nothing.
 */
export function expectConforms(method: string, path: string, response: BackendResponse): void {
  const operationId = operationOfRequest(method, path);
  if (operationId === null) {
    throw new Error(
      `${method} ${path} is no operation of the contract: send it with raw() to test a refusal`,
    );
  }
  expect(
    validator.problems(operationId, response),
    `${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`,
  ).toEqual([]);
}
