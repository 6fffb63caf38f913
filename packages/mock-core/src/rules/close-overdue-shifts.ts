import { autoCloseAt, isAutoCloseDue } from '@icontact/domain';
import type { BackendCore } from '../backend/backend-core.js';
import { COLLECTIONS, type ShiftRecord } from '../state/records.js';
import { shiftsInProgress } from '../state/shift-queries.js';

/**
 * Closes every shift still in progress when its local day has ended (decision 0001): the server closes
 * it at local midnight as `closedBy: 'server'`, which never counts as a correct close. Lazy: it runs
 * whenever the state is observed (each request, each admin read), with `actualEnd` the day's end, not
 * the moment it was noticed. It reads the index of shifts in progress, oldest day first: one entry when
 * nothing is due.
 *
 * @returns how many shifts it closed
 */
export function closeOverdueShifts(core: BackendCore, now: Date): number {
  // The shift in progress of the oldest day tells whether any day has ended with a shift still open.
  const oldest = shiftsInProgress(core.store, 1)[0];
  if (oldest === undefined || !isAutoCloseDue(oldest, now)) return 0;
  const due = shiftsInProgress(core.store).filter((shift) => isAutoCloseDue(shift, now));
  core.store.transaction(() => {
    for (const shift of due) {
      const closed: ShiftRecord = {
        ...shift,
        status: 'closed',
        actualEnd: autoCloseAt(shift.date).toISOString(),
        closedBy: 'server',
      };
      core.store.put(COLLECTIONS.shifts, shift.id, closed);
    }
  });
  core.logger.info({ shifts: due.map((shift) => shift.id) }, 'closed shifts left open past their local day');
  return due.length;
}
