import { ConnectionError, createClient, type IContactClient } from '@icontact/sdk';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHandlers } from './create-handlers.js';
import { CLOCK_START, PASSWORD, TABLET_HEADERS } from './test-support/consultant-day.js';

const mock = createHandlers({ clock: { start: CLOCK_START } });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

function client(maxRetries = 3): IContactClient {
  return createClient({
    baseUrl: mock.baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    now: () => mock.clock.now().getTime(),
    retry: { maxRetries, initialDelayMs: 1, maxDelayMs: 5 },
  });
}

const version = (init: RequestInit = {}): Promise<Response> =>
  fetch(mock.url('/app/version'), { headers: TABLET_HEADERS, ...init });

it('answers an http fault with its status, its code, Retry-After and the catalogue text', async () => {
  mock.faults.add({ kind: 'http', status: 503, code: 'service_unavailable', retryAfter: 7 });
  const response = await version();
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('7');
  expect(await response.json()).toMatchObject({ code: 'service_unavailable', retryAfter: 7 });
});

it.each([
  ['abort', { kind: 'abort' }],
  ['reset_mid_body', { kind: 'reset_mid_body', fraction: 0.5 }],
  ['refuse', { kind: 'refuse' }],
  ['dns_failure', { kind: 'dns_failure' }],
] as const)('fails the request with the runtime’s bare network TypeError on %s', async (kind, fault) => {
  mock.faults.add(fault);
  const error = await version().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as TypeError).message).toBe('fetch failed');
  expect(mock.faults.counters().byKind[kind]).toBe(1);
});

it.each([
  ['refuse', { kind: 'refuse' }],
  ['dns_failure', { kind: 'dns_failure' }],
] as const)(
  'keeps a request struck by %s away from the backend, as a connection that never opened',
  async (_kind, fault) => {
    mock.faults.add(fault);
    await version().catch(() => undefined);
    expect(mock.state.metrics().total).toBe(0);
  },
);

it('collapses every network failure into the SDK’s network_unavailable (a ConnectionError)', async () => {
  mock.faults.add({ kind: 'dns_failure', target: { times: 4 } });
  const error = await client()
    .app.version()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error).toMatchObject({ code: 'network_unavailable' });
});

it('applies and commits a write before losing its answer when the fault strikes after', async () => {
  const sdk = client(0);
  await sdk.auth.login({ login: 'mk.aset', password: PASSWORD });
  const [shift] = await sdk.shifts.list();
  mock.faults.add({ kind: 'abort', timing: 'after', target: { operation: 'startShift', times: 1 } });
  const lost = await sdk.shifts.start(shift?.id ?? '').catch((e: unknown) => e);
  expect(lost).toBeInstanceOf(ConnectionError);
  expect(mock.state.shifts().find((candidate) => candidate.id === shift?.id)?.status).toBe('in_progress');
});

it('delays the answer of a latency fault with MSW’s delay(), then sends the real answer', async () => {
  mock.faults.add({ kind: 'latency', ms: 300 });
  const started = performance.now();
  const response = await version();
  expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  expect(response.status).toBe(200);
});

it('lets the SDK’s own per-attempt timeout cut a latency longer than it', async () => {
  mock.faults.add({ kind: 'latency', ms: 2000 });
  const sdk = createClient({
    baseUrl: mock.baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    timeouts: { requestMs: 100 },
    retry: { maxRetries: 0 },
  });
  const started = performance.now();
  const error = await sdk.app.version().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'request_timeout' });
  expect(performance.now() - started).toBeLessThan(1500);
});

it('sends the redirect loop as real 302s that Node’s fetch follows 20 times, then gives up', async () => {
  mock.faults.add({ kind: 'follow_up_loop', mode: 'redirect' });
  const error = await version().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect(String((error as TypeError).cause)).toContain('redirect count exceeded');
  expect(mock.faults.counters().byKind.follow_up_loop).toBe(21);
});

it('points the loop’s Location at the request’s own URL under the client’s base URL', async () => {
  mock.faults.add({ kind: 'follow_up_loop', mode: 'redirect', target: { times: 1 } });
  const response = await version({ redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe(mock.url('/app/version'));
});

it.each([
  ['redirect', 'redirect'],
  ['429', 'throttled'],
] as const)('makes the SDK give up on a %s loop with too_many_follow_ups', async (mode, reason) => {
  mock.faults.add({ kind: 'follow_up_loop', mode });
  const retries: string[] = [];
  const sdk = createClient({
    baseUrl: mock.baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    onEvent: (event) => {
      if (event.type === 'request:retry') retries.push(event.reason);
    },
  });
  const error = await sdk.app.version().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'too_many_follow_ups' });
  expect(retries).toEqual(Array(20).fill(reason));
});

it('answers the 429 loop with Retry-After: 0, which a plain fetch does not follow', async () => {
  mock.faults.add({ kind: 'follow_up_loop', mode: '429' });
  const response = await version();
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe('0');
  expect(await response.json()).toMatchObject({ code: 'rate_limited' });
});
