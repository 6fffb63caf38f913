import { atLocalTime, localDateOf } from '@icontact/domain';
import { formatAlmatyTime } from '@icontact/errors';
import { z } from 'zod';

/** `HH:MM`, a time of day in Asia/Almaty on the scenario's day. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An ISO 8601 instant with a `Z` or an offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment of the scenario: `HH:MM` (Asia/Almaty, on the local day of the clock's start) or an ISO
 * 8601 instant. Kept as written; {@link resolveMoment} turns it into an instant.
 */
export const momentSchema = z.string().refine((text) => TIME_OF_DAY.test(text) || ISO_INSTANT.test(text), {
  error:
    'expected a time of day in Almaty such as "13:00", or an ISO 8601 instant such as 2026-11-24T08:00:00Z',
});

/**
 * The instant of `moment` on the local day (Asia/Almaty) of `clockStart`.
 *
 * @param moment - `HH:MM` or an ISO 8601 instant
 * @param clockStart - the scenario clock's start, epoch ms
 * @returns epoch ms
 */
export function resolveMoment(moment: string, clockStart: number): number {
  if (TIME_OF_DAY.test(moment)) return atLocalTime(localDateOf(new Date(clockStart)), moment).getTime();
  return Date.parse(moment);
}

/** `HH:MM` of an instant in Asia/Almaty (UTC+05:00, no DST). */
export function almatyTimeOf(instant: number): string {
  return formatAlmatyTime(new Date(instant)).slice(11, 16);
}
