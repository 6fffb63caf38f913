import { createClient, type IContactClient } from '@icontact/sdk';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHandlers } from './create-handlers.js';
import { TeamSpecError } from './index.js';
import {
  CLOCK_START,
  consumer,
  PASSWORD,
  startShift,
  TABLET_HEADERS,
} from './test-support/consultant-day.js';

const mock = createHandlers({
  clock: { start: CLOCK_START },
  baseUrl: ['https://api.icontact.test/api/v1', 'https://staging.example.test/v2'],
  faults: [
    { id: 'kompra-off-at-night', kind: 'kompra_down', target: { window: { from: '2026-11-24T18:00:00Z' } } },
  ],
});
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

function client(baseUrl = mock.baseUrl): IContactClient {
  return createClient({
    baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    now: () => mock.clock.now().getTime(),
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
  });
}

it('answers a plain fetch of a public operation under the default base URL', async () => {
  const response = await fetch(mock.url('/app/version'), { headers: TABLET_HEADERS });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({ minimumVersion: '3.0.0', latestVersion: '3.2.0' });
});

it('runs a consultant day through the SDK: login, shift, a contact, sync and close', async () => {
  const sdk = client();
  const { shift, activityTypeId } = await startShift(sdk);
  const registration = await sdk.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(1);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  await registration.sendSmsCode();
  await registration.verifySmsCode(mock.smsInbox(entry.phone).at(-1)?.code ?? '');
  await registration.recordDetails({
    devices: [{ model: 'Tulpar X1', quantity: 1 }],
    compliment: { kind: 'чехол', quantity: 1 },
  });
  await registration.submit();
  expect(await sdk.sync.push(shift.id)).toMatchObject({ accepted: 1, duplicate: 0, unsent: 0 });
  expect((await sdk.shifts.close(shift.id)).status).toBe('closed');
  expect(mock.state.contacts({ shiftId: shift.id }).map((contact) => contact.step)).toEqual(['submitted']);
  expect(mock.state.shifts().find((candidate) => candidate.id === shift.id)?.status).toBe('closed');
});

it('serves a second base URL with another path from the same backend', async () => {
  const sdk = client('https://staging.example.test/v2');
  const user = await sdk.auth.login({ login: 'mk.aset', password: PASSWORD });
  expect(user.login).toBe('mk.aset');
  expect(mock.state.metrics()).toMatchObject({ total: 1 });
});

it.each([
  ['an unknown path', 'GET', '/nowhere', 404, 'not_found'],
  ['a known path with another method', 'DELETE', '/app/version', 405, 'method_not_allowed'],
  ['malformed JSON', 'POST', '/auth/token', 400, 'malformed_json'],
] as const)('refuses %s as the mock server does', async (_name, method, path, status, code) => {
  const response = await fetch(`${mock.baseUrl}${path}`, {
    method,
    headers: { ...TABLET_HEADERS, 'content-type': 'application/json' },
    ...(method === 'POST' ? { body: '{"login":' } : {}),
  });
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ code });
});

it('moves the virtual clock, and every rule reads it', async () => {
  mock.clock.advance(9 * 3_600_000);
  expect(mock.clock.now().toISOString()).toBe('2026-11-24T12:30:00.000Z');
  const error = await client()
    .auth.login({ login: 'mk.aset', password: PASSWORD })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'outside_shift', status: 403 });
});

it('resets the clock, the state and the runtime faults, and keeps the faults of the options', async () => {
  const email = mock.state.users().find((user) => user.login === 'mk.aset')?.email ?? '';
  await client().auth.requestPasswordReset(email);
  expect(mock.emails()).toHaveLength(1);
  mock.clock.advance(60_000);
  mock.faults.add({ kind: 'http', status: 502, code: 'bad_gateway' });
  expect((await fetch(mock.url('/app/version'), { headers: TABLET_HEADERS })).status).toBe(502);
  mock.reset();
  expect(mock.clock.now().toISOString()).toBe('2026-11-24T03:30:00.000Z');
  expect(mock.faults.list().map((fault) => fault.id)).toEqual(['kompra-off-at-night']);
  expect(mock.faults.counters().total).toBe(0);
  expect(mock.emails()).toEqual([]);
  expect((await fetch(mock.url('/app/version'), { headers: TABLET_HEADERS })).status).toBe(200);
});

it('reseeds with another seed on reset(seed), and with the options seed on the next reset()', () => {
  const firstIds = mock.state.shifts().map((shift) => shift.id);
  mock.reset(42);
  expect(mock.state.shifts().map((shift) => shift.id)).not.toEqual(firstIds);
  mock.reset();
  expect(mock.state.shifts().map((shift) => shift.id)).toEqual(firstIds);
});

it('creates a team whose consultants work through the SDK, and lists what the server accepted of their sync', async () => {
  const team = mock.createTeam({ consultants: 2 });
  const [member] = team.consultants;
  if (member?.shiftId === undefined) throw new Error('the team member has no shift');
  const sdk = client();
  await sdk.auth.login({ login: member.login, password: member.password });
  expect((await sdk.shifts.list()).map((shift) => shift.id)).toEqual([member.shiftId]);
  const shift = await sdk.shifts.start(member.shiftId);
  const registration = await sdk.contacts.begin(shift.id, {
    activityTypeId: shift.project.activityTypes[0]?.id ?? '',
  });
  await registration.refuse('The consumer changed their mind.');
  expect(await sdk.sync.push(shift.id)).toMatchObject({ accepted: 1, unsent: 0 });
  expect(mock.state.syncItems({ shiftId: shift.id })).toEqual([
    expect.objectContaining({ shiftId: shift.id, contactId: registration.contactId }),
  ]);
  expect(mock.state.syncItems()).toHaveLength(1);
});

it('refuses a taken login with TeamSpecError, and counts teams again from 1 after reset()', () => {
  expect(() => mock.createTeam({ consultants: [{ login: 'mk.aset' }] })).toThrow(TeamSpecError);
  expect(mock.createTeam({ consultants: 1 }).supervisor?.login).toBe('team1.sv');
  expect(mock.createTeam({ consultants: 1 }).supervisor?.login).toBe('team2.sv');
  mock.reset();
  expect(mock.state.users().map((user) => user.login)).not.toContain('team1.sv');
  expect(mock.createTeam({ consultants: 1 }).supervisor?.login).toBe('team1.sv');
});

it('fills a typed path with its parameters and query, percent-encoded', () => {
  expect(mock.url('/shifts/{shiftId}/sync', { shiftId: 'a b' })).toBe(
    'https://api.icontact.test/api/v1/shifts/a%20b/sync',
  );
  expect(mock.url('/shifts', { from: '2026-11-24' })).toBe(
    'https://api.icontact.test/api/v1/shifts?from=2026-11-24',
  );
});

it('lets a test override one operation with server.use, until resetHandlers', async () => {
  server.use(
    http.get(mock.route('/app/version'), () =>
      HttpResponse.json({ minimumVersion: '9.0.0', latestVersion: '9.0.0' }),
    ),
  );
  expect(await client().app.isOutdated()).toBe(true);
  server.resetHandlers();
  expect(await client().app.isOutdated()).toBe(false);
});

it.each([
  ['a relative path without a leading slash', 'api/v1'],
  ['a query', 'https://api.icontact.test/api/v1?x=1'],
  ['an empty list', []],
] as const)('refuses a base URL with %s', (_name, baseUrl) => {
  expect(() => createHandlers({ baseUrl })).toThrow(TypeError);
});
