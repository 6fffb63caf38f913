import type { ErrorCode } from '@icontact/errors';
import type { FaultTiming, FollowUpMode, RequestFaultSpec } from './fault-spec.js';
import type { RandomStream } from './seeded-random.js';

/** Where a fault that struck came from: registered with the engine, or the request's own header. */
export type FaultSource = 'registered' | 'header';

/** Answer with an HTTP error carrying a catalogue code. */
export interface HttpFaultAction {
  readonly kind: 'http';
  /** The HTTP status. */
  readonly status: number;
  /** The body's `code`. */
  readonly code: ErrorCode;
  /** Seconds for `Retry-After` and the body's `retryAfter`; absent: send no `Retry-After`. */
  readonly retryAfter?: number;
  /** The body's `detail`; absent: the catalogue's text for `code`. */
  readonly detail?: string;
  /** The body's `appCode` (101 for the sync "101 ошибка"); absent: none. */
  readonly appCode?: number;
}

/** Answer with follow-ups that never end: `redirect` (302/307 to itself), `401`, `407` or `429` (`Retry-After: 0`). */
export interface FollowUpLoopFaultAction {
  readonly kind: 'follow_up_loop';
  readonly mode: FollowUpMode;
}

/** Send the headers and `fraction` of the body, then destroy the socket. */
export interface ResetMidBodyFaultAction {
  readonly kind: 'reset_mid_body';
  /** The share of the body to send, above 0 and below 1. */
  readonly fraction: number;
}

/** Destroy the socket before any byte of the response. */
export interface AbortFaultAction {
  readonly kind: 'abort';
}

/** Wait `delayMs` (jitter already drawn), then go on. */
export interface LatencyFaultAction {
  readonly kind: 'latency';
  /** The delay in milliseconds. */
  readonly delayMs: number;
}

/** What the adapter does to a request a fault struck. */
export type RequestFaultAction =
  | HttpFaultAction
  | FollowUpLoopFaultAction
  | ResetMidBodyFaultAction
  | AbortFaultAction
  | LatencyFaultAction;

/** The answer of `decide` when a fault strikes a request. */
export interface FaultDecision {
  /** The id of the fault that struck (a header fault without an id is `header`). */
  readonly faultId: string;
  /** Registered with the engine, or carried by the request's `X-Mock-Fault` header. */
  readonly source: FaultSource;
  /**
   * `before`: do not apply the request. `after`: apply and commit it, then carry out `action` instead of
   * sending its response (for `latency`: delay the response).
   */
  readonly timing: FaultTiming;
  /** Which attempt of this request it is (1 for the first). */
  readonly attempt: number;
  /** What to do on the wire. */
  readonly action: RequestFaultAction;
}

/** The answer of `connection` when a fault strikes a DNS answer or a TCP connect. */
export interface ConnectionDecision {
  /** The id of the fault that struck. */
  readonly faultId: string;
  /**
   * `dns_failure`: the DNS responder answers `nodata` (no address) or `nxdomain` for the mock's hostname;
   * `refuse`: the connection is refused.
   */
  readonly action:
    | { readonly kind: 'dns_failure'; readonly answer: 'nodata' | 'nxdomain' }
    | { readonly kind: 'refuse' };
}

/** The state of KOMPRA for one ИИН check. */
export type KompraCondition =
  | { readonly state: 'up' }
  | { readonly state: 'down'; readonly faultId: string }
  | { readonly state: 'slow'; readonly delayMs: number; readonly faultId: string };

/** The state of the SMS gateway for one send. */
export type SmsCondition =
  | { readonly state: 'up' }
  | { readonly state: 'down'; readonly faultId: string }
  | { readonly state: 'not_delivered'; readonly faultId: string };

/** The condition type of each upstream. */
export interface UpstreamConditions {
  readonly kompra: KompraCondition;
  readonly sms: SmsCondition;
}

/** Turns a request fault into what the adapter does, drawing the latency's jitter from `random`. */
export function requestActionOf(spec: RequestFaultSpec, random: RandomStream): RequestFaultAction {
  switch (spec.kind) {
    case 'http':
      return {
        kind: 'http',
        status: spec.status,
        code: spec.code,
        ...(spec.retryAfter === undefined ? {} : { retryAfter: spec.retryAfter }),
        ...(spec.detail === undefined ? {} : { detail: spec.detail }),
        ...(spec.appCode === undefined ? {} : { appCode: spec.appCode }),
      };
    case 'follow_up_loop':
      return { kind: 'follow_up_loop', mode: spec.mode };
    case 'reset_mid_body':
      return { kind: 'reset_mid_body', fraction: spec.fraction };
    case 'abort':
      return { kind: 'abort' };
    case 'latency': {
      const spread = spec.jitter === 0 ? 0 : random.int(-spec.jitter, spec.jitter);
      return { kind: 'latency', delayMs: Math.max(0, spec.ms + spread) };
    }
  }
}
