import { getEntry } from '@icontact/errors';
import { expect, it } from 'vitest';
import { LocalError } from '../core/errors/local-error.js';
import { useSdkMock } from '../test-support/sdk-mock.js';

const mock = useSdkMock();
const starts = (events: { type: string; url: string }[], path: string) =>
  events.filter((event) => event.type === 'request:start' && event.url.endsWith(path)).length;

it('logs in with a login typed with capitals and spaces, sent trimmed and lowercased', async () => {
  const { client } = mock.client();
  const user = await client.auth.login({ login: '  MK.Aset ', password: mock.password });
  expect(user.login).toBe('mk.aset');
  expect(await client.auth.isLoggedIn()).toBe(true);
  expect((await client.auth.me()).login).toBe('mk.aset');
});

it('refuses a password with spaces around it locally, with the guide remedy, and sends nothing', async () => {
  const { client, events } = mock.client();
  const error = await client.auth
    .login({ login: 'mk.aset', password: ` ${mock.password}` })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LocalError);
  expect(error).toMatchObject({
    code: 'credentials_have_spaces',
    remedy: getEntry('credentials_have_spaces').remedy,
  });
  expect(events).toEqual([]);
});

it.each([
  ['an unknown login', { login: 'mk.nobody', password: 'Passw0rd!' }, 'no_active_account', 401],
  ['a wrong password', { login: 'mk.aset', password: 'wrong-password' }, 'invalid_credentials', 401],
  ['a deleted account', { login: 'mk.deleted', password: 'Passw0rd!' }, 'account_deleted', 410],
  [
    'a login before the shift window',
    { login: 'mk.timur', password: 'Passw0rd!' },
    'login_before_shift_window',
    403,
  ],
  ['a login after the last shift', { login: 'mk.yerlan', password: 'Passw0rd!' }, 'outside_shift', 403],
] as const)('fails %s with %s', async (_name, credentials, code, status) => {
  const { client } = mock.client();
  const error = await client.auth.login(credentials).catch((e: unknown) => e);
  expect(error).toMatchObject({ code, status, remedy: getEntry(code).remedy });
  expect((error as { requestId?: string }).requestId).toBeTruthy();
});

it('says when the login window opens', async () => {
  const { client } = mock.client();
  const error = await client.auth
    .login({ login: 'mk.timur', password: mock.password })
    .catch((e: unknown) => e);
  expect((error as { data: { opensAt?: string } }).data.opensAt).toMatch(/^2026-11-24T/);
});

it('refuses a consultant outside the tablet app with access_closed', async () => {
  const { client } = mock.client({ clientKind: 'web' });
  const error = await client.auth
    .login({ login: 'mk.aset', password: mock.password })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'access_closed', status: 403 });
});

it('refuses an outdated app with app_version_outdated', async () => {
  const { client } = mock.client({ appVersion: '2.9.0' });
  expect(await client.app.isOutdated()).toBe(true);
  const error = await client.auth
    .login({ login: 'mk.aset', password: mock.password })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'app_version_outdated', status: 426, retryable: false });
});

it('locks the account after five wrong passwords, then refuses even the right one', async () => {
  const { client } = mock.client();
  const codes: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    codes.push(
      (
        (await client.auth.login({ login: 'mk.aset', password: 'nope-nope' }).catch((e: unknown) => e)) as {
          code: string;
        }
      ).code,
    );
  }
  expect(codes).toEqual([...Array(4).fill('invalid_credentials'), 'too_many_login_attempts']);
  const locked = await client.auth
    .login({ login: 'mk.aset', password: mock.password })
    .catch((e: unknown) => e);
  expect(locked).toMatchObject({ code: 'account_locked', status: 403 });
  expect((locked as { data: { lockedUntil?: string } }).data.lockedUntil).toBeTruthy();
});

it('refreshes the access token before it expires', async () => {
  const { client, events } = mock.client();
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  mock.admin.advanceClock(14.5 * 60_000);
  expect((await client.auth.me()).login).toBe('mk.aset');
  expect(starts(events, '/auth/token/refresh')).toBe(1);
});

it('refreshes once after a 401 token_not_valid, shared by concurrent calls, and repeats them', async () => {
  // The client's clock stays behind the server's, so it cannot see the expiry coming.
  const frozen = mock.now();
  const { client, events } = mock.client({ now: () => frozen });
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  mock.admin.advanceClock(20 * 60_000);
  const users = await Promise.all(Array.from({ length: 5 }, () => client.auth.me()));
  expect(users.map((user) => user.login)).toEqual(Array(5).fill('mk.aset'));
  expect(starts(events, '/auth/token/refresh')).toBe(1);
  const reauths = events.filter(
    (event) => event.type === 'request:retry' && event.reason === 'reauthenticate',
  );
  expect(reauths.length).toBeGreaterThanOrEqual(1);
});

it('ends the session when the refresh token has expired too', async () => {
  const frozen = mock.now();
  const { client } = mock.client({ now: () => frozen });
  // A supervisor has no login window, so only the tokens' lifetimes matter here.
  await client.auth.login({ login: 'sv.nurlan', password: mock.password });
  mock.admin.advanceClock(13 * 3_600_000);
  const error = await client.auth.me().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'token_not_valid', retry: { when: 'after_login' } });
  expect(await client.auth.isLoggedIn()).toBe(false);
});

it('logs out: the token is revoked on the server and forgotten locally', async () => {
  const { client } = mock.client();
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  await client.auth.logout();
  expect(await client.auth.isLoggedIn()).toBe(false);
  const error = await client.auth.me().catch((e: unknown) => e);
  expect(error).toMatchObject({ status: 401 });
});

it('resets a password by email and logs in with the new one', async () => {
  const { client } = mock.client();
  const user = mock.admin.users().find((candidate) => candidate.login === 'mk.aset');
  if (user === undefined) throw new Error('seed without mk.aset');
  await client.auth.requestPasswordReset(user.email);
  const email = mock.admin.emails().at(-1);
  expect(email?.to).toBe(user.email);
  await client.auth.confirmPasswordReset({ token: email?.token ?? '', newPassword: 'New-passw0rd' });
  expect((await client.auth.login({ login: 'mk.aset', password: 'New-passw0rd' })).login).toBe('mk.aset');
});

it('refuses an email with a space around it locally (invalid_email)', async () => {
  const { client, events } = mock.client();
  const error = await client.auth.requestPasswordReset('aset@example.kz ').catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'invalid_email' });
  expect(events).toEqual([]);
});

it('refuses a used reset token with password_reset_token_invalid', async () => {
  const { client } = mock.client();
  const error = await client.auth
    .confirmPasswordReset({ token: 'not-a-token', newPassword: 'New-passw0rd' })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'password_reset_token_invalid', status: 400 });
});
