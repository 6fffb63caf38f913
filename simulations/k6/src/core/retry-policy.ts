/**
 * When the load scripts' virtual tablet retries a request, and how long it waits: the policy of a
 * careful client (bounded attempts, exponential backoff with full jitter, `Retry-After` honoured up to a
 * cap). Every unsafe request carries an `Idempotency-Key` that stays the same across its retries, so
 * retrying one is safe.
 */

import { TRANSIENT_STATUSES } from './error-codes.ts';

/** The retry policy; every field has the default of {@link DEFAULT_RETRY_POLICY}. */
export interface RetryPolicy {
  /** Attempts per logical operation, the first included. Default: 6. */
  readonly maxAttempts: number;
  /** The backoff's base in milliseconds: attempt n waits up to `base · 2^(n−1)`. Default: 100. */
  readonly baseDelayMs: number;
  /** The longest backoff in milliseconds. Default: 2000. */
  readonly maxDelayMs: number;
  /** The longest `Retry-After` honoured, in seconds; longer ones are cut to this. Default: 2. */
  readonly maxRetryAfterSeconds: number;
}

/** The default policy. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  maxRetryAfterSeconds: 2,
};

/**
 * Whether an answer with this status is worth another attempt: 0 (k6's status when no answer came:
 * reset, abort, refused, timeout), or one of the catalogue's transient statuses (`TRANSIENT_STATUSES`
 * of `@icontact/errors`: 408, 429, 500 — the sync's "101" says retrying the same batch is safe — 502, 503,
 * 504).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || TRANSIENT_STATUSES.has(status);
}

/**
 * The wait before the next attempt, in milliseconds: `Retry-After` when the server sent one (capped),
 * otherwise full jitter over `min(maxDelay, base · 2^(attempt−1))`.
 *
 * @param attempt - the attempt that just failed, 1-based
 * @param retryAfterHeader - the `Retry-After` header (seconds), when present
 * @param draw - a number in [0, 1) for the jitter
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterHeader: string | undefined,
  draw: number,
): number {
  const retryAfter = retryAfterHeader === undefined ? Number.NaN : Number(retryAfterHeader);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.min(retryAfter, policy.maxRetryAfterSeconds) * 1000;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(draw * ceiling);
}
