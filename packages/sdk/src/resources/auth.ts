import { checkCredentialSpacing, normaliseLogin, validateResetEmail } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { LocalError } from '../core/errors/local-error.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { TokenResponse, User } from '../types.js';
import { type CallOptions, initOf } from './call-options.js';

/** What `auth.login` takes. */
export interface LoginInput {
  /** The login as typed; trimmed and lowercased before it is sent (guide #5). */
  readonly login: string;
  /** The password as typed; refused locally when it has spaces around it. */
  readonly password: string;
}

/** Login, logout, the current user, and the password reset by email. */
export class AuthResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /**
   * Logs in and keeps the tokens in the token store. The login is trimmed and lowercased before it is
   * sent (the guide's most common error); a password with spaces around it is refused locally with
   * `credentials_have_spaces` (`LocalError`) and never sent.
   *
   * @returns the user the server logged in
   */
  async login(input: LoginInput, options: CallOptions = {}): Promise<User> {
    const spacing = checkCredentialSpacing(input);
    if (!spacing.ok && spacing.fields.includes('password')) {
      throw new LocalError({
        code: Code.credentials_have_spaces,
        detail: 'The password has spaces before or after it: type it again without them.',
        data: { fields: spacing.fields },
        operation: 'obtainToken',
      });
    }
    const answer: TokenResponse = await unwrap(
      this.#context.raw.POST('/auth/token', {
        body: { login: normaliseLogin(input.login), password: input.password },
        ...initOf(options),
      }),
    );
    const { user, ...tokens } = answer;
    await this.#context.tokenStore.set(tokens);
    return user;
  }

  /** Logs out: revokes the refresh token on the server, then forgets the tokens (even when offline). */
  async logout(options: CallOptions = {}): Promise<void> {
    try {
      if ((await this.#context.tokenStore.get()) !== null) {
        await unwrap(this.#context.raw.POST('/auth/logout', initOf(options)));
      }
    } finally {
      await this.#context.tokenStore.set(null);
    }
  }

  /** The logged-in user. */
  me(options: CallOptions = {}): Promise<User> {
    return unwrap(this.#context.raw.GET('/auth/me', initOf(options)));
  }

  /** Whether the token store holds a session. */
  async isLoggedIn(): Promise<boolean> {
    return (await this.#context.tokenStore.get()) !== null;
  }

  /** Refreshes the tokens now (concurrent calls share one refresh). Resolves `false` when there is no session. */
  async refresh(): Promise<boolean> {
    return (await this.#context.session.refresh()) !== null;
  }

  /**
   * Asks for a password-reset email. The address is checked locally first (`invalid_email`, guide
   * #12: a typo after "@" or a space around it); the server answers the same whether or not an
   * account has it.
   */
  async requestPasswordReset(email: string, options: CallOptions = {}): Promise<void> {
    const checked = validateResetEmail(email);
    if (!checked.ok) {
      throw new LocalError({
        code: Code.invalid_email,
        detail: `The email address is not valid (${checked.reason}): check it for spaces and for a typo after "@".`,
        data: { reason: checked.reason },
        operation: 'requestPasswordReset',
      });
    }
    await unwrap(this.#context.raw.POST('/auth/password-reset', { body: { email }, ...initOf(options) }));
  }

  /** Sets a new password with the token from the reset email. Then log in on the tablet with it. */
  async confirmPasswordReset(
    input: { token: string; newPassword: string },
    options: CallOptions = {},
  ): Promise<void> {
    await unwrap(this.#context.raw.POST('/auth/password-reset/confirm', { body: input, ...initOf(options) }));
  }
}
