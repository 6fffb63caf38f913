/** Durations as k6 writes them (`90s`, `5m`, `1h30m`, `250ms`), in seconds. */

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/**
 * Parses a k6 duration into seconds.
 *
 * @throws RangeError when the text is not a k6 duration
 */
export function durationSeconds(text: string): number {
  if (!WHOLE.test(text)) throw new RangeError(`"${text}" is not a duration like 90s, 5m or 1h30m`);
  let total = 0;
  for (const match of text.matchAll(PART))
    total += Number(match[1]) * (SECONDS_PER_UNIT[match[2] ?? 's'] ?? 1);
  return total;
}
