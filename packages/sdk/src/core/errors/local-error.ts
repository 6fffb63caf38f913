import type { ErrorCode, Operation } from '@icontact/errors';
import type { ErrorData } from './error-data.js';
import { IContactError, type NarrowableError } from './icontact-error.js';

/** What a {@link LocalError} is built from. */
export interface LocalErrorInit {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly data?: ErrorData;
  readonly operation?: Operation;
  readonly cause?: unknown;
}

/**
 * Refused on the device, before any request: spaces around the credentials, an invalid ИИН or phone,
 * a contact step out of order, a full storage.
 */
export class LocalError extends IContactError {
  override readonly name: string = 'LocalError';

  /** `error instanceof LocalError` narrows to a union over the codes (see {@link NarrowableError}). */
  static override [Symbol.hasInstance](value: unknown): value is NarrowableError<LocalError> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` names, a subclass's included
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  constructor(init: LocalErrorInit) {
    super(init);
  }
}
