import type { ErrorCode } from '@icontact/errors';

/**
 * Types a literal as one of the stable codes of `@icontact/errors`, so that a typo fails to compile.
 *
 * Internal: the rules use it until `@icontact/errors` exports its `Code` object.
 *
 * @param code - the error code
 * @returns the same code, typed as its literal
 */
export function refusalCode<C extends ErrorCode>(code: C): C {
  return code;
}
