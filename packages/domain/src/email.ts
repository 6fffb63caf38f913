/**
 * The password-reset email rule (R6, guide #12 "Укажите валидный email").
 */

import { Code } from '@icontact/errors';
import isEmailModule from 'validator/lib/isEmail.js';

/**
 * Why an address is refused: `empty`, `spaces` (whitespace before, after or inside it — the guide's
 * typical mistake) or `syntax` (not a plain `local@domain.tld` address).
 */
export type EmailFailureReason = 'empty' | 'spaces' | 'syntax';

/** The result of {@link validateResetEmail}. */
export type EmailResult =
  | {
      readonly ok: true;
      /** The address exactly as given (it was valid without any cleaning). */
      readonly email: string;
    }
  | { readonly ok: false; readonly code: typeof Code.invalid_email; readonly reason: EmailFailureReason };

// validator's CommonJS module exports the function both as itself and as its `default`.
const isEmail = isEmailModule.default;
const WHITESPACE = /\s/u;

/**
 * Validates the address a consultant enters to reset the password. Nothing is trimmed: an address
 * with a space around it is refused, as the guide says the real app does.
 *
 * The syntax is a pragmatic subset of RFC 5322 (validator.js `isEmail` with its defaults, an ASCII
 * local part and no quoted local parts): a dot-atom local part, `@`, a domain name with a top-level
 * domain; no display names, no IP-literal domains, at most 254 characters.
 *
 * @param input - the address as typed
 * @returns the address, or `invalid_email` with the reason
 */
export function validateResetEmail(input: string): EmailResult {
  if (input.length === 0) return { ok: false, code: Code.invalid_email, reason: 'empty' };
  if (WHITESPACE.test(input)) return { ok: false, code: Code.invalid_email, reason: 'spaces' };
  const valid = !input.startsWith('"') && isEmail(input, { allow_utf8_local_part: false });
  if (!valid) return { ok: false, code: Code.invalid_email, reason: 'syntax' };
  return { ok: true, email: input };
}
