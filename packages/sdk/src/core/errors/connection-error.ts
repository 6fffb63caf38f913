import type { ErrorCode, Operation } from '@icontact/errors';
import type { ErrorData } from './error-data.js';
import { IContactError, type NarrowableError } from './icontact-error.js';

/** What a {@link ConnectionError} is built from. */
export interface ConnectionErrorInit {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly cause?: unknown;
  readonly data?: ErrorData;
  readonly operation?: Operation;
  readonly requestId?: string;
  readonly status?: number;
  readonly evidence: string;
  readonly neverSent: boolean;
  readonly maybeApplied?: boolean;
}

/**
 * No complete answer came: DNS failure, refused or timed-out connect, a stream cut mid-body, an
 * aborted connection, a follow-up loop, the SDK's timeout. `cause` keeps what the runtime threw.
 */
export class ConnectionError extends IContactError {
  override readonly name: string = 'ConnectionError';

  /** `error instanceof ConnectionError` narrows to a union over the codes (see {@link NarrowableError}). */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError<ConnectionError> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** The low-level code or message that decided the classification (`ECONNREFUSED`, `terminated`, …). */
  readonly evidence: string;
  /** The request certainly never reached the server (DNS or connect failure). */
  readonly neverSent: boolean;

  constructor(init: ConnectionErrorInit) {
    super(init);
    this.evidence = init.evidence;
    this.neverSent = init.neverSent;
  }
}
