import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

const json = (body: unknown): { method: string; headers: Record<string, string>; body: string } => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

it('is open without a token, on the admin port and under /__admin of the API port alike', async () => {
  const { addresses } = await startMock();
  for (const base of [addresses.adminUrl, `${addresses.url}/__admin`]) {
    const response = await fetch(`${base}/clock`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ now: '2026-11-24T03:30:00.000Z', speed: 0 });
  }
});

it('answers 401 authentication_required without the token, or with a wrong one, when started with --admin-token', async () => {
  const { addresses } = await startMock({ adminToken: 's3cret' });
  for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 's3cret' }]) {
    const response = await fetch(`${addresses.adminUrl}/faults`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({
      code: 'authentication_required',
      requestId: expect.any(String),
    });
  }
  const allowed = await fetch(`${addresses.adminUrl}/faults`, {
    headers: { authorization: 'Bearer s3cret' },
  });
  expect(allowed.status).toBe(200);
  expect((await fetch(`${addresses.url}/__admin/faults`)).status).toBe(401);
});

it('moves the virtual clock: set, advance, change speed', async () => {
  const { addresses } = await startMock();
  const set = await fetch(`${addresses.adminUrl}/clock`, {
    ...json({ now: '2026-11-24T05:00:00Z' }),
    method: 'PUT',
  });
  expect(await set.json()).toEqual({ now: '2026-11-24T05:00:00.000Z', speed: 0 });
  const advanced = await fetch(`${addresses.adminUrl}/clock/advance`, json({ minutes: 15, seconds: 30 }));
  expect(await advanced.json()).toEqual({ now: '2026-11-24T05:15:30.000Z', speed: 0 });
  const sped = await fetch(`${addresses.adminUrl}/clock`, { ...json({ speed: 60 }), method: 'PUT' });
  expect(await sped.json()).toMatchObject({ speed: 60 });
});

it.each([
  ['/clock/advance', 'POST', { hours: 'two' }, 'hours'],
  ['/clock/advance', 'POST', {}, '(root)'],
  ['/clock', 'PUT', { now: 'tomorrow' }, 'now'],
  ['/clock', 'PUT', { now: '2300-01-01T00:00:00Z' }, 'now'],
  ['/clock', 'PUT', { speed: 1e308 }, 'speed'],
  ['/clock/advance', 'POST', { days: 100_000_000 }, 'days'],
  ['/clock/advance', 'POST', { days: 30_000 }, 'days'],
  ['/clock/advance', 'POST', { ms: -1e20 }, 'ms'],
  ['/faults', 'POST', { kind: 'latency', ms: 1e12 }, 'ms'],
  ['/reseed', 'POST', { seed: 1.5 }, 'seed'],
  ['/upstreams', 'PATCH', { kompra: { state: 'sideways' } }, 'kompra.state'],
  ['/snapshot', 'PUT', { version: 2, collections: {} }, 'version'],
  ['/faults', 'POST', { kind: 'http', status: 502, code: 'no_such_code' }, 'code'],
])(
  'refuses a bad body on %s %s with validation_failed naming the field',
  async (path, method, body, field) => {
    const { addresses } = await startMock();
    const response = await fetch(`${addresses.adminUrl}${path}`, { ...json(body), method });
    expect(response.status).toBe(400);
    const error = (await response.json()) as { code: string; errors: { field: string }[] };
    expect(error.code).toBe('validation_failed');
    expect(error.errors.map((problem) => problem.field)).toContain(field);
  },
);

it('keeps answering after a clock call out of range: no admin call poisons the state', async () => {
  const { addresses } = await startMock();
  for (const [path, method, body] of [
    ['/clock/advance', 'POST', { days: 100_000_000 }],
    ['/clock', 'PUT', { speed: 1e308 }],
    ['/clock', 'PUT', { now: '9999-12-31T00:00:00Z' }],
  ] as const) {
    expect((await fetch(`${addresses.adminUrl}${path}`, { ...json(body), method })).status).toBe(400);
  }
  const health = await fetch(`${addresses.adminUrl}/health`);
  expect(health.status).toBe(200);
  const clock = await fetch(`${addresses.adminUrl}/clock`);
  expect(await clock.json()).toEqual({ now: '2026-11-24T03:30:00.000Z', speed: 0 });
  const version = await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS });
  expect(version.status).toBe(200);
});

it('refuses a body that is not JSON with malformed_json', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.adminUrl}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"kind":',
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ code: 'malformed_json' });
});

it('adds, lists, removes and clears faults, and logs and counts what struck', async () => {
  const { addresses } = await startMock();
  const added = await fetch(
    `${addresses.adminUrl}/faults`,
    json({
      id: 'gw',
      kind: 'http',
      status: 502,
      code: 'bad_gateway',
      target: { operation: 'getAppVersion', times: 1 },
    }),
  );
  expect(added.status).toBe(201);
  expect(await added.json()).toMatchObject({ id: 'gw', hits: 0, remaining: 1 });
  const struck = await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS });
  expect(struck.status).toBe(502);
  expect(await (await fetch(`${addresses.adminUrl}/faults/log`)).json()).toMatchObject([
    { faultId: 'gw', kind: 'http' },
  ]);
  expect(await (await fetch(`${addresses.adminUrl}/faults/counters`)).json()).toMatchObject({
    total: 1,
    byFault: { gw: 1 },
  });
  expect((await fetch(`${addresses.adminUrl}/faults/gw`, { method: 'DELETE' })).status).toBe(204);
  expect((await fetch(`${addresses.adminUrl}/faults/gw`, { method: 'DELETE' })).status).toBe(404);
  await fetch(`${addresses.adminUrl}/faults`, json({ kind: 'latency', ms: 1 }));
  expect((await fetch(`${addresses.adminUrl}/faults`, { method: 'DELETE' })).status).toBe(204);
  expect(await (await fetch(`${addresses.adminUrl}/faults`)).json()).toEqual([]);
});

it('refuses a fault id that is taken', async () => {
  const { addresses } = await startMock();
  await fetch(`${addresses.adminUrl}/faults`, json({ id: 'same', kind: 'abort' }));
  const again = await fetch(`${addresses.adminUrl}/faults`, json({ id: 'same', kind: 'abort' }));
  expect(again.status).toBe(400);
  expect(await again.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'id' }] });
});

it('switches the upstreams and reads them back', async () => {
  const { addresses } = await startMock();
  const patched = await fetch(`${addresses.adminUrl}/upstreams`, {
    ...json({ kompra: { state: 'down' }, smsGateway: { state: 'not_delivered' } }),
    method: 'PATCH',
  });
  expect(patched.status).toBe(200);
  expect(await (await fetch(`${addresses.adminUrl}/upstreams`)).json()).toMatchObject({
    kompra: { state: 'down' },
    smsGateway: { state: 'not_delivered' },
  });
});

it('makes the SMS gateway slow, with its delay', async () => {
  const { addresses } = await startMock();
  const patched = await fetch(`${addresses.adminUrl}/upstreams`, {
    ...json({ smsGateway: { state: 'slow', delayMs: 1500 } }),
    method: 'PATCH',
  });
  expect(await patched.json()).toMatchObject({ smsGateway: { state: 'slow', delayMs: 1500 } });
});

it('reads the state views, and answers not_found for an unknown one', async () => {
  const { addresses } = await startMock();
  const users = (await (await fetch(`${addresses.adminUrl}/state/users`)).json()) as { login: string }[];
  expect(users.map((user) => user.login)).toContain('mk.aigerim');
  const shifts = (await (await fetch(`${addresses.adminUrl}/state/shifts`)).json()) as unknown[];
  expect(shifts.length).toBeGreaterThan(0);
  expect(await (await fetch(`${addresses.adminUrl}/state/contacts`)).json()).toEqual([]);
  expect(await (await fetch(`${addresses.adminUrl}/state/sms-sent`)).json()).toEqual([]);
  expect(await (await fetch(`${addresses.adminUrl}/state/duplicates`)).json()).toEqual({
    duplicatesRefused: 0,
  });
  expect(await (await fetch(`${addresses.adminUrl}/emails`)).json()).toEqual([]);
  expect(await (await fetch(`${addresses.adminUrl}/sms`)).json()).toEqual([]);
  expect((await fetch(`${addresses.adminUrl}/state/passwords`)).status).toBe(404);
});

it('captures the password-reset email with its token', async () => {
  const { addresses } = await startMock();
  const users = (await (await fetch(`${addresses.adminUrl}/state/users`)).json()) as {
    login: string;
    email: string;
  }[];
  const email = users.find((user) => user.login === 'mk.aigerim')?.email;
  const asked = await fetch(`${addresses.apiUrl}/auth/password-reset`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(asked.status).toBe(202);
  expect(await (await fetch(`${addresses.adminUrl}/emails`)).json()).toMatchObject([{ to: email }]);
});

it('takes a snapshot, and restores it after a change', async () => {
  const { addresses } = await startMock();
  const snapshot = await (await fetch(`${addresses.adminUrl}/snapshot`)).json();
  await fetch(`${addresses.adminUrl}/reseed`, json({ seed: 99 }));
  const reseeded = await (await fetch(`${addresses.adminUrl}/snapshot`)).json();
  expect(reseeded).not.toEqual(snapshot);
  const restored = await fetch(`${addresses.adminUrl}/snapshot`, { ...json(snapshot), method: 'PUT' });
  expect(restored.status).toBe(204);
  expect(await (await fetch(`${addresses.adminUrl}/snapshot`)).json()).toEqual(snapshot);
});

it('takes back a snapshot of several megabytes that it produced itself (no 1 MiB limit on PUT /snapshot)', async () => {
  const { addresses } = await startMock();
  const team = await fetch(
    `${addresses.adminUrl}/team`,
    json({ consultants: 4000, shift: { startOffsetMinutes: -10, durationMinutes: 60 } }),
  );
  expect(team.status).toBe(201);
  const text = await (await fetch(`${addresses.adminUrl}/snapshot`)).text();
  expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
  await fetch(`${addresses.adminUrl}/reset`, json({}));
  const restored = await fetch(`${addresses.adminUrl}/snapshot`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  expect(restored.status).toBe(204);
  expect(await (await fetch(`${addresses.adminUrl}/snapshot`)).text()).toBe(text);
});

it('resets to the seed data and the faults start over', async () => {
  const { addresses } = await startMock();
  await fetch(
    `${addresses.adminUrl}/faults`,
    json({ id: 'once', kind: 'http', status: 502, code: 'bad_gateway', target: { times: 1 } }),
  );
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS })).status).toBe(502);
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS })).status).toBe(200);
  expect((await fetch(`${addresses.adminUrl}/reset`, { method: 'POST' })).status).toBe(204);
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS })).status).toBe(502);
});

it('counts requests by operation and status in its metrics', async () => {
  const { addresses } = await startMock();
  await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS });
  expect(await (await fetch(`${addresses.adminUrl}/metrics`)).json()).toMatchObject({
    total: 1,
    byOperation: { getAppVersion: { 200: 1 } },
  });
});
