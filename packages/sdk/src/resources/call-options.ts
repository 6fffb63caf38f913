import type { Middleware } from 'openapi-fetch';
import { addCallOverrides, type CallOverrides } from '../internal/transport/call-overrides.js';

/** Options every method takes (and {@link IContactClient.withOptions} sets for a derived client). */
export interface RequestOptions {
  /** Longest time for one attempt, in ms. Default: the client's `timeouts.requestMs` (30000). */
  readonly timeout?: number;
  /** Retries after the first attempt, for retryable failures. Default: the client's `retry.maxRetries` (3). */
  readonly maxRetries?: number;
  /** Extra headers for the request (the SDK's own — `X-App-Version`, `X-Client-Kind`, `Authorization` — win). Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options every method takes. */
export interface CallOptions extends RequestOptions {
  /** Aborts the call: it then fails with a `RequestAbortedError` (never retryable). Default: none. */
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

/** The openapi-fetch init of a call (a type literal: openapi-fetch's init has an index signature). */
export type CallInit = {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  middleware?: Middleware[];
};

/** A middleware that hands the transport what a call or a derived client overrides. */
export function overridesMiddleware(options: RequestOptions): Middleware | undefined {
  const overrides: CallOverrides = {
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
  };
  if (Object.keys(overrides).length === 0) return undefined;
  return {
    onRequest({ request }) {
      addCallOverrides(request, overrides);
    },
  };
}

/** The openapi-fetch init of a call. */
export function initOf(options: MutationOptions = {}): CallInit {
  const headers = {
    ...options.headers,
    ...(options.idempotencyKey === undefined ? {} : { 'Idempotency-Key': options.idempotencyKey }),
  };
  const middleware = overridesMiddleware(options);
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(Object.keys(headers).length === 0 ? {} : { headers }),
    ...(middleware === undefined ? {} : { middleware: [middleware] }),
  };
}
