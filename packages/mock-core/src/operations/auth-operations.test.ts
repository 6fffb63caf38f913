import { expect, it } from 'vitest';
import { harness, PASSWORD } from '../test-support/harness.js';

const MINUTE = 60_000;

it('refuses an outdated tablet with 426 before anything else, even a bad body', async () => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { nonsense: true }, appVersion: '2.9.9' });
  expect(answer.status).toBe(426);
  expect(answer.body).toMatchObject({ code: 'app_version_outdated', minimumVersion: '3.0.0' });
});

it.each([
  ['a missing version', null],
  ['an unparseable version', 'v3'],
  ['a version below the minimum', '3.0.0-beta.1'],
])('counts %s from a tablet as outdated', async (_name, appVersion) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', {
    body: { login: 'mk.aigerim', password: PASSWORD },
    appVersion,
  });
  expect(answer.body.code).toBe('app_version_outdated');
});

it('still answers GET /app/version to an outdated tablet', async () => {
  const h = harness({ minimumAppVersion: '3.1.0', latestAppVersion: '3.4.0' });
  const answer = await h.call('GET', '/app/version', { appVersion: '1.0.0' });
  expect(answer).toMatchObject({ status: 200, body: { minimumVersion: '3.1.0', latestVersion: '3.4.0' } });
});

it('answers an unknown login with SimpleJWT’s 401 no_active_account and WWW-Authenticate', async () => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { login: 'nobody', password: PASSWORD } });
  expect(answer.status).toBe(401);
  expect(answer.headers['www-authenticate']).toBe('Bearer realm="api"');
  expect(answer.body).toMatchObject({
    detail: 'No active account found with the given credentials',
    code: 'no_active_account',
  });
  expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
});

it.each([
  ['uppercase letters', 'MK.Aigerim', 'no_active_account'],
  ['a space before', ' mk.aigerim', 'no_active_account'],
  ['a space after', 'mk.aigerim ', 'no_active_account'],
])('compares the login exactly: %s do not match', async (_name, login, code) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { login, password: PASSWORD } });
  expect(answer.body.code).toBe(code);
});

it('answers a wrong password for a known login with invalid_credentials', async () => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: 'wrong' } });
  expect(answer).toMatchObject({
    status: 401,
    body: { code: 'invalid_credentials', detail: 'Неверная пара логин или пароль' },
  });
});

it('locks the login on the 5th failure within 15 minutes, counted across case and spaces, for 10 minutes', async () => {
  const h = harness();
  const attempt = (login: string, password: string) =>
    h.call('POST', '/auth/token', { body: { login, password } });
  for (const login of ['mk.aigerim', 'MK.AIGERIM', ' mk.aigerim', 'mk.aigerim']) {
    expect((await attempt(login, 'wrong')).status).toBe(401);
  }
  const fifth = await attempt('mk.aigerim', 'wrong');
  expect(fifth.status).toBe(429);
  expect(fifth.body).toMatchObject({ code: 'too_many_login_attempts', retryAfter: 600 });
  expect(fifth.headers['retry-after']).toBe('600');

  const locked = await attempt('mk.aigerim', PASSWORD);
  expect(locked.status).toBe(403);
  expect(locked.body).toMatchObject({ code: 'account_locked', lockedUntil: '2026-11-24T03:40:00.000Z' });

  h.backend.clock.advance(10 * MINUTE);
  expect((await attempt('mk.aigerim', PASSWORD)).status).toBe(200);
});

it('forgets failures older than 15 minutes', async () => {
  const h = harness();
  for (let i = 0; i < 4; i += 1)
    await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: 'x' } });
  h.backend.clock.advance(15 * MINUTE);
  const answer = await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: 'x' } });
  expect(answer.body.code).toBe('invalid_credentials');
});

it.each([
  ['web', 403, 'access_closed'],
  ['phone', 403, 'access_closed'],
  ['other', 403, 'access_closed'],
  [null, 403, 'access_closed'],
])(
  'refuses a consultant on client kind %s with access_closed even with the right password',
  async (clientKind, status, code) => {
    const h = harness();
    const answer = await h.call('POST', '/auth/token', {
      body: { login: 'mk.aigerim', password: PASSWORD },
      clientKind,
    });
    expect(answer).toMatchObject({ status, body: { code, detail: 'Доступ закрыт' } });
  },
);

it('lets a supervisor log in from the web at any hour', async () => {
  const h = harness({ clock: { start: '2026-11-24T20:00:00Z', speed: 0 } });
  await h.login('sv.nurlan', { clientKind: 'web' });
});

it('answers a deleted account with 410', async () => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { login: 'mk.deleted', password: PASSWORD } });
  expect(answer).toMatchObject({ status: 410, body: { code: 'account_deleted' } });
});

it.each([
  ['mk.aigerim', 'the window of a shift 10 min away is open', 200, undefined],
  ['mk.svetlana', 'the window opens exactly 15 min before the start', 200, undefined],
  ['mk.olga', 'a shift 2 h away', 403, 'login_before_shift_window'],
  ['mk.yerlan', 'a shift that ended today', 403, 'outside_shift'],
  ['mk.unbound', 'no supervisor, so no shift and no window (decision 0005)', 200, undefined],
  ['mk.noshift', 'a deleted shift', 403, 'login_before_shift_window'],
])('login window for %s (%s)', async (login, _name, status, code) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body: { login, password: PASSWORD } });
  expect(answer.status).toBe(status);
  if (code !== undefined) expect(answer.body.code).toBe(code);
});

it('tells when the window opens, and opens it when the clock gets there', async () => {
  const h = harness();
  const early = await h.call('POST', '/auth/token', { body: { login: 'mk.olga', password: PASSWORD } });
  expect(early.body).toMatchObject({
    code: 'login_before_shift_window',
    opensAt: '2026-11-24T05:15:00.000Z',
  });
  h.backend.clock.set('2026-11-24T05:15:00Z');
  await h.login('mk.olga');
});

it('gives opensAt null to a bound consultant with no shift assigned', async () => {
  const h = harness();
  const team = h.admin.createTeam({ consultants: 1, shift: null });
  const login = team.consultants[0]?.login;
  const answer = await h.call('POST', '/auth/token', { body: { login, password: PASSWORD } });
  expect(answer).toMatchObject({ status: 403, body: { code: 'login_before_shift_window', opensAt: null } });
});

it('lets access tokens live 15 virtual minutes', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  h.backend.clock.advance(15 * MINUTE - 1);
  expect((await h.call('GET', '/auth/me', { token })).status).toBe(200);
  h.backend.clock.advance(1);
  expect((await h.call('GET', '/auth/me', { token })).body.code).toBe('token_not_valid');
});

it('rotates the refresh token: the new pair works, the old refresh token does not', async () => {
  const h = harness();
  const first = await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: PASSWORD } });
  const refreshed = await h.call('POST', '/auth/token/refresh', { body: { refresh: first.body.refresh } });
  expect(refreshed.status).toBe(200);
  expect((await h.call('GET', '/auth/me', { token: refreshed.body.access })).body.login).toBe('mk.aigerim');
  const again = await h.call('POST', '/auth/token/refresh', { body: { refresh: first.body.refresh } });
  expect(again).toMatchObject({ status: 401, body: { code: 'token_not_valid' } });
});

it('lets a refresh token live 12 virtual hours', async () => {
  const h = harness();
  const pair = await h.call('POST', '/auth/token', { body: { login: 'sv.nurlan', password: PASSWORD } });
  h.backend.clock.advance(12 * 60 * MINUTE);
  const answer = await h.call('POST', '/auth/token/refresh', { body: { refresh: pair.body.refresh } });
  expect(answer.body.code).toBe('token_not_valid');
});

it('revokes the session on logout: its access and refresh tokens stop working', async () => {
  const h = harness();
  const pair = await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: PASSWORD } });
  expect((await h.call('POST', '/auth/logout', { token: pair.body.access })).status).toBe(204);
  expect((await h.call('GET', '/auth/me', { token: pair.body.access })).body.code).toBe('token_not_valid');
  expect(
    (await h.call('POST', '/auth/token/refresh', { body: { refresh: pair.body.refresh } })).body.code,
  ).toBe('token_not_valid');
  expect((await h.call('POST', '/auth/logout', { token: pair.body.access })).body.code).toBe(
    'token_not_valid',
  );
});

it.each([
  ['no token', undefined, 'authentication_required'],
  ['a forged token', 'ica_forged', 'token_not_valid'],
])('answers %s with 401 %s', async (_name, token, code) => {
  const h = harness();
  const answer = await h.call('GET', '/auth/me', token === undefined ? {} : { token });
  expect(answer).toMatchObject({ status: 401, body: { code } });
});

it('answers a deleted account’s old token with 410', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  const user = h.admin.users().find((candidate) => candidate.login === 'mk.aigerim');
  const snapshot = h.admin.snapshot();
  const users = snapshot.collections.users as Record<string, Record<string, unknown>>;
  (users[user?.id as string] as Record<string, unknown>).deletedAt = '2026-11-24T03:31:00.000Z';
  h.admin.restore(snapshot);
  expect((await h.call('GET', '/auth/me', { token })).status).toBe(410);
});

it.each([
  ['a space after the address', 'mk.aigerim@icontact.example '],
  ['a typo after @', 'mk.aigerim@icontact'],
  ['no @', 'mk.aigerim.icontact.example'],
])('refuses %s with invalid_email', async (_name, email) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/password-reset', { body: { email } });
  expect(answer).toMatchObject({
    status: 400,
    body: { code: 'invalid_email', detail: 'Укажите валидный email' },
  });
});

it('answers 202 for an unknown address without sending anything', async () => {
  const h = harness();
  const answer = await h.call('POST', '/auth/password-reset', { body: { email: 'nobody@icontact.example' } });
  expect(answer.status).toBe(202);
  expect(h.admin.emails()).toEqual([]);
});

it('resets the password through the captured email, lifts the lock, and the token works once', async () => {
  const h = harness();
  for (let i = 0; i < 5; i += 1)
    await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: 'x' } });
  await h.call('POST', '/auth/password-reset', { body: { email: 'mk.aigerim@icontact.example' } });
  const [email] = h.admin.emails();
  expect(email?.to).toBe('mk.aigerim@icontact.example');
  const token = email?.token as string;
  const weak = await h.call('POST', '/auth/password-reset/confirm', {
    body: { token, newPassword: '12345678' },
  });
  expect(weak.body.code).toBe('password_too_weak');
  const done = await h.call('POST', '/auth/password-reset/confirm', {
    body: { token, newPassword: 'Nov-2026-ok' },
  });
  expect(done.status).toBe(204);
  const login = await h.call('POST', '/auth/token', {
    body: { login: 'mk.aigerim', password: 'Nov-2026-ok' },
  });
  expect(login.status).toBe(200);
  const reused = await h.call('POST', '/auth/password-reset/confirm', {
    body: { token, newPassword: 'Another-1' },
  });
  expect(reused.body.code).toBe('password_reset_token_invalid');
});

it('expires a reset token after 60 virtual minutes', async () => {
  const h = harness();
  await h.call('POST', '/auth/password-reset', { body: { email: 'mk.aigerim@icontact.example' } });
  h.backend.clock.advance(60 * MINUTE);
  const token = h.admin.emails()[0]?.token as string;
  const answer = await h.call('POST', '/auth/password-reset/confirm', {
    body: { token, newPassword: 'Nov-2026-ok' },
  });
  expect(answer.body.code).toBe('password_reset_token_invalid');
});
