import { z } from 'zod';

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Parses a duration of virtual time as scenario files write it: hours, minutes and seconds, each
 * optional but at least one, in that order (`90s`, `10m`, `1h30m`, `2h`).
 *
 * @returns milliseconds, or `null` when the text is not such a duration
 */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (match === null || text.trim() === '') return null;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** Formats milliseconds as the shortest duration {@link parseDuration} reads back (`1h30m`, `45s`). */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const text = `${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}${seconds > 0 ? `${seconds}s` : ''}`;
  return text === '' ? '0s' : text;
}

/** A duration of virtual time (`10m`, `1h30m`), read as milliseconds. */
export const durationSchema = z
  .string({ error: 'expected a duration such as 90s, 10m or 1h30m' })
  .transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration: write 90s, 10m, 1h30m` });
      return z.NEVER;
    }
    return ms;
  });
