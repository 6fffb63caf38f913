import { Code } from '@icontact/errors';
import { ConnectionError, type ConnectionErrorInit } from './connection-error.js';
import type { NarrowableError } from './icontact-error.js';

/**
 * An attempt took longer than its timeout (the SDK's `timeout`, per call or `timeouts.requestMs`, or
 * the runtime's own headers/body timeout). Code `request_timeout`; retryable like the catalogue says,
 * and the SDK has already retried it `maxRetries` times. `maybeApplied` is true: the server may have
 * acted on a request whose answer did not come in time.
 */
export class RequestTimeoutError extends ConnectionError {
  override readonly name: string = 'RequestTimeoutError';

  /** `error instanceof RequestTimeoutError` narrows to a union over the codes (see {@link NarrowableError}). */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError<RequestTimeoutError> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  constructor(init: Omit<ConnectionErrorInit, 'code'>) {
    super({ ...init, code: Code.request_timeout });
  }
}
