/**
 * The shift as the rules see it: planned times set by the supervisor, a status set by the work.
 */

/** A shift's lifecycle: `planned → in_progress → closed`, or `deleted` by the supervisor. */
export const SHIFT_STATUSES = ['planned', 'in_progress', 'closed', 'deleted'] as const;

/** A shift's status. */
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

/** The part of a shift the time rules need. */
export interface ShiftSchedule {
  /** The shift's status. */
  readonly status: ShiftStatus;
  /** The planned start, set by the supervisor. */
  readonly plannedStart: Date;
  /** The planned end, set by the supervisor. */
  readonly plannedEnd: Date;
}
