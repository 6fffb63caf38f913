import { canSyncOrClose, canWork, type ShiftSchedule } from '@icontact/domain';
import { refuse } from '../http/api-error.js';
import type { ShiftRecord } from '../state/records.js';

/** The part of a shift record the domain's time rules read. */
export function scheduleOf(shift: ShiftRecord): ShiftSchedule {
  return {
    status: shift.status,
    plannedStart: new Date(shift.plannedStart),
    plannedEnd: new Date(shift.plannedEnd),
  };
}

/** Refuses work on a shift outside its login window or once it is closed (R2; decision 0001). */
export function requireWorkAllowed(shift: ShiftRecord, now: Date): void {
  const verdict = canWork(scheduleOf(shift), now);
  if (!verdict.ok) throw refuse(verdict.code);
}

/** Refuses sync or close unless the shift is in progress (allowed whatever the hour). */
export function requireSyncOrCloseAllowed(shift: ShiftRecord): void {
  const verdict = canSyncOrClose({ status: shift.status });
  if (!verdict.ok) throw refuse(verdict.code);
}
