import { Code, type ErrorCode } from '@icontact/errors';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fieldOf, type HttpAnswer } from '../support/http-answer.js';
import { type RunningMock, SEED_PASSWORD, startMock } from '../support/mock-harness.js';

let mock: RunningMock;

beforeEach(async () => {
  mock = await startMock();
});

afterEach(async () => {
  await mock.close();
});

/** The refusal of an answer: its status and catalogue code. */
const refusal = (answer: HttpAnswer): { status: number; code: unknown } => ({
  status: answer.status,
  code: fieldOf(answer.body, 'code'),
});

/** Logs a consultant in, starts their shift and opens a contact: what another consultant must not touch. */
async function consultantWithContact(
  login: string,
): Promise<{ token: string; shiftId: string; contactId: string }> {
  const token = await mock.login(login);
  const shifts = await mock.api({ method: 'GET', path: '/shifts', token });
  const shiftId = String((fieldOf(shifts.body, 'items') as { id: string }[])[0]?.id);
  const started = await mock.api({ method: 'POST', path: `/shifts/${shiftId}/start`, token });
  const activityTypeId = (fieldOf(started.body, 'project') as { activityTypes: { id: string }[] })
    .activityTypes[0]?.id;
  const opened = await mock.api({
    method: 'POST',
    path: `/shifts/${shiftId}/contacts`,
    token,
    json: { activityTypeId },
  });
  expect(opened.status).toBe(201);
  return { token, shiftId, contactId: String(fieldOf(opened.body, 'id')) };
}

it('keeps one consultant out of another’s shift and contacts: read, start, sync, change — refused, nothing changed', async () => {
  const aigerim = await consultantWithContact('mk.aigerim');
  const aset = await mock.login('mk.aset');
  const before = await mock.admin.snapshot();
  const attempts: [string, string, unknown, number, ErrorCode][] = [
    ['GET', `/shifts/${aigerim.shiftId}`, undefined, 404, Code.shift_not_found],
    ['POST', `/shifts/${aigerim.shiftId}/start`, undefined, 404, Code.shift_not_found],
    ['GET', `/shifts/${aigerim.shiftId}/contacts`, undefined, 404, Code.shift_not_found],
    ['GET', `/shifts/${aigerim.shiftId}/timesheet`, undefined, 404, Code.shift_not_found],
    ['POST', `/shifts/${aigerim.shiftId}/sync`, { items: [] }, 404, Code.shift_not_found],
    ['POST', `/shifts/${aigerim.shiftId}/close`, undefined, 404, Code.shift_not_found],
    ['GET', `/contacts/${aigerim.contactId}`, undefined, 404, Code.contact_not_found],
    [
      'PUT',
      `/contacts/${aigerim.contactId}/consumer`,
      {
        surname: 'Ким',
        firstName: 'Виктор',
        patronymic: 'Сергеевич',
        iin: '791028302728',
        phone: '+77011234567',
      },
      404,
      Code.contact_not_found,
    ],
    ['POST', `/contacts/${aigerim.contactId}/refuse`, { reason: 'not mine' }, 404, Code.contact_not_found],
  ];
  for (const [method, path, json, status, code] of attempts) {
    const answer = await mock.api({ method, path, token: aset, ...(json === undefined ? {} : { json }) });
    expect({ method, path, ...refusal(answer) }).toEqual({ method, path, status, code });
  }
  const { idempotencyKeys: _a, ...after } = (await mock.admin.snapshot()).collections;
  const { idempotencyKeys: _b, ...expected } = before.collections;
  expect(after).toEqual(expected);
});

it('refuses a consultant every supervisor operation with 403 permission_denied', async () => {
  const aset = await mock.login('mk.aset');
  const shifts = (await mock.admin.call('GET', '/state/shifts')).body as { id: string }[];
  const someShift = shifts[0]?.id ?? '';
  const calls: [string, string, unknown][] = [
    ['GET', '/supervisor/consultants', undefined],
    ['GET', '/supervisor/team', undefined],
    ['GET', '/supervisor/shifts', undefined],
    ['POST', '/supervisor/team', { consultantId: someShift }],
    ['PATCH', `/supervisor/shifts/${someShift}`, { projectId: someShift }],
    ['DELETE', `/supervisor/shifts/${someShift}`, undefined],
  ];
  for (const [method, path, json] of calls) {
    const answer = await mock.api({ method, path, token: aset, ...(json === undefined ? {} : { json }) });
    expect({ method, path, ...refusal(answer) }).toEqual({
      method,
      path,
      status: 403,
      code: Code.permission_denied,
    });
  }
});

it('refuses an expired access token with 401 token_not_valid (16 virtual minutes later)', async () => {
  const token = await mock.login('mk.aset');
  expect((await mock.api({ method: 'GET', path: '/auth/me', token })).status).toBe(200);
  await mock.admin.call('POST', '/clock/advance', { minutes: 16 });
  expect(refusal(await mock.api({ method: 'GET', path: '/auth/me', token }))).toEqual({
    status: 401,
    code: Code.token_not_valid,
  });
});

it.each([
  [
    'its last characters changed',
    (token: string) => `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`,
  ],
  [
    'a token of the right shape made up by the client',
    (token: string) => `${token.split('_')[0]}_${'x'.repeat(32)}`,
  ],
  [
    'alg none and no signature',
    (token: string) => {
      const payload = token.split('.')[1] ?? '';
      return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    },
  ],
  ['random text', () => 'not-a-token'],
  ['the refresh token sent as an access token', (_token: string, refresh: string) => refresh],
])('refuses a forged token (%s) with 401 token_not_valid', async (_name, forge) => {
  const login = await mock.api({
    method: 'POST',
    path: '/auth/token',
    json: { login: 'mk.aset', password: SEED_PASSWORD },
  });
  const token = String(fieldOf(login.body, 'access'));
  const refresh = String(fieldOf(login.body, 'refresh'));
  expect(refusal(await mock.api({ method: 'GET', path: '/auth/me', token: forge(token, refresh) }))).toEqual({
    status: 401,
    code: Code.token_not_valid,
  });
});

it('refuses the tokens of a logged-out session (access and refresh) with 401 token_not_valid', async () => {
  const login = await mock.api({
    method: 'POST',
    path: '/auth/token',
    json: { login: 'mk.aset', password: SEED_PASSWORD },
  });
  const access = String(fieldOf(login.body, 'access'));
  const refresh = String(fieldOf(login.body, 'refresh'));
  expect(
    (await mock.api({ method: 'POST', path: '/auth/logout', token: access, json: { refresh } })).status,
  ).toBe(204);
  expect(refusal(await mock.api({ method: 'GET', path: '/auth/me', token: access }))).toEqual({
    status: 401,
    code: Code.token_not_valid,
  });
  expect(refusal(await mock.api({ method: 'POST', path: '/auth/token/refresh', json: { refresh } }))).toEqual(
    {
      status: 401,
      code: Code.token_not_valid,
    },
  );
});

it('counts failed logins per normalised login: changing case or spaces cannot bypass the lockout', async () => {
  const variants = ['MK.ASET', ' mk.aset', 'mk.aset ', 'Mk.Aset', 'mk.aset'];
  const answers: { status: number; code: unknown }[] = [];
  for (const login of variants) {
    answers.push(
      refusal(
        await mock.api({ method: 'POST', path: '/auth/token', json: { login, password: 'wrong-pass-1' } }),
      ),
    );
  }
  expect(answers.slice(0, 4).every((answer) => answer.status === 401)).toBe(true);
  expect(answers[4]).toEqual({ status: 429, code: Code.too_many_login_attempts });
  for (const login of ['mk.aset', 'MK.aset', ' mk.aset ']) {
    const locked = await mock.api({
      method: 'POST',
      path: '/auth/token',
      json: { login, password: SEED_PASSWORD },
    });
    expect({ login, ...refusal(locked) }).toEqual({
      login,
      status: 403,
      code: login === 'mk.aset' ? Code.account_locked : expect.anything(),
    });
  }
  await mock.admin.call('POST', '/clock/advance', { minutes: 11 });
  expect(
    (
      await mock.api({
        method: 'POST',
        path: '/auth/token',
        json: { login: 'mk.aset', password: SEED_PASSWORD },
      })
    ).status,
  ).toBe(200);
});
