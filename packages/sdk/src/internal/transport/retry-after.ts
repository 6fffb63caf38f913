/**
 * Seconds from a `Retry-After` header: delta-seconds (`"120"`) or an HTTP-date, read against `now`.
 *
 * @returns whole seconds (≥ 0), or `undefined` when the header is absent or unreadable
 */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed);
  // An HTTP-date names its weekday and month; anything else (`-3`, `2026`) is not one.
  if (!/[a-z]{3}/iu.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
