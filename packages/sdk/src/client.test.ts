import { afterEach, expect, it } from 'vitest';
import { createMemoryTokenStore } from './auth/token-store.js';
import { createClient } from './client.js';
import { type LoopbackServer, sendJson, startHttpServer } from './test-support/loopback-server.js';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
});

const tokens = {
  access: 'access-1',
  refresh: 'refresh-1',
  accessExpiresAt: '2099-01-01T00:00:00.000Z',
  refreshExpiresAt: '2099-01-01T00:00:00.000Z',
};

it('stamps the app version, client kind and bearer token on every request, and one Idempotency-Key per call across its retries', async () => {
  server = await startHttpServer((request, response, index) => {
    if (index === 0) {
      response.writeHead(200, { 'content-length': '20' });
      response.write('{');
      response.destroy();
      return;
    }
    sendJson(response, 200, request.method === 'GET' ? { items: [] } : { id: 's1' });
  });
  const client = createClient({
    baseUrl: `${server.url}/api/v1`,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    tokenStore: createMemoryTokenStore(tokens),
    retry: { initialDelayMs: 1, maxDelayMs: 2 },
  });
  await client.raw.POST('/shifts/{shiftId}/start', { params: { path: { shiftId: 's1' } } });
  await client.raw.POST('/shifts/{shiftId}/start', { params: { path: { shiftId: 's1' } } });
  await client.shifts.list();
  const [first, retry, second, list] = server.requests;
  for (const request of [first, retry, second, list]) {
    expect(request?.headers['x-app-version']).toBe('3.2.0');
    expect(request?.headers['x-client-kind']).toBe('tablet');
    expect(request?.headers.authorization).toBe('Bearer access-1');
  }
  expect(first?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  expect(retry?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
  expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  expect(list?.headers['idempotency-key']).toBeUndefined();
});

it('sends no bearer token to the public login, even with a session in the store', async () => {
  server = await startHttpServer((_request, response) =>
    sendJson(response, 200, {
      ...tokens,
      user: { id: 'u', login: 'mk.aset', role: 'consultant', fullName: 'A', supervisorId: null },
    }),
  );
  const client = createClient({
    baseUrl: `${server.url}/api/v1`,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    tokenStore: createMemoryTokenStore(tokens),
  });
  await client.auth.login({ login: 'MK.Aset', password: 'Passw0rd!' });
  expect(server.requests[0]?.headers.authorization).toBeUndefined();
  expect(JSON.parse(server.requests[0]?.body ?? '{}')).toEqual({ login: 'mk.aset', password: 'Passw0rd!' });
});
