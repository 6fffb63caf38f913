/**
 * What a worked shift means for pay (R9–R11): lateness, under-work, worked time, a correct close.
 */

const MS_PER_MINUTE = 60_000;

/**
 * Lateness (R9): whole minutes started late, rounded up; 0 when started on time or early.
 * `max(0, ceil((actualStart − plannedStart) / 1 min))`.
 *
 * @param plannedStart - the planned start
 * @param actualStart - when the consultant started the shift
 */
export function latenessMinutes(plannedStart: Date, actualStart: Date): number {
  return Math.max(0, Math.ceil((actualStart.getTime() - plannedStart.getTime()) / MS_PER_MINUTE));
}

/**
 * Under-work (R10): whole minutes ended before the planned end, rounded up — also when the shift was
 * started early (starting early banks no time). `max(0, ceil((plannedEnd − actualEnd) / 1 min))`.
 *
 * @param plannedEnd - the planned end
 * @param actualEnd - when the shift was closed
 */
export function underworkMinutes(plannedEnd: Date, actualEnd: Date): number {
  return Math.max(0, Math.ceil((plannedEnd.getTime() - actualEnd.getTime()) / MS_PER_MINUTE));
}

/**
 * Worked time: actual end − actual start, in whole minutes rounded down (a started minute is not
 * credited), never negative.
 *
 * @param actualStart - when the shift was started
 * @param actualEnd - when it was closed
 */
export function workedMinutes(actualStart: Date, actualEnd: Date): number {
  return Math.max(0, Math.floor((actualEnd.getTime() - actualStart.getTime()) / MS_PER_MINUTE));
}

/** Who closed a shift: the consultant (after a complete final sync) or the server at the day's end. */
export type ShiftClosedBy = 'consultant' | 'server';

/** The shift's times and close as the timesheet needs them. */
export interface TimesheetInput {
  readonly plannedStart: Date;
  readonly plannedEnd: Date;
  /** When the consultant started the shift, or `null` if never started. */
  readonly actualStart: Date | null;
  /** When the shift was closed, or `null` while it is open. */
  readonly actualEnd: Date | null;
  /** Who closed it, or `null` while it is open. */
  readonly closedBy: ShiftClosedBy | null;
  /** When the final sync completed, or `null` if it never did. */
  readonly finalSyncCompletedAt: Date | null;
}

/** A shift's timesheet; a figure is `null` while it cannot be known yet. */
export interface Timesheet {
  /** Minutes late, or `null` if the shift was never started. */
  readonly latenessMinutes: number | null;
  /** Minutes ended early, or `null` while the shift is open. */
  readonly underworkMinutes: number | null;
  /** Minutes worked, or `null` while the shift is open or was never started. */
  readonly workedMinutes: number | null;
  /**
   * Whether the shift was closed correctly (R11): by the consultant, with the final sync complete by
   * the close. A shift the server closed at the end of its day is not. `null` while open.
   */
  readonly closedCorrectly: boolean | null;
}

/**
 * Whether a close counts as correct (R11): the consultant closed it and the final sync had completed
 * by then.
 *
 * @param closedBy - who closed the shift
 * @param finalSyncCompletedAt - when the final sync completed, if ever
 * @param actualEnd - when the shift was closed
 */
export function isClosedCorrectly(
  closedBy: ShiftClosedBy,
  finalSyncCompletedAt: Date | null,
  actualEnd: Date,
): boolean {
  return (
    closedBy === 'consultant' &&
    finalSyncCompletedAt !== null &&
    finalSyncCompletedAt.getTime() <= actualEnd.getTime()
  );
}

/**
 * Computes a shift's timesheet from its planned and actual times.
 *
 * @param shift - planned and actual times, who closed it, when the final sync completed
 */
export function computeTimesheet(shift: TimesheetInput): Timesheet {
  const { plannedStart, plannedEnd, actualStart, actualEnd, closedBy, finalSyncCompletedAt } = shift;
  const closed = actualEnd !== null && closedBy !== null;
  return {
    latenessMinutes: actualStart === null ? null : latenessMinutes(plannedStart, actualStart),
    underworkMinutes: actualEnd === null ? null : underworkMinutes(plannedEnd, actualEnd),
    workedMinutes: actualStart === null || actualEnd === null ? null : workedMinutes(actualStart, actualEnd),
    closedCorrectly: closed ? isClosedCorrectly(closedBy, finalSyncCompletedAt, actualEnd) : null,
  };
}
