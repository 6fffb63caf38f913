import { Agent, fetch, request } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

/** The error a request's promise (or its body's) was rejected with. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail, and it succeeded');
}

/** A fresh connection per request, so a destroyed socket never leaks into the next request. */
const noReuse = (): Agent => new Agent({ pipelining: 0 });

it('answers the API as the core decided, with the request id it was sent', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-request-id': 'qa-run-1' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe('qa-run-1');
  expect(await response.json()).toMatchObject({ minimumVersion: '3.0.0' });
});

it('generates a request id when the client sent none', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS });
  expect(response.headers.get('x-request-id')).toMatch(/^req_[A-Za-z0-9_-]{21}$/);
});

it('loops a POST targeted by operation id with 307s that keep the method: fetch gives up with "redirect count exceeded"', async () => {
  const { server, addresses } = await startMock();
  server.backend.admin.addFault({
    kind: 'follow_up_loop',
    mode: 'redirect',
    target: { operation: 'obtainToken' },
  });
  const error = await failureOf(
    fetch(`${addresses.apiUrl}/auth/token`, {
      method: 'POST',
      headers: { ...WEB_HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'sv.nurlan', password: 'Passw0rd!' }),
    }),
  );
  expect(error).toMatchObject({ message: 'fetch failed', cause: { message: 'redirect count exceeded' } });
  expect(server.backend.admin.faults()[0]?.hits).toBeGreaterThan(20);
  expect(server.backend.admin.metrics().byOperation.obtainToken?.['200']).toBeUndefined();
});

it('answers 407 with Proxy-Authenticate forever while a follow_up_loop 407 holds', async () => {
  const { addresses } = await startMock();
  // fetch turns a 407 into a network error (the Fetch standard): read it as plain HTTP.
  const response = await request(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=follow_up_loop; mode=407' },
  });
  expect(response.statusCode).toBe(407);
  expect(response.headers['proxy-authenticate']).toMatch(/^Basic realm=/);
  expect(await response.body.json()).toMatchObject({ code: 'authentication_required' });
});

it('leaves a write unapplied when its client times out during a before latency', async () => {
  const { server, addresses } = await startMock();
  const login = await fetch(`${addresses.apiUrl}/auth/token`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'mk.aigerim', password: 'Passw0rd!' }),
  });
  const { access } = (await login.json()) as { access: string };
  const consultant = server.backend.admin.users().find((user) => user.login === 'mk.aigerim');
  const shift = server.backend.admin.shifts().find((found) => found.consultantId === consultant?.id);
  const started = fetch(`${addresses.apiUrl}/shifts/${shift?.id}/start`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, authorization: `Bearer ${access}`, 'x-mock-fault': 'kind=latency; ms=800' },
    signal: AbortSignal.timeout(200),
    dispatcher: noReuse(),
  });
  expect(await failureOf(started)).toMatchObject({ name: 'TimeoutError' });
  expect(server.backend.admin.shifts().find((found) => found.id === shift?.id)?.status).toBe('planned');
  await new Promise((resolve) => setTimeout(resolve, 900));
  expect(server.backend.admin.shifts().find((found) => found.id === shift?.id)?.status).toBe('planned');
});

it('executes a one-off http fault from the X-Mock-Fault header, and only for that request', async () => {
  const { addresses } = await startMock();
  const url = `${addresses.apiUrl}/app/version`;
  const struck = await fetch(url, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=http; status=502; code=bad_gateway' },
  });
  expect(struck.status).toBe(502);
  expect(await struck.json()).toMatchObject({ code: 'bad_gateway' });
  expect((await fetch(url, { headers: WEB_HEADERS })).status).toBe(200);
});

it('cuts the body after the headers promised it whole (reset_mid_body): reading it fails with "terminated"', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=reset_mid_body; fraction=0.5' },
    dispatcher: noReuse(),
  });
  // Before the request is applied, the core cuts a 500; the client has the head, not the body.
  expect(response.status).toBe(500);
  expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
  const error = await failureOf(response.text());
  expect(error).toMatchObject({ message: 'terminated' });
  // undici names the cut either as the socket closing or as fewer bytes than Content-Length promised.
  expect(['UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']).toContain(
    (error as { cause?: { code?: string } }).cause?.code,
  );
});

it('resets the connection before any byte (abort): the request fails with ECONNRESET', async () => {
  const { addresses } = await startMock();
  const error = await failureOf(
    fetch(`${addresses.apiUrl}/app/version`, {
      headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=abort' },
      dispatcher: noReuse(),
    }),
  );
  expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
});

it('redirects to the same URL forever (follow_up_loop redirect): fetch gives up with "redirect count exceeded"', async () => {
  const { server, addresses } = await startMock();
  server.backend.admin.addFault({ id: 'loop', kind: 'follow_up_loop', mode: 'redirect' });
  const error = await failureOf(fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS }));
  expect(error).toMatchObject({ message: 'fetch failed', cause: { message: 'redirect count exceeded' } });
  expect(server.backend.admin.faults()[0]?.hits).toBeGreaterThan(20);
});

it('answers 429 with Retry-After: 0 while a follow_up_loop 429 holds', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=follow_up_loop; mode=429' },
  });
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe('0');
});

it('delays the answer by the latency fault, in real time', async () => {
  const { addresses } = await startMock();
  const started = performance.now();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=latency; ms=300' },
  });
  expect(response.status).toBe(200);
  expect(performance.now() - started).toBeGreaterThanOrEqual(290);
});

it('really refuses connections while a refuse fault holds, keeps the admin port up, and listens again on the same port', async () => {
  const { server, addresses } = await startMock();
  const url = `${addresses.apiUrl}/app/version`;
  const admin = await fetch(`${addresses.adminUrl}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'down', kind: 'refuse' }),
  });
  expect(admin.status).toBe(201);
  await expect.poll(() => server.apiPortOpen).toBe(false);
  expect(await failureOf(fetch(url, { headers: WEB_HEADERS, dispatcher: noReuse() }))).toMatchObject({
    cause: { code: 'ECONNREFUSED' },
  });
  const health = await fetch(`${addresses.adminUrl}/health`);
  expect(await health.json()).toMatchObject({ apiPortOpen: false });

  expect((await fetch(`${addresses.adminUrl}/faults/down`, { method: 'DELETE' })).status).toBe(204);
  await expect.poll(() => server.apiPortOpen).toBe(true);
  expect(server.url).toBe(addresses.url);
  expect((await fetch(url, { headers: WEB_HEADERS, dispatcher: noReuse() })).status).toBe(200);
});

it('resets struck connections one by one for a refuse fault limited in times, keeping the port open', async () => {
  const { server, addresses } = await startMock();
  server.backend.admin.addFault({ id: 'twice', kind: 'refuse', target: { times: 2 } });
  const url = `${addresses.apiUrl}/app/version`;
  for (let attempt = 0; attempt < 2; attempt++) {
    expect(await failureOf(fetch(url, { headers: WEB_HEADERS, dispatcher: noReuse() }))).toMatchObject({
      message: 'fetch failed',
    });
  }
  expect(server.apiPortOpen).toBe(true);
  expect((await fetch(url, { headers: WEB_HEADERS, dispatcher: noReuse() })).status).toBe(200);
  expect(server.backend.admin.faultCounters().byFault).toEqual({ twice: 2 });
});

it('answers 401 forever while a follow_up_loop 401 holds, so no token refresh helps', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=follow_up_loop; mode=401' },
  });
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
});

it('ends a refuse outage when the virtual clock leaves its window', async () => {
  const { server, addresses } = await startMock();
  server.backend.admin.addFault({ kind: 'refuse', target: { window: { to: '2026-11-24T03:40:00Z' } } });
  await expect.poll(() => server.apiPortOpen).toBe(false);
  await fetch(`${addresses.adminUrl}/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ minutes: 10 }),
  });
  await expect.poll(() => server.apiPortOpen).toBe(true);
});

it('cuts the real answer of an applied request with reset_mid_body after', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/app/version`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=reset_mid_body; timing=after; fraction=0.2' },
    dispatcher: noReuse(),
  });
  expect(response.status).toBe(200);
  await expect(response.json()).rejects.toMatchObject({ message: 'terminated' });
});

it('applies the request and then loses its answer with timing after', async () => {
  const { server, addresses } = await startMock();
  server.backend.admin.addFault({
    kind: 'abort',
    timing: 'after',
    target: { operation: 'getAppVersion', times: 1 },
  });
  await failureOf(fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS, dispatcher: noReuse() }));
  expect(server.backend.admin.faultLog()).toMatchObject([{ kind: 'abort', timing: 'after' }]);
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS })).status).toBe(200);
});
