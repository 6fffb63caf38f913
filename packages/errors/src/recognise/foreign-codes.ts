import { Code } from '../code.js';
import type { ErrorCode } from '../codes.js';

/**
 * Body codes that Django REST framework and SimpleJWT send by default and that mean one of ours
 * under another name. (Theirs that coincide with ours, such as `token_not_valid`, `not_found` or
 * `permission_denied`, need no entry.)
 */
export const FOREIGN_BODY_CODES: Readonly<Record<string, ErrorCode>> = Object.freeze({
  not_authenticated: Code.authentication_required,
  authentication_failed: Code.token_not_valid,
  throttled: Code.rate_limited,
  parse_error: Code.malformed_json,
  invalid: Code.validation_failed,
});
