import type { FaultDecision } from '@icontact/faults';

/** A request header value as adapters hand it over: Node gives arrays for repeated headers. */
export type HeaderValue = string | readonly string[] | undefined;

/** A request as an adapter hands it to {@link Backend.handle}: nothing framework-specific. */
export interface BackendRequest {
  /** The HTTP method, any case. */
  readonly method: string;
  /** The path and query as the client sent them, e.g. `/api/v1/shifts?from=2026-11-24`; an absolute URL works too. */
  readonly url: string;
  /** The request headers; names in any case. */
  readonly headers: Readonly<Record<string, HeaderValue>>;
  /** The raw body as text (`undefined` or `''` when there is none). */
  readonly bodyText?: string | undefined;
  /** The client's address, for logs. */
  readonly remoteAddress?: string | undefined;
  /**
   * Aborts when the client goes away before its answer was sent. A `latency` fault with timing `before`
   * then leaves the request unapplied. Default: none (the client is assumed to wait).
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * The contract path template (base path included, e.g. `/api/v1/shifts/{shiftId}`) that the adapter's
   * own router matched for this method, one of {@link Backend.routes}: the core then takes the operation
   * from it rather than routing the URL again. Default: the core routes the URL.
   */
  readonly routed?: string | undefined;
}

/** A response to send as it is. `body` is JSON (serialise it with `JSON.stringify`) or `null` for no body. */
export interface BackendResponse {
  readonly status: number;
  /** Response headers, names lowercase. `content-type` is set whenever there is a body. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `null` (204, 202 without a body). */
  readonly body: unknown;
}

/** What {@link Backend.handle} returns. */
export type BackendResult =
  | ({ readonly kind: 'response' } & BackendResponse)
  | {
      readonly kind: 'wire_fault';
      /** The fault engine's decision: `action` says what to do on the wire. */
      readonly fault: FaultDecision;
      /**
       * The answer the wire fault acts on: for `latency` (timing `after`; a `before` latency is waited
       * out by the core, which then answers `kind: 'response'`), the answer to send after the delay; for
       * `reset_mid_body`, the answer whose headers and first part are sent; for `follow_up_loop`, the
       * loop's answer (a 302 to the same URL, a 429 with `Retry-After: 0`, or a 401); with timing
       * `after`, the real answer of the applied request that the wire then loses. Absent for an
       * `abort` before the request was applied.
       */
      readonly response?: BackendResponse;
    };
