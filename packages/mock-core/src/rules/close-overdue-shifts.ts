import { autoCloseAt, isAutoCloseDue } from '@icontact/domain';
import type { BackendCore } from '../backend/backend-core.js';
import { COLLECTIONS, type ShiftRecord } from '../state/records.js';

/**
 * Closes every shift still in progress when its local day has ended (decision 0001): the server closes
 * it at local midnight as `closedBy: 'server'`, which never counts as a correct close. Lazy: it runs
 * whenever the state is observed (each request, each admin read), with `actualEnd` the day's end, not
 * the moment it was noticed.
 *
 * @returns how many shifts it closed
 */
export function closeOverdueShifts(core: BackendCore, now: Date): number {
  const due = core.store
    .list<ShiftRecord>(COLLECTIONS.shifts)
    .filter((shift) => isAutoCloseDue({ status: shift.status, date: shift.date }, now));
  if (due.length === 0) return 0;
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
