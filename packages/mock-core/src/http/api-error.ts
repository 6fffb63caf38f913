import type { ErrorCode } from '@icontact/errors';

/** Data fields an error body carries besides `detail`, `code` and `requestId` (`retryAfter`, `opensAt`, …). */
export type ErrorData = Readonly<Record<string, unknown>>;

/** How an {@link ApiError} differs from its catalogue entry. */
export interface ApiErrorOptions {
  /** The body's data fields. Default: none. */
  readonly data?: ErrorData;
  /** Seconds for `Retry-After` and the body's `retryAfter`. Default: the catalogue's, if it has one. */
  readonly retryAfter?: number;
  /** The HTTP status. Default: the catalogue's. */
  readonly status?: number;
  /** The body's `detail`. Default: the catalogue's text for the code. */
  readonly detail?: string;
  /** Extra response headers (lowercase names). Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A refusal of the API: thrown by a rule, answered as the one error body `{ detail, code, requestId, ...data }`.
 * Thrown inside a store transaction, it also undoes every write the operation made.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** The catalogue code. */
  readonly code: ErrorCode;
  /** How the answer differs from the catalogue entry. */
  readonly options: ApiErrorOptions;

  constructor(code: ErrorCode, options: ApiErrorOptions = {}) {
    super(options.detail ?? code);
    this.code = code;
    this.options = options;
  }
}

/** Shorthand for `new ApiError(code, { data, ...options })`. */
export function refuse(
  code: ErrorCode,
  data?: ErrorData,
  options: Omit<ApiErrorOptions, 'data'> = {},
): ApiError {
  return new ApiError(code, data === undefined ? options : { ...options, data });
}
