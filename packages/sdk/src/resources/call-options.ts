/** Options every method takes. */
export interface CallOptions {
  /** Aborts the call (it then fails with `connection_aborted`, `data.userAborted: true`). Default: none. */
  readonly signal?: AbortSignal;
}

/** Options of a method that changes state on the server. */
export interface MutationOptions extends CallOptions {
  /**
   * The `Idempotency-Key` to send. Default: a new UUID per call, reused across the call's own retries.
   * Pass your own to make a repeat of the same action (after the app restarted, say) safe.
   */
  readonly idempotencyKey?: string;
}

/** The openapi-fetch init of a call. */
export function initOf(options: MutationOptions = {}): {
  signal?: AbortSignal;
  headers?: Record<string, string>;
} {
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.idempotencyKey === undefined
      ? {}
      : { headers: { 'Idempotency-Key': options.idempotencyKey } }),
  };
}
