/**
 * One virtual tablet: the API's base URL, the app's headers, the consultant's access token, the client
 * that runs its operations and the recorder of its checks and metrics.
 */
import type { ApiClient } from './api-client.ts';
import type { Recorder } from './recorder.ts';

/** A tablet and, once logged in, its consultant's token. */
export interface TabletSession {
  readonly api: ApiClient;
  readonly recorder: Recorder;
  readonly baseUrl: string;
  /** `X-App-Version`. */
  readonly appVersion: string;
  /** Milliseconds since a fixed instant (the transport's clock). */
  now(): number;
  /** The access token, `null` before the login. */
  token: string | null;
}

/** The headers every request of the tablet carries: the app's version and kind, and the token. */
export function tabletHeaders(session: TabletSession): Record<string, string> {
  const headers: Record<string, string> = { 'X-App-Version': session.appVersion, 'X-Client-Kind': 'tablet' };
  if (session.token !== null) headers.Authorization = `Bearer ${session.token}`;
  return headers;
}
