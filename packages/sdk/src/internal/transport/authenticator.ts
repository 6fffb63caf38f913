/**
 * What the transport asks about the session, per attempt (as OkHttp's `Authenticator`): the header
 * to send, and what to do about a 401 `token_not_valid`.
 */
export interface Authenticator {
  /** The `Authorization` value for the next attempt (refreshing first when the token is about to expire). */
  authorization(): Promise<string | undefined>;
  /**
   * A 401 `token_not_valid` came back for an attempt sent with `sentAuthorization`. Resolves `true`
   * when a new token is in place and the request may be sent again (concurrent calls share one refresh).
   */
  reauthenticate(sentAuthorization: string | undefined): Promise<boolean>;
}
