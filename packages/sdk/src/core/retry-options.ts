/** How the SDK repeats a request that failed transiently. */
export interface RetryOptions {
  /** Retries after the first attempt, for retryable failures. Default `3`. `0` disables retries. */
  readonly maxRetries?: number;
  /** Ceiling of the first backoff delay in ms (full jitter: the delay is random in [0, ceiling)). Default `250`. */
  readonly initialDelayMs?: number;
  /** Largest backoff ceiling in ms; the ceiling doubles per retry up to it. Default `8000`. */
  readonly maxDelayMs?: number;
  /**
   * Longest `Retry-After` the SDK waits out by itself, in seconds. An answer asking for longer is
   * not repeated: its error carries `data.retryAfter` for the app to schedule. Default `30`.
   */
  readonly maxRetryAfterSeconds?: number;
  /**
   * Follow-ups (redirects, 429 waits, retries, re-authentications) before the call fails with
   * `too_many_follow_ups` ("Too many follow-up requests: 21"), as OkHttp does. Default `20`.
   */
  readonly maxFollowUps?: number;
}

/** Per-request time limits. */
export interface TimeoutOptions {
  /** Longest time for one attempt (connect, headers and the whole body), in ms. Default `30000`. */
  readonly requestMs?: number;
}

/** {@link RetryOptions} with every default applied. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** {@link TimeoutOptions} with every default applied. */
export type ResolvedTimeoutOptions = Required<TimeoutOptions>;

/** Applies the defaults of {@link RetryOptions}. */
export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return {
    maxRetries: options.maxRetries ?? 3,
    initialDelayMs: options.initialDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8000,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 30,
    maxFollowUps: options.maxFollowUps ?? 20,
  };
}

/** Applies the defaults of {@link TimeoutOptions}. */
export function resolveTimeoutOptions(options: TimeoutOptions = {}): ResolvedTimeoutOptions {
  return { requestMs: options.requestMs ?? 30_000 };
}
