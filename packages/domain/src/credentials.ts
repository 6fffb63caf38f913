/**
 * Login and password shape (R3): logins are lowercase, neither field may have spaces around it.
 */
import { Code } from '@icontact/errors';

/** A credential field of the login form. */
export type CredentialField = 'login' | 'password';

/**
 * The login as the lockout counts it: trimmed and lowercased, so that changing case or adding
 * spaces cannot bypass the lock. (Logins are still *compared* exactly at sign-in.)
 *
 * @param login - the login as typed
 */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

const SURROUNDING_WHITESPACE = /^\s|\s$/u;

/** The result of {@link checkCredentialSpacing}. */
export type CredentialSpacingResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: typeof Code.credentials_have_spaces;
      /** The fields with whitespace at the start or end, in form order. */
      readonly fields: readonly CredentialField[];
    };

/**
 * Finds whitespace before or after the login or the password (the SDK warns before sending).
 *
 * @param credentials - the login and password as typed
 */
export function checkCredentialSpacing(credentials: {
  readonly login: string;
  readonly password: string;
}): CredentialSpacingResult {
  const fields: CredentialField[] = [];
  if (SURROUNDING_WHITESPACE.test(credentials.login)) fields.push('login');
  if (SURROUNDING_WHITESPACE.test(credentials.password)) fields.push('password');
  return fields.length === 0 ? { ok: true } : { ok: false, code: Code.credentials_have_spaces, fields };
}
