import { ERROR_CODES, type ErrorCode } from './codes.js';

/** Every error code by name, so that code reads `Code.account_locked` instead of a string literal. */
export type CodeMap = { readonly [K in ErrorCode]: K };

/**
 * Every error code as a frozen object whose keys and values are the code itself.
 *
 * @example
 * ```ts
 * if (error.code === Code.account_locked) showLockScreen(error.retryAfter);
 * ```
 */
export const Code: CodeMap = Object.freeze(
  Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [K in ErrorCode]: K },
);

const known: ReadonlySet<string> = new Set(ERROR_CODES);

/** Whether `value` is one of the catalogue's error codes (for narrowing a body's `code`). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && known.has(value);
}
