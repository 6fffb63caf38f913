/**
 * Seconds from a `Retry-After` header value in its delta-seconds form ("120"); `undefined` for an
 * HTTP-date or anything else (reading a date would need the current time, and this module is pure).
 */
export function parseRetryAfterHeader(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return /^\d+$/u.test(trimmed) ? Number(trimmed) : undefined;
}

/** Seconds from Django REST framework's throttling text "… Expected available in 12 seconds." */
export function retryAfterInText(text: string): number | undefined {
  const digits = /Expected available in (\d+) seconds?/iu.exec(text)?.[1];
  return digits === undefined ? undefined : Number(digits);
}
