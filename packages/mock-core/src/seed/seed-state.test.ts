import { isValidIin, parsePhone } from '@icontact/domain';
import { expect, it } from 'vitest';
import { createBackend } from '../backend/create-backend.js';
import { harness } from '../test-support/harness.js';

const clock = { start: '2026-11-24T03:30:00Z', speed: 0 };

it('seeds the same state from the same seed, and another from another seed', () => {
  const one = createBackend({ seed: 7, clock }).admin.snapshot();
  const again = createBackend({ seed: 7, clock }).admin.snapshot();
  const other = createBackend({ seed: 8, clock }).admin.snapshot();
  expect(again).toEqual(one);
  expect(other).not.toEqual(one);
});

it('seeds 2 supervisors and 13 consultants with valid ИИНs and Kazakh mobile numbers', () => {
  const { admin } = harness();
  const users = admin.users();
  expect(users.filter((user) => user.role === 'supervisor')).toHaveLength(2);
  expect(users.filter((user) => user.role === 'consultant')).toHaveLength(13);
  for (const user of users) {
    expect(isValidIin(user.iin), user.iin).toBe(true);
    expect(parsePhone(user.phone).ok, user.phone).toBe(true);
    expect(user.login).toBe(user.login.toLowerCase());
  }
});

it('places today’s shifts around the clock’s start, with one deleted shift and none for the unbound consultant', () => {
  const h = harness();
  const shifts = h.admin.shifts();
  expect(shifts.filter((shift) => shift.status === 'deleted')).toHaveLength(1);
  expect(shifts.every((shift) => shift.date === '2026-11-24')).toBe(true);
  expect(shifts.some((shift) => shift.consultantId === h.userId('mk.unbound'))).toBe(false);
  expect(h.shiftOf('mk.aigerim').plannedStart).toBe('2026-11-24T03:40:00.000Z');
});

it('describes the seed: the password, the documented logins with their shifts, and sample consumers', () => {
  const { admin } = harness();
  const seed = admin.describeSeed();
  expect(seed.password).toBe('Passw0rd!');
  expect(seed.accounts.map((account) => account.login)).toEqual(
    expect.arrayContaining(['sv.nurlan', 'sv.elena', 'mk.aigerim', 'mk.unbound', 'mk.deleted', 'mk.noshift']),
  );
  expect(seed.accounts.find((account) => account.login === 'mk.noshift')?.shift).toBeNull();
  for (const consumer of seed.sampleConsumers) {
    expect(isValidIin(consumer.iin)).toBe(true);
    expect(parsePhone(consumer.phone).ok).toBe(true);
  }
});
