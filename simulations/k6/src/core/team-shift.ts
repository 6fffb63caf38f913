/**
 * Where the load run's shifts lie: each flow's consultant gets a shift that began 10 minutes ago (the
 * login window is open and starting is allowed) and ends 8 hours from now — both cut to the local day
 * that holds the virtual now, because the server closes a shift still open when its local day ends
 * (decision 0001).
 */
import { localDayBounds } from './almaty-day.ts';

const MINUTE = 60_000;
/** How long before the virtual now the shifts begin. */
const STARTED_MINUTES_AGO = 10;
/** How long after the virtual now the shifts end, when the local day leaves room. */
const SHIFT_MINUTES = 8 * 60;

/** A shift relative to the virtual now, as `POST /__admin/team` takes it. */
export interface TeamShift {
  readonly startOffsetMinutes: number;
  readonly durationMinutes: number;
}

/** The virtual clock leaves no room for a shift today; the message says what to do. */
export class NoRoomForShiftError extends Error {
  override readonly name = 'NoRoomForShiftError';
}

/**
 * The run's shift for a virtual now of `nowMs`.
 *
 * @throws {@link NoRoomForShiftError} when less than a minute of the local day is left
 */
export function teamShift(nowMs: number): TeamShift {
  const day = localDayBounds(nowMs);
  const start = Math.max(nowMs - STARTED_MINUTES_AGO * MINUTE, day.start);
  const end = Math.min(nowMs + SHIFT_MINUTES * MINUTE, day.end - MINUTE);
  if (end <= nowMs + MINUTE) {
    throw new NoRoomForShiftError(
      `the virtual clock (${new Date(nowMs).toISOString()}) is at the end of the local day: set it earlier`,
    );
  }
  return { startOffsetMinutes: (start - nowMs) / MINUTE, durationMinutes: (end - start) / MINUTE };
}
