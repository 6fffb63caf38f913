/** The session's tokens, as `POST /auth/token` and `POST /auth/token/refresh` return them. */
export interface TokenPair {
  /** The access token (sent as `Authorization: Bearer …`). */
  readonly access: string;
  /** The refresh token (rotated on each refresh). */
  readonly refresh: string;
  /** When the access token expires, ISO 8601. */
  readonly accessExpiresAt: string;
  /** When the refresh token expires, ISO 8601. */
  readonly refreshExpiresAt: string;
}

/**
 * Where the SDK keeps the session's tokens. The default keeps them in memory; a tablet app that
 * must survive a restart stores them in its secure storage (Keychain / Keystore through
 * `react-native-keychain` or `expo-secure-store`) behind these two methods.
 */
export interface TokenStore {
  /** The current tokens, or `null` when logged out. */
  get(): Promise<TokenPair | null>;
  /** Replaces the tokens (`null` logs out). */
  set(tokens: TokenPair | null): Promise<void>;
}

/** A {@link TokenStore} in memory (lost on restart). */
export function createMemoryTokenStore(initial: TokenPair | null = null): TokenStore {
  let tokens = initial;
  return {
    async get() {
      return tokens;
    },
    async set(next) {
      tokens = next;
    },
  };
}
