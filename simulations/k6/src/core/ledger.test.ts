import { expect, it } from 'vitest';
import { compareLedger, type HeldContact } from './ledger.ts';

const held = (key: string, contactId = `c-${key}`, shiftId = 's1'): HeldContact => ({
  idempotencyKey: key,
  contactId,
  shiftId,
});

it('finds nothing wrong when the server holds each planned key once', () => {
  const report = compareLedger(
    [{ plannedKeys: ['a', 'b'], acknowledgedKeys: ['a', 'b'], closed: true }],
    [held('a'), held('b')],
  );
  expect(report).toEqual({ lost: [], duplicated: [], unexpected: [], unsent: [], heldOnce: 2 });
});

it.each([
  {
    name: 'an acknowledged key the server does not hold is lost',
    flows: [{ plannedKeys: ['a', 'b'], acknowledgedKeys: ['a', 'b'], closed: false }],
    server: [held('a')],
    want: { lost: ['b'], unsent: [] },
  },
  {
    name: 'every key of a closed shift counts as promised',
    flows: [{ plannedKeys: ['a', 'b'], acknowledgedKeys: [], closed: true }],
    server: [held('b')],
    want: { lost: ['a'] },
  },
  {
    name: 'a key never acknowledged in an unclosed shift is unsent, not lost',
    flows: [{ plannedKeys: ['a', 'b'], acknowledgedKeys: ['a'], closed: false }],
    server: [held('a')],
    want: { lost: [], unsent: ['b'], heldOnce: 1 },
  },
  {
    name: 'a key held twice is duplicated',
    flows: [{ plannedKeys: ['a'], acknowledgedKeys: ['a'], closed: true }],
    server: [held('a'), held('a')],
    want: { duplicated: ['a'], heldOnce: 0 },
  },
  {
    name: 'one contact held under two keys duplicates both',
    flows: [{ plannedKeys: ['a', 'b'], acknowledgedKeys: ['a', 'b'], closed: true }],
    server: [held('a', 'c1'), held('b', 'c1')],
    want: { duplicated: ['a', 'b'], lost: [] },
  },
  {
    name: 'a key the run never planned is unexpected',
    flows: [{ plannedKeys: ['a'], acknowledgedKeys: ['a'], closed: true }],
    server: [held('a'), held('z')],
    want: { unexpected: ['z'], heldOnce: 1 },
  },
])('$name', ({ flows, server, want }) => {
  expect(compareLedger(flows, server)).toMatchObject(want);
});
