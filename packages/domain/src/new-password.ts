/**
 * The new password rule of decision 0001 (R6): 8–128 characters, no spaces at either end (the
 * guide's most common login mistake), not all digits.
 */

/** Why a new password is refused. */
export type WeakPasswordReason = 'too_short' | 'too_long' | 'surrounding_spaces' | 'all_digits';

/** The reasons a new password is refused, in the order above; `[]` when it is acceptable. */
export function weakPasswordReasons(password: string): WeakPasswordReason[] {
  const reasons: WeakPasswordReason[] = [];
  const length = [...password].length;
  if (length < 8) reasons.push('too_short');
  if (length > 128) reasons.push('too_long');
  if (/^\s|\s$/u.test(password)) reasons.push('surrounding_spaces');
  if (/^\d+$/.test(password)) reasons.push('all_digits');
  return reasons;
}

/** A message for each reason, for the error body's `errors`. */
export const WEAK_PASSWORD_MESSAGES: Readonly<Record<WeakPasswordReason, string>> = {
  too_short: 'The password must have at least 8 characters.',
  too_long: 'The password must have at most 128 characters.',
  surrounding_spaces: 'The password must not start or end with a space.',
  all_digits: 'The password must not be all digits.',
};
