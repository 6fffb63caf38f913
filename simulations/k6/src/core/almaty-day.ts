/**
 * The local calendar day (Asia/Almaty, UTC+05:00, no DST; decision 0001) that holds an instant: the day
 * a shift's `date` names. `@icontact/domain` has the same rule; k6 cannot load it, so this is the
 * one-line arithmetic, proved equal to the domain's in `almaty-day.test.ts`.
 */

const OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

/** A local day: its date and its first and last instants (`end` excluded), in ms since the epoch. */
export interface LocalDayBounds {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/** The local day that holds `instantMs`. */
export function localDayBounds(instantMs: number): LocalDayBounds {
  const start = Math.floor((instantMs + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
  return { date: new Date(start + OFFSET_MS).toISOString().slice(0, 10), start, end: start + DAY_MS };
}
