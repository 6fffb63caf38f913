/**
 * One virtual tablet: the API's base URL, the app's headers, the consultant's access token, and the
 * client that runs its operations.
 */
import type { ApiClient } from './api-client.ts';

/** A tablet and, once logged in, its consultant's token. */
export interface TabletSession {
  readonly api: ApiClient;
  readonly baseUrl: string;
  /** `X-App-Version`. */
  readonly appVersion: string;
  /** The access token, `null` before the login. */
  token: string | null;
}

/** The headers every request of the tablet carries: the app's version and kind, and the token. */
export function tabletHeaders(session: TabletSession): Record<string, string> {
  const headers: Record<string, string> = { 'X-App-Version': session.appVersion, 'X-Client-Kind': 'tablet' };
  if (session.token !== null) headers.Authorization = `Bearer ${session.token}`;
  return headers;
}
