import { expect, it } from 'vitest';
import { randomUuid } from '../backend/random-ids.js';
import { atWork } from '../test-support/flows.js';
import { harness, PASSWORD } from '../test-support/harness.js';
import { PRUNE_BATCH } from './prune-expired.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How many records each collection of the state holds. */
function counts(h: ReturnType<typeof harness>) {
  const { collections } = h.admin.snapshot();
  const size = (name: string) => Object.keys(collections[name] ?? {}).length;
  return {
    tokens: size('tokens'),
    sessions: size('sessions'),
    idempotencyKeys: size('idempotencyKeys'),
    lockouts: size('lockouts'),
  };
}

/** Any request: the pipeline prunes before it serves one. */
const anyRequest = (h: ReturnType<typeof harness>) => h.call('GET', '/app/version');

it('prunes tokens, sessions and idempotency keys an hour past their expiry, not before', async () => {
  const h = harness();
  const work = await atWork(h);
  // A keyed request keeps its answer, a refusal included.
  await h.call('POST', `/shifts/${work.shiftId}/close`, {
    token: work.token,
    headers: { 'Idempotency-Key': randomUuid() },
  });
  expect(counts(h)).toEqual({ tokens: 2, sessions: 1, idempotencyKeys: 1, lockouts: 0 });

  // The access token expired at 15 min, the refresh token and the session at 12 h, the key at 24 h.
  h.admin.advanceClock(12 * HOUR + 59 * MINUTE);
  await anyRequest(h);
  expect(counts(h)).toEqual({ tokens: 1, sessions: 1, idempotencyKeys: 1, lockouts: 0 });
  h.admin.advanceClock(2 * MINUTE);
  await anyRequest(h);
  expect(counts(h)).toEqual({ tokens: 0, sessions: 0, idempotencyKeys: 1, lockouts: 0 });
  h.admin.advanceClock(12 * HOUR);
  await anyRequest(h);
  expect(counts(h)).toEqual({ tokens: 0, sessions: 0, idempotencyKeys: 0, lockouts: 0 });
});

it('keeps a session alive while its refreshed tokens live, past the first refresh token', async () => {
  const h = harness();
  const login = await h.call('POST', '/auth/token', { body: { login: 'sv.nurlan', password: PASSWORD } });
  h.admin.advanceClock(11 * HOUR);
  const refreshed = await h.call('POST', '/auth/token/refresh', { body: { refresh: login.body.refresh } });
  expect(refreshed.status).toBe(200);
  h.admin.advanceClock(3 * HOUR);
  await anyRequest(h);
  expect(counts(h).sessions).toBe(1);
  const again = await h.call('POST', '/auth/token/refresh', { body: { refresh: refreshed.body.refresh } });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
});

it('keeps no lockout record after a successful login, and prunes failures once they leave the window', async () => {
  const h = harness();
  const attempt = (password: string) =>
    h.call('POST', '/auth/token', { body: { login: 'sv.nurlan', password } });
  await attempt('wrong');
  await attempt('wrong');
  expect(counts(h).lockouts).toBe(1);
  expect((await attempt(PASSWORD)).status).toBe(200);
  expect(counts(h).lockouts).toBe(0);

  await attempt('wrong');
  h.admin.advanceClock(15 * MINUTE + HOUR - MINUTE);
  await anyRequest(h);
  expect(counts(h).lockouts).toBe(1);
  h.admin.advanceClock(2 * MINUTE);
  await anyRequest(h);
  expect(counts(h).lockouts).toBe(0);
});

it('keeps a locked login locked until its lock ends, whatever the pruning', async () => {
  const h = harness();
  const attempt = (password: string) =>
    h.call('POST', '/auth/token', { body: { login: 'sv.nurlan', password } });
  for (let i = 0; i < 5; i += 1) await attempt('wrong');
  h.admin.advanceClock(9 * MINUTE);
  expect((await attempt(PASSWORD)).body.code).toBe('account_locked');
  h.admin.advanceClock(2 * MINUTE);
  expect((await attempt(PASSWORD)).status).toBe(200);
});

it('prunes at most a batch of each kind per request, and the rest on the next ones', async () => {
  const h = harness();
  const logins = 30; // two tokens each
  for (let i = 0; i < logins; i += 1) {
    const answer = await h.call('POST', '/auth/token', { body: { login: 'sv.nurlan', password: PASSWORD } });
    expect(answer.status).toBe(200);
  }
  h.admin.advanceClock(14 * HOUR);
  await anyRequest(h);
  expect(counts(h).tokens).toBe(2 * logins - PRUNE_BATCH);
  await anyRequest(h);
  expect(counts(h)).toMatchObject({ tokens: 0, sessions: 0 });
});
