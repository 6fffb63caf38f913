import type { ErrorCode, Operation } from '@icontact/errors';
import type { ErrorData } from './error-data.js';
import { IContactError, type NarrowableError } from './icontact-error.js';

/** What an {@link ApiError} is built from. */
export interface ApiErrorInit {
  readonly code: ErrorCode;
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly detail?: string;
  readonly data?: ErrorData;
  readonly requestId?: string;
  readonly operation?: Operation;
  readonly maybeApplied?: boolean;
}

/** The server answered with an error status. Keeps the whole answer: status, headers and body. */
export class ApiError extends IContactError {
  override readonly name: string = 'ApiError';

  /** `error instanceof ApiError` narrows to a union over the codes (see {@link NarrowableError}). */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError<ApiError> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** The HTTP status of the answer. */
  declare readonly status: number;
  /** The answer's headers. */
  readonly headers: Headers;
  /** The answer's body, parsed as JSON when it was JSON, else its text. */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init);
    this.headers = init.headers;
    this.body = init.body;
  }
}
