import { randomUUID } from 'node:crypto';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

interface Account {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  readonly fullName: string;
  readonly shiftId?: string;
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Calls the API as the tablet app; returns the status and the JSON body. */
async function api(apiUrl: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      ...TABLET_HEADERS,
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely
  return { status: response.status, body: (await response.json()) as any };
}

it('creates a team over HTTP: 201 with the accounts, and each consultant logs in with its password and sees its shift', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.adminUrl}/team`, post({ consultants: 2 }));
  expect(response.status).toBe(201);
  const team = (await response.json()) as { supervisor: Account; consultants: Account[] };
  expect(team.supervisor).toMatchObject({ login: 'team1.sv', password: 'Passw0rd!' });
  expect(team.consultants.map((member) => member.login)).toEqual(['team1.mk1', 'team1.mk2']);
  for (const member of team.consultants) {
    const login = await api(addresses.apiUrl, 'POST', '/auth/token', undefined, {
      login: member.login,
      password: member.password,
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const shifts = await api(addresses.apiUrl, 'GET', '/shifts', login.body.access);
    expect(shifts.body.items.map((shift: { id: string }) => shift.id)).toEqual([member.shiftId]);
  }
});

it('creates a team only with the admin token when the mock was started with one', async () => {
  const { addresses } = await startMock({ adminToken: 's3cret' });
  const refused = await fetch(`${addresses.adminUrl}/team`, post({ consultants: 1 }));
  expect(refused.status).toBe(401);
  expect(await refused.json()).toMatchObject({ code: 'authentication_required' });
  const users = await fetch(`${addresses.adminUrl}/state/users`, {
    headers: { authorization: 'Bearer s3cret' },
  });
  expect(((await users.json()) as Account[]).map((user) => user.login)).not.toContain('team1.mk1');
  const created = await fetch(
    `${addresses.adminUrl}/team`,
    post({ consultants: 1 }, { authorization: 'Bearer s3cret' }),
  );
  expect(created.status).toBe(201);
});

it.each([
  ['no consultants', {}, 'consultants'],
  ['a count that is not a number', { consultants: 'many' }, 'consultants'],
  [
    'a duration that is not a number',
    { consultants: 1, shift: { durationMinutes: 'long' } },
    'shift.durationMinutes',
  ],
  ['an unknown field', { consultants: 1, crew: 3 }, '(root)'],
  ['a consultant entry with an unknown field', { consultants: [{ name: 'x' }] }, 'consultants[0]'],
])('refuses %s with 400 validation_failed naming the field', async (_name, body, field) => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.adminUrl}/team`, post(body));
  expect(response.status).toBe(400);
  const error = (await response.json()) as { code: string; errors: { field: string }[] };
  expect(error.code).toBe('validation_failed');
  expect(error.errors.map((problem) => problem.field)).toContain(field);
});

it('refuses a taken login with 400 validation_failed, says which and what to do, and creates nothing', async () => {
  const { addresses } = await startMock();
  const response = await fetch(
    `${addresses.adminUrl}/team`,
    post({ consultants: [{ login: 'mk.new' }, { login: 'mk.aset' }] }),
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({
    code: 'validation_failed',
    detail: expect.stringContaining('another login'),
    requestId: expect.any(String),
    errors: [
      { field: 'consultants[1].login', code: 'login_taken', message: expect.stringContaining('mk.aset') },
    ],
  });
  const users = (await (await fetch(`${addresses.adminUrl}/state/users`)).json()) as Account[];
  expect(users.map((user) => user.login)).not.toContain('mk.new');
});

it('refuses a body that is not JSON with malformed_json', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.adminUrl}/team`, post('{"consultants":'));
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ code: 'malformed_json' });
});

it('lists the accepted sync items, of one shift or of all, on the admin port and under /__admin alike', async () => {
  const { addresses } = await startMock();
  const team = (await (await fetch(`${addresses.adminUrl}/team`, post({ consultants: 2 }))).json()) as {
    consultants: Account[];
  };
  const keys: string[] = [];
  for (const member of team.consultants) {
    const token = (
      await api(addresses.apiUrl, 'POST', '/auth/token', undefined, {
        login: member.login,
        password: member.password,
      })
    ).body.access as string;
    const started = await api(addresses.apiUrl, 'POST', `/shifts/${member.shiftId}/start`, token);
    const activityTypeId = started.body.project.activityTypes[0].id as string;
    const opened = await api(addresses.apiUrl, 'POST', `/shifts/${member.shiftId}/contacts`, token, {
      activityTypeId,
    });
    const key = randomUUID();
    keys.push(key);
    const synced = await api(addresses.apiUrl, 'POST', `/shifts/${member.shiftId}/sync`, token, {
      items: [
        {
          idempotencyKey: key,
          contactId: opened.body.id,
          recordedAt: '2026-11-24T03:35:00.000Z',
          contact: {
            activityTypeId,
            step: 'refused',
            refusalReason: 'The consumer changed their mind.',
          },
        },
      ],
    });
    expect(synced.body.summary, JSON.stringify(synced.body)).toEqual({
      accepted: 1,
      duplicate: 0,
      rejected: 0,
    });
  }
  const [first] = team.consultants;
  for (const base of [addresses.adminUrl, `${addresses.url}/__admin`]) {
    const one = await fetch(`${base}/state/sync-items?shiftId=${first?.shiftId}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual([
      {
        idempotencyKey: keys[0],
        contactId: expect.any(String),
        shiftId: first?.shiftId,
        acceptedAt: '2026-11-24T03:30:00.000Z',
      },
    ]);
    const all = (await (await fetch(`${base}/state/sync-items`)).json()) as { idempotencyKey: string }[];
    expect(all.map((item) => item.idempotencyKey).sort()).toEqual([...keys].sort());
  }
});

it('reads the sync items only with the admin token when the mock was started with one', async () => {
  const { addresses } = await startMock({ adminToken: 's3cret' });
  expect((await fetch(`${addresses.adminUrl}/state/sync-items`)).status).toBe(401);
  const allowed = await fetch(`${addresses.adminUrl}/state/sync-items`, {
    headers: { authorization: 'Bearer s3cret' },
  });
  expect(allowed.status).toBe(200);
  expect(await allowed.json()).toEqual([]);
});
