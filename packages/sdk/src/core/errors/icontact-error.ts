import {
  buildDiagnosticReport,
  type ErrorCode,
  getEntry,
  type Lang,
  type LocalizedText,
  type Operation,
  type RetryPolicy,
} from '@icontact/errors';
import type { ErrorData } from './error-data.js';
import type { ErrorDataOf } from './error-data-by-code.js';

/** What the app adds to an error's diagnostic report (guide entry #1 asks for the shift number and app version). */
export interface DiagnosticContext {
  /** The shift's number as the app shows it. Default: printed as "not given". */
  readonly shiftNumber?: string | number;
  /** The app's version. Default: printed as "not given". */
  readonly appVersion?: string;
  /** The consultant's login. Default: no such line. */
  readonly consultantLogin?: string;
  /** When the error happened. Default: now. */
  readonly at?: Date;
  /** The report's language. Default `'ru'`. */
  readonly lang?: Lang;
}

/** What every {@link IContactError} is built from. */
export interface IContactErrorInit {
  /** The catalogue code. */
  readonly code: ErrorCode;
  /** What happened, in the words of the server or of the SDK. Default: the catalogue's English message. */
  readonly detail?: string;
  /** The answer's or the SDK's data. Default: `{}`. */
  readonly data?: ErrorData;
  /** What the client was doing (the catalogue's operation, e.g. `checkIin`). */
  readonly operation?: Operation;
  /** The HTTP status, for an answer. */
  readonly status?: number;
  /** The server's request id (`X-Request-Id` or the body's `requestId`). */
  readonly requestId?: string;
  /** What was thrown underneath (a transport error, a storage error). */
  readonly cause?: unknown;
  /** The server may have applied the request although no answer said so. Default `false`. */
  readonly maybeApplied?: boolean;
  /** A retry policy that replaces the catalogue's (a caller's abort: `never`). Default: the catalogue's. */
  readonly retry?: RetryPolicy;
}

function policyFor(code: ErrorCode, data: ErrorData): RetryPolicy {
  const catalogued = getEntry(code).retry;
  if (data.retryAfter !== undefined && (catalogued.when === 'after' || catalogued.when === 'now')) {
    return { when: 'after', seconds: data.retryAfter };
  }
  return catalogued;
}

/**
 * An error of class `E` whose `code` is `C` and whose `data` is typed by that code.
 */
export type ErrorOfCode<E extends IContactError, C extends ErrorCode> = Omit<E, 'code' | 'data'> & {
  readonly code: C;
  readonly data: ErrorDataOf<C>;
};

/**
 * An error of class `E` as a union over the codes, which a compiler narrows by `code`: after
 * `error.code === 'rate_limited'`, `error.data.retryAfter` is a `number`. `instanceof` on the SDK's
 * error classes narrows to it.
 */
export type NarrowableError<E extends IContactError = IContactError> = {
  readonly [C in ErrorCode]: ErrorOfCode<E, C>;
}[ErrorCode];

/**
 * The base of every error the SDK throws: a catalogue code with its remedy and retry policy.
 *
 * Catch it, switch on `code` (compare with `Code.*` from `@icontact/errors`), show `remedy.ru` to the
 * consultant, and send `toDiagnostic()` to the supervisor when the error persists.
 */
export class IContactError extends Error {
  override readonly name: string = 'IContactError';
  /** The stable catalogue code. */
  readonly code: ErrorCode;
  /** The HTTP status, when the failure is an answer. */
  readonly status: number | undefined;
  /** The server's request id, when the failure is an answer. */
  readonly requestId: string | undefined;
  /** Whether repeating the same action can succeed (now, or after `retry.seconds`). */
  readonly retryable: boolean;
  /** When a retry can help (the catalogue's policy; an answer's `Retry-After` makes it `after`). */
  readonly retry: RetryPolicy;
  /** What the consultant does, in Russian and English. */
  readonly remedy: LocalizedText;
  /** What happened, in the words of the server or of the SDK. */
  readonly detail: string;
  /** The answer's or the SDK's data (`retryAfter`, `opensAt`, `currentStep`, …). */
  readonly data: ErrorData;
  /** What the client was doing (the catalogue's operation, e.g. `checkIin`), when known. */
  readonly operation: Operation | undefined;
  /**
   * The server may have applied the request: an attempt of it was lost after it was sent (a cut
   * stream, a reset, a timeout), whatever the last attempt answered. Repeat the action with the same
   * `Idempotency-Key` (the SDK's contact steps and shift close do so by themselves) so that the server
   * replays its answer instead of acting twice.
   */
  readonly maybeApplied: boolean;

  /**
   * `error instanceof IContactError` narrows to {@link NarrowableError}: switch on `code` and `data`
   * follows. Run-time semantics are the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  constructor(init: IContactErrorInit) {
    const entry = getEntry(init.code);
    const detail = init.detail ?? entry.message.en;
    super(`${detail} [${init.code}]`, init.cause === undefined ? undefined : { cause: init.cause });
    const given = init.data ?? {};
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.retry = init.retry ?? policyFor(init.code, given);
    // A code whose policy is `after` always says how long: the answer's delay, else the catalogue's.
    const data =
      this.retry.when === 'after' && given.retryAfter === undefined
        ? { ...given, retryAfter: this.retry.seconds }
        : given;
    this.retryable = this.retry.when === 'now' || this.retry.when === 'after';
    this.remedy = entry.remedy;
    this.detail = detail;
    this.data = data;
    this.operation = init.operation;
    this.maybeApplied = init.maybeApplied ?? false;
  }

  /**
   * A report for the supervisor (guide entry #1: the shift number and the app version with the error),
   * built by the catalogue's `buildDiagnosticReport`.
   */
  toDiagnostic(context: DiagnosticContext = {}): string {
    const { at = new Date(), lang = 'ru', ...rest } = context;
    return buildDiagnosticReport({
      ...rest,
      at,
      lang,
      code: this.code,
      detail: this.detail,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.operation === undefined ? {} : { operation: this.operation }),
    });
  }
}
