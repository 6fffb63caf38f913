import { Code } from '@icontact/errors';
import { IContactError } from '../core/errors/icontact-error.js';
import type { Authenticator } from '../internal/transport/authenticator.js';
import type { TokenPair, TokenStore } from './token-store.js';

/** What the session is built from. */
export interface SessionOptions {
  readonly store: TokenStore;
  /** Exchanges a refresh token for a new pair (`POST /auth/token/refresh`); throws an `IContactError`. */
  readonly refresh: (refreshToken: string) => Promise<TokenPair>;
  /** Refresh this long before the access token expires, in ms. */
  readonly refreshLeewayMs: number;
  /** The clock, epoch ms. */
  readonly now: () => number;
}

/** Codes of a refresh that mean the session is over (log in again), not a passing failure. */
const SESSION_OVER: ReadonlySet<string> = new Set([
  Code.token_not_valid,
  Code.authentication_required,
  Code.account_deleted,
]);

/**
 * The session behind every authenticated request: it hands out the access token, refreshes it shortly
 * before it expires and once after a 401 `token_not_valid`, and makes concurrent callers share one
 * refresh (the refresh token rotates, so two refreshes would revoke each other).
 */
export class Session implements Authenticator {
  readonly #options: SessionOptions;
  #inflight: Promise<TokenPair | null> | undefined;

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  /** `Bearer <access>`, refreshed first when it expires within the leeway; `undefined` when logged out. */
  async authorization(): Promise<string | undefined> {
    let tokens = await this.#options.store.get();
    if (tokens === null) return undefined;
    const expiresAt = Date.parse(tokens.accessExpiresAt);
    if (Number.isFinite(expiresAt) && expiresAt - this.#options.now() <= this.#options.refreshLeewayMs) {
      try {
        tokens = (await this.refresh()) ?? tokens;
      } catch {
        // A refresh that failed on the network: the current token may still be good; the server decides.
      }
    }
    return `Bearer ${tokens.access}`;
  }

  /** After a 401: refresh unless another call already did since `sentAuthorization` was sent. */
  async reauthenticate(sentAuthorization: string | undefined): Promise<boolean> {
    await this.#inflight?.catch(() => undefined);
    const tokens = await this.#options.store.get();
    if (tokens === null) return false;
    if (sentAuthorization !== `Bearer ${tokens.access}`) return true;
    try {
      return (await this.refresh()) !== null;
    } catch {
      return false;
    }
  }

  /**
   * Refreshes the tokens once for every concurrent caller. Resolves the new pair, or `null` when
   * there is no session; a refresh the server refuses (`token_not_valid`) ends the session.
   */
  refresh(): Promise<TokenPair | null> {
    this.#inflight ??= this.#refreshOnce().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #refreshOnce(): Promise<TokenPair | null> {
    const tokens = await this.#options.store.get();
    if (tokens === null) return null;
    try {
      const next = await this.#options.refresh(tokens.refresh);
      await this.#options.store.set(next);
      return next;
    } catch (error) {
      if (error instanceof IContactError && SESSION_OVER.has(error.code)) {
        await this.#options.store.set(null);
        return null;
      }
      throw error;
    }
  }
}
