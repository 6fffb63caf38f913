import { expect, it } from 'vitest';
import { ConnectionError } from '../../core/errors/connection-error.js';
import { useSdkMock } from '../../test-support/sdk-mock.js';

const mock = useSdkMock();

async function loggedIn(options: Parameters<typeof mock.client>[0] = {}) {
  const made = mock.client(options);
  await made.client.auth.login({ login: 'sv.nurlan', password: mock.password });
  return made;
}

it.each([
  ['a response cut mid-body', { kind: 'reset_mid_body' }, 'unexpected_end_of_stream'],
  ['a connection reset before the answer', { kind: 'abort' }, 'connection_aborted'],
  ['a redirect loop', { kind: 'follow_up_loop', mode: 'redirect' }, 'too_many_follow_ups'],
  ['a 429 loop with Retry-After: 0', { kind: 'follow_up_loop', mode: '429' }, 'too_many_follow_ups'],
] as const)('fails %s from the mock with %s', async (_name, fault, code) => {
  const { client } = await loggedIn({ retry: { maxRetries: 0 } });
  mock.admin.addFault({ ...fault, target: { operation: 'getMe' } });
  const error = await client.auth.me().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error).toMatchObject({ code });
});

it('says "Too many follow-up requests: 21" after following 20 redirects of the mock', async () => {
  const { client, events } = await loggedIn();
  mock.admin.addFault({ kind: 'follow_up_loop', mode: 'redirect', target: { operation: 'getMe' } });
  const error = await client.auth.me().catch((e: unknown) => e);
  expect((error as ConnectionError).detail).toBe('Too many follow-up requests: 21');
  expect(
    events.filter((event) => event.type === 'request:retry' && event.reason === 'redirect'),
  ).toHaveLength(20);
});

it("keeps a redirected write a write: a redirect loop on POST with its Idempotency-Key ends in too_many_follow_ups, never in another operation's answer", async () => {
  const { client } = await loggedIn({ retry: { maxRetries: 0 } });
  const [unbound] = await client.supervisor.consultants({ bound: false });
  if (unbound === undefined) throw new Error('the seed has an unbound consultant');
  mock.admin.addFault({ kind: 'follow_up_loop', mode: 'redirect', target: { operation: 'bindConsultant' } });
  const error = await client.supervisor.bind(unbound.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error).toMatchObject({ code: 'too_many_follow_ups' });
  const struck = mock.admin.faultLog().filter((entry) => entry.kind === 'follow_up_loop');
  expect(struck).toHaveLength(21);
  expect(struck.map(({ subject }) => (subject.type === 'request' ? subject.method : subject.type))).toEqual(
    Array(21).fill('POST'),
  );
});

it('refreshes once in a 401 loop and then reports token_not_valid instead of looping', async () => {
  const { client, events } = await loggedIn();
  mock.admin.addFault({ kind: 'follow_up_loop', mode: '401', target: { operation: 'getMe' } });
  const error = await client.auth.me().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'token_not_valid', status: 401 });
  expect(
    events.filter((event) => event.type === 'request:start' && event.url.endsWith('/auth/token/refresh')),
  ).toHaveLength(1);
});

it('retries a cut response of a GET and succeeds, reporting each retry', async () => {
  const { client, events } = await loggedIn();
  mock.admin.addFault({ kind: 'reset_mid_body', target: { operation: 'getMe', times: 2 } });
  expect((await client.auth.me()).login).toBe('sv.nurlan');
  const retries = events.filter((event) => event.type === 'request:retry');
  expect(retries.map((event) => event.type === 'request:retry' && event.error?.code)).toEqual([
    'unexpected_end_of_stream',
    'unexpected_end_of_stream',
  ]);
});

it('fails a refused connection with connection_failed, and retries it since it was never sent', async () => {
  const { client, events } = mock.client({ fetch: mock.isolatedFetch(), retry: { maxRetries: 1 } });
  mock.admin.addFault({ kind: 'refuse' });
  // The mock closes its port when it next checks for connection faults.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const error = await client.auth
    .login({ login: 'sv.nurlan', password: mock.password })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'connection_failed', neverSent: true });
  expect(events.filter((event) => event.type === 'request:retry')).toHaveLength(1);
  mock.admin.clearFaults();
  while (!mock.server.apiPortOpen) await new Promise((resolve) => setTimeout(resolve, 10));
});

it("fails a DNS failure of the mock's own resolver with host_unresolved", async () => {
  const { client } = mock.client({
    fetch: mock.isolatedFetch(),
    baseUrl: mock.apiUrlByName,
    retry: { maxRetries: 0 },
  });
  mock.admin.addFault({ kind: 'dns_failure', answer: 'nodata', target: { times: 1 } });
  const error = await client.app.version().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'host_unresolved', neverSent: true });
  expect((await client.app.version()).minimumVersion).toBe('3.0.0');
});

it('fails a slow answer with request_timeout', async () => {
  const { client } = await loggedIn({ retry: { maxRetries: 0 }, timeouts: { requestMs: 100 } });
  mock.admin.addFault({ kind: 'latency', ms: 1000, target: { operation: 'getMe' } });
  const error = await client.auth.me().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'request_timeout', retryable: true });
});
