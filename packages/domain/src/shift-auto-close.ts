/**
 * Decision 0001: a shift still open when its local day ends is closed by the server, and then counts
 * as not closed correctly.
 */
import type { ShiftStatus } from './shift.js';
import { endOfLocalDay, type LocalDate } from './time.js';

/**
 * When the server closes a shift left open: the end of its local day (00:00 Asia/Almaty of the next day).
 *
 * @param shiftDate - the shift's `date`, its local day `YYYY-MM-DD`
 */
export function autoCloseAt(shiftDate: LocalDate): Date {
  return endOfLocalDay(shiftDate);
}

/**
 * Whether the server must close a shift now: it is in progress and its local day has ended.
 *
 * @param shift - the shift's status and local `date`
 * @param now - the current instant
 */
export function isAutoCloseDue(
  shift: { readonly status: ShiftStatus; readonly date: LocalDate },
  now: Date,
): boolean {
  return shift.status === 'in_progress' && now.getTime() >= autoCloseAt(shift.date).getTime();
}
