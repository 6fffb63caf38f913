import { expect, it } from 'vitest';
import { createBackend } from '../backend/create-backend.js';
import { createMemoryStore } from '../store/memory-store.js';
import { atWork } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

it('resets to a fresh seeded state; the old tokens no longer work', async () => {
  const h = harness();
  const work = await atWork(h);
  h.admin.reset();
  expect(h.shiftOf('mk.aigerim').status).toBe('planned');
  expect((await h.call('GET', '/auth/me', { token: work.token })).body.code).toBe('token_not_valid');
  expect(h.admin.metrics().total).toBe(1);
});

it('reseeds with another seed', () => {
  const h = harness();
  const before = h.admin.users().map((user) => user.id);
  h.admin.reset(99);
  expect(h.admin.describeSeed().seed).toBe(99);
  expect(h.admin.users().map((user) => user.id)).not.toEqual(before);
});

it('restores a snapshot, undoing what happened after it', async () => {
  const h = harness();
  const snapshot = h.admin.snapshot();
  await atWork(h);
  expect(h.shiftOf('mk.aigerim').status).toBe('in_progress');
  h.admin.restore(JSON.parse(JSON.stringify(snapshot)));
  expect(h.shiftOf('mk.aigerim').status).toBe('planned');
});

it('keeps the state of a durable store on restart instead of seeding again', async () => {
  const store = createMemoryStore();
  const clock = { start: '2026-11-24T03:30:00Z', speed: 0 };
  const first = createBackend({ store, seed: 3, clock });
  const shift = first.admin.shifts()[0];
  const snapshot = first.admin.snapshot();
  const second = createBackend({ store, seed: 4, clock });
  expect(second.admin.snapshot()).toEqual(snapshot);
  expect(second.admin.describeSeed().seed).toBe(3);
  expect(second.admin.shifts()[0]?.id).toBe(shift?.id);
});

it('moves the clock through the admin surface', () => {
  const h = harness();
  expect(h.admin.clock()).toEqual({ now: '2026-11-24T03:30:00.000Z', speed: 0 });
  expect(h.admin.advanceClock(60_000).now).toBe('2026-11-24T03:31:00.000Z');
  expect(h.admin.setClock('2026-12-01T00:00:00Z', 2)).toEqual({ now: '2026-12-01T00:00:00.000Z', speed: 2 });
});

it('refuses an unknown upstream state, naming the field', () => {
  const h = harness();
  expect(() => h.admin.setUpstreams({ kompra: { state: 'sideways' as 'up' } })).toThrow(/kompra\.state/);
});
