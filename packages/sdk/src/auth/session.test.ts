import { expect, it } from 'vitest';
import { IContactError } from '../core/errors/icontact-error.js';
import { Session } from './session.js';
import { createMemoryTokenStore, type TokenPair } from './token-store.js';

const NOW = Date.parse('2026-11-24T04:00:00.000Z');

function pair(access: string, accessExpiresAt: string): TokenPair {
  return { access, refresh: `r-${access}`, accessExpiresAt, refreshExpiresAt: '2026-11-24T16:00:00.000Z' };
}

function session(initial: TokenPair | null, refresh: (token: string) => Promise<TokenPair>) {
  const store = createMemoryTokenStore(initial);
  return { store, session: new Session({ store, refresh, refreshLeewayMs: 60_000, now: () => NOW }) };
}

it('hands out the access token while it is far from expiry, without refreshing', async () => {
  let refreshes = 0;
  const { session: s } = session(pair('a1', '2026-11-24T04:15:00.000Z'), async () => {
    refreshes += 1;
    return pair('a2', '2026-11-24T04:30:00.000Z');
  });
  expect(await s.authorization()).toBe('Bearer a1');
  expect(refreshes).toBe(0);
});

it('refreshes before expiry, once for many concurrent callers', async () => {
  const sent: string[] = [];
  const { session: s, store } = session(pair('a1', '2026-11-24T04:00:30.000Z'), async (token) => {
    sent.push(token);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return pair('a2', '2026-11-24T04:30:00.000Z');
  });
  const headers = await Promise.all(Array.from({ length: 10 }, () => s.authorization()));
  expect(new Set(headers)).toEqual(new Set(['Bearer a2']));
  expect(sent).toEqual(['r-a1']);
  expect((await store.get())?.access).toBe('a2');
});

it('shares one refresh between concurrent 401s and lets later ones reuse the new token', async () => {
  let refreshes = 0;
  const { session: s } = session(pair('a1', '2026-11-24T04:15:00.000Z'), async () => {
    refreshes += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return pair('a2', '2026-11-24T04:30:00.000Z');
  });
  const results = await Promise.all(Array.from({ length: 5 }, () => s.reauthenticate('Bearer a1')));
  expect(results).toEqual([true, true, true, true, true]);
  expect(await s.reauthenticate('Bearer a1')).toBe(true);
  expect(refreshes).toBe(1);
});

it('ends the session when the server refuses the refresh token', async () => {
  const { session: s, store } = session(pair('a1', '2026-11-24T04:15:00.000Z'), async () => {
    throw new IContactError({ code: 'token_not_valid', status: 401 });
  });
  expect(await s.reauthenticate('Bearer a1')).toBe(false);
  expect(await store.get()).toBeNull();
  expect(await s.authorization()).toBeUndefined();
});

it('keeps the session when a refresh fails on the network', async () => {
  const { session: s, store } = session(pair('a1', '2026-11-24T04:00:10.000Z'), async () => {
    throw new IContactError({ code: 'connection_failed' });
  });
  expect(await s.authorization()).toBe('Bearer a1');
  expect((await store.get())?.access).toBe('a1');
});
