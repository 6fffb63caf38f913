/**
 * The business time zone's (Asia/Almaty's) fixed offset from UTC, in minutes: UTC+05:00 all year, no
 * daylight saving (decision 0001). The one source of the offset: `@icontact/domain`'s calendar arithmetic
 * re-exports it, and everything else imports it from either.
 */
export const BUSINESS_UTC_OFFSET_MINUTES = 5 * 60;

/**
 * `at` as local time in Asia/Almaty, "YYYY-MM-DD HH:MM:SS" (24-hour). Computed from the fixed
 * offset rather than the runtime's time-zone data, so that it reads the same on every machine.
 *
 * @throws RangeError when `at` is an invalid date.
 */
export function formatAlmatyTime(at: Date): string {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('formatAlmatyTime: `at` is an invalid Date');
  const iso = new Date(ms + BUSINESS_UTC_OFFSET_MINUTES * 60_000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
