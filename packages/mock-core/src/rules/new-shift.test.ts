import { expect, it } from 'vitest';
import { COLLECTIONS, type MetaRecord } from '../state/records.js';
import { createMemoryStore } from '../store/memory-store.js';
import {
  EMPTY_SYNC_STATS,
  lastShiftNumber,
  newShiftRecord,
  putNewShift,
  SHIFT_NUMBER_BEFORE_FIRST,
} from './new-shift.js';

const plan = {
  id: 'shift-1',
  number: 1001,
  consultantId: 'mk',
  supervisorId: 'sv',
  projectId: 'p',
  date: '2026-11-24',
  plannedStart: '2026-11-24T04:00:00.000Z',
  plannedEnd: '2026-11-24T12:00:00.000Z',
};

it('makes a planned shift that has not started, closed or synced', () => {
  expect(newShiftRecord(plan)).toEqual({
    ...plan,
    status: 'planned',
    actualStart: null,
    actualEnd: null,
    closedBy: null,
    finalSyncCompletedAt: null,
    deletedAt: null,
  });
});

it('makes a deleted shift when it is given when it was deleted', () => {
  expect(newShiftRecord(plan, '2026-11-24T03:00:00.000Z')).toMatchObject({
    status: 'deleted',
    deletedAt: '2026-11-24T03:00:00.000Z',
  });
});

it('numbers shifts after 1000 until the bookkeeping record holds the last number given', () => {
  expect(lastShiftNumber(undefined)).toBe(SHIFT_NUMBER_BEFORE_FIRST);
  expect(SHIFT_NUMBER_BEFORE_FIRST).toBe(1000);
  const meta: MetaRecord = { seed: 1, shiftNumber: 1042, seededAt: plan.plannedStart, today: plan.date };
  expect(lastShiftNumber(meta)).toBe(1042);
});

it('stores a new shift with zero sync stats', () => {
  const store = createMemoryStore();
  const shift = newShiftRecord(plan);
  store.transaction(() => putNewShift(store, shift));
  expect(store.get(COLLECTIONS.shifts, shift.id)).toEqual(shift);
  expect(store.get(COLLECTIONS.syncStats, shift.id)).toEqual({
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    lastSyncAt: null,
  });
  expect(EMPTY_SYNC_STATS).toEqual({ accepted: 0, duplicate: 0, rejected: 0, lastSyncAt: null });
});
