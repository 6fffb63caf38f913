import { afterEach, expect, it } from 'vitest';
import { createMemoryTokenStore } from './auth/token-store.js';
import { createClient } from './client.js';
import { ApiError } from './core/errors/api-error.js';
import { type LoopbackServer, sendJson, startHttpServer } from './test-support/loopback-server.js';

/**
 * The bodies the real Django REST framework / SimpleJWT backend sends: `detail` alone (or with
 * SimpleJWT's own `code` and `messages`), no `requestId` — what the contract's `Error` schema says the
 * real backend always sends, as opposed to what only the mock adds.
 */
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tokens = {
  access: 'access-1',
  refresh: 'refresh-1',
  accessExpiresAt: '2099-01-01T00:00:00.000Z',
  refreshExpiresAt: '2099-01-01T00:00:00.000Z',
};

async function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  server = await startHttpServer((_request, response) => sendJson(response, status, body, headers));
  return createClient({
    baseUrl: `${server.url}/api/v1`,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    tokenStore: createMemoryTokenStore(tokens),
    retry: { maxRetries: 0, maxRetryAfterSeconds: 0 },
  });
}

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

it("reads SimpleJWT's bare failed login as no_active_account, keeping its text", async () => {
  const client = await clientAnswering(
    401,
    { detail: 'No active account found with the given credentials' },
    { 'www-authenticate': 'Bearer realm="api"' },
  );
  const error = await failureOf(client.auth.login({ login: 'mk.aset', password: 'wrong-password' }));
  expect(error).toMatchObject({ code: 'no_active_account', status: 401 });
  expect(error.detail).toBe('No active account found with the given credentials');
  expect(error.requestId).toBeUndefined();
});

it("reads SimpleJWT's invalid token body, with its own code and messages, as token_not_valid", async () => {
  const client = await clientAnswering(
    401,
    {
      detail: 'Given token not valid for any token type',
      code: 'token_not_valid',
      messages: [
        { token_class: 'AccessToken', token_type: 'access', message: 'Token is invalid or expired' },
      ],
    },
    { 'www-authenticate': 'Bearer realm="api"' },
  );
  const error = await failureOf(client.shifts.list());
  expect(error).toMatchObject({ code: 'token_not_valid', status: 401 });
});

it("reads DRF's bare throttling answer as rate_limited, with the wait from Retry-After and the text", async () => {
  const client = await clientAnswering(
    429,
    { detail: 'Request was throttled. Expected available in 12 seconds.' },
    { 'retry-after': '12' },
  );
  const error = await failureOf(client.shifts.list());
  expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
  expect(error.data.retryAfter).toBe(12);
});

it.each([
  [403, 'You do not have permission to perform this action.', 'permission_denied'],
  [404, 'Not found.', 'not_found'],
  [401, 'Authentication credentials were not provided.', 'authentication_required'],
])("reads DRF's bare %i %j as %s", async (status, detail, code) => {
  const client = await clientAnswering(status, { detail });
  const error = await failureOf(client.shifts.list());
  expect(error).toMatchObject({ code, status });
  expect(error.detail).toBe(detail);
});
