import type { IContactError } from './errors/icontact-error.js';

/** What every request event carries. */
interface RequestEventBase {
  /** The SDK's id of this logical call (stable across its retries). */
  readonly callId: string;
  /** The SDK operation, e.g. `POST /shifts/{shiftId}/sync`. */
  readonly operation: string | undefined;
  /** The HTTP method. */
  readonly method: string;
  /** The URL of the first attempt. */
  readonly url: string;
}

/** A logical call begins (once per call, before its first attempt). */
export interface RequestStartEvent extends RequestEventBase {
  readonly type: 'request:start';
}

/** An attempt failed or was answered with a follow-up; the SDK will send the request again. */
export interface RequestRetryEvent extends RequestEventBase {
  readonly type: 'request:retry';
  /** The attempt about to be made (2 for the first retry). */
  readonly attempt: number;
  /** How long the SDK waits before it, in milliseconds. */
  readonly delayMs: number;
  /** Why: `retry` (a retryable failure), `redirect`, `throttled` (a 429 waited out) or `reauthenticate` (401). */
  readonly reason: 'retry' | 'redirect' | 'throttled' | 'reauthenticate';
  /** The failure that caused it, for `retry` and `throttled`. */
  readonly error?: IContactError;
}

/** The call got a successful answer. */
export interface RequestEndEvent extends RequestEventBase {
  readonly type: 'request:end';
  /** The final HTTP status. */
  readonly status: number;
  /** Attempts made, the first included. */
  readonly attempts: number;
  /** Time from start to end, in milliseconds. */
  readonly durationMs: number;
}

/** The call failed: a transport failure after its retries, or an error answer. */
export interface RequestFailEvent extends RequestEventBase {
  readonly type: 'request:fail';
  /** The failure, as the SDK will throw it. */
  readonly error: IContactError;
  /** Attempts made, the first included. */
  readonly attempts: number;
  /** Time from start to failure, in milliseconds. */
  readonly durationMs: number;
}

/** Every event of a request's life, for progress display and for the QA harness to count retries. */
export type RequestEvent = RequestStartEvent | RequestRetryEvent | RequestEndEvent | RequestFailEvent;

/** A listener for {@link RequestEvent}s. It must not throw (a throwing listener is ignored). */
export type RequestEventListener = (event: RequestEvent) => void;

/**
 * A minimal logger: `console` fits as it is; for pino, adapt the argument order
 * (`info: (message, fields) => log.info(fields, message)`). Each method gets a message and structured fields.
 */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}
