import { Code, type Operation } from '@icontact/errors';
import { IContactError, type NarrowableError } from './icontact-error.js';

/** What a {@link RequestAbortedError} is built from. */
export interface RequestAbortedErrorInit {
  /** What the caller's signal was aborted with. */
  readonly cause?: unknown;
  readonly operation?: Operation;
  /** The `X-Request-Id` the SDK sent with the attempt the abort cut. */
  readonly requestId?: string;
  /** An attempt was sent before the abort: the server may have applied it. */
  readonly maybeApplied: boolean;
}

/**
 * The caller aborted the call through its `signal`. A decision, not a failure of the network: it is
 * never retryable (`retryable: false`, `retry.when: 'never'`), by the SDK or by an app that trusts
 * `retryable`. Its `code` is `request_aborted` — a client-side code of its own, not the retryable
 * transport failure `connection_aborted` — and `data.userAborted` is `true`. When
 * `maybeApplied` is true, repeat the action with the same `Idempotency-Key` if the user asks again.
 */
export class RequestAbortedError extends IContactError {
  override readonly name: string = 'RequestAbortedError';

  /** `error instanceof RequestAbortedError` narrows to a union over the codes (see {@link NarrowableError}). */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError<RequestAbortedError> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  constructor(init: RequestAbortedErrorInit) {
    super({
      code: Code.request_aborted,
      detail: 'The request was aborted by the caller.',
      data: { userAborted: true },
      maybeApplied: init.maybeApplied,
      ...(init.cause === undefined ? {} : { cause: init.cause }),
      ...(init.operation === undefined ? {} : { operation: init.operation }),
      ...(init.requestId === undefined ? {} : { requestId: init.requestId }),
    });
  }
}
