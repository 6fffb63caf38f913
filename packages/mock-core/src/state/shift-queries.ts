import type { IndexedStore } from '../store/indexed-store.js';
import type { ContactRecord, ShiftRecord } from './records.js';
import { INDEX } from './state-indexes.js';

/** Every shift of a consultant, deleted ones included, by planned start (then id). */
export function shiftsOfConsultant(store: IndexedStore, consultantId: string): ShiftRecord[] {
  return store
    .find<ShiftRecord>(INDEX.shiftsByConsultant, { prefix: `${consultantId} ` })
    .map((found) => found.record)
    .filter((shift) => shift.consultantId === consultantId);
}

/** The shifts a supervisor assigned on a local day, deleted ones included, by planned start (then id). */
export function shiftsOfSupervisorOn(store: IndexedStore, supervisorId: string, date: string): ShiftRecord[] {
  return store
    .find<ShiftRecord>(INDEX.shiftsBySupervisorDay, { prefix: `${supervisorId} ${date} ` })
    .map((found) => found.record)
    .filter((shift) => shift.supervisorId === supervisorId && shift.date === date);
}

/**
 * Shifts in progress, oldest local day first: every one, or the first `limit` (the oldest tells whether
 * any day has ended with a shift still open).
 */
export function shiftsInProgress(store: IndexedStore, limit?: number): ShiftRecord[] {
  return store
    .find<ShiftRecord>(INDEX.shiftsInProgress, limit === undefined ? {} : { limit })
    .map((found) => found.record)
    .filter((shift) => shift.status === 'in_progress');
}

/** The contacts opened in a shift, oldest first (then by id). */
export function contactsOfShift(store: IndexedStore, shiftId: string): ContactRecord[] {
  return store
    .find<ContactRecord>(INDEX.contactsByShift, { prefix: `${shiftId} ` })
    .map((found) => found.record)
    .filter((contact) => contact.shiftId === shiftId);
}
