import { COLLECTIONS, type MetaRecord, type ShiftRecord, type SyncStatsRecord } from '../state/records.js';
import type { Store } from '../store/store.js';

/** Shift numbers are given in turn after this one: the first shift of a fresh state is number 1001. */
export const SHIFT_NUMBER_BEFORE_FIRST = 1000;

/** The sync stats of a shift before its first upload. */
export const EMPTY_SYNC_STATS: SyncStatsRecord = { accepted: 0, duplicate: 0, rejected: 0, lastSyncAt: null };

/** The last shift number given so far, read from the backend's bookkeeping record. */
export function lastShiftNumber(meta: MetaRecord | undefined): number {
  return meta?.shiftNumber ?? SHIFT_NUMBER_BEFORE_FIRST;
}

/** What the one who plans a shift decides (supervisor, seed or admin team); the rest of a new shift is fixed. */
export type ShiftPlanFields = Pick<
  ShiftRecord,
  'id' | 'number' | 'consultantId' | 'supervisorId' | 'projectId' | 'date' | 'plannedStart' | 'plannedEnd'
>;

/**
 * A newly planned shift: `planned`, not started, not closed, no final sync yet — or `deleted` when
 * `deletedAt` is given (the seed plants deleted shifts, R12).
 *
 * @param plan - who works it, for which project, when
 * @param deletedAt - when the supervisor deleted it, else `null`
 */
export function newShiftRecord(plan: ShiftPlanFields, deletedAt: string | null = null): ShiftRecord {
  return {
    ...plan,
    status: deletedAt === null ? 'planned' : 'deleted',
    actualStart: null,
    actualEnd: null,
    closedBy: null,
    finalSyncCompletedAt: null,
    deletedAt,
  };
}

/** Stores a new shift with its empty sync stats (call inside the store's transaction). */
export function putNewShift(store: Store, shift: ShiftRecord): void {
  store.put(COLLECTIONS.shifts, shift.id, shift);
  store.put(COLLECTIONS.syncStats, shift.id, EMPTY_SYNC_STATS);
}
