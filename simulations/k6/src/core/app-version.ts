/** The minimum app version the server publishes (`GET /app/version`), which the virtual tablets send. */

import type { ApiClient } from './api-client.ts';
import { ADMIN_STEP } from './steps.ts';

/** The server's `minimumVersion`, or `null` when it does not say. */
export async function minimumAppVersion(api: ApiClient, baseUrl: string): Promise<string | null> {
  const res = await api.send({
    step: ADMIN_STEP,
    method: 'GET',
    url: `${baseUrl}/app/version`,
    name: '/app/version',
    headers: { 'X-Client-Kind': 'tablet', 'X-App-Version': '0.0.0' },
    expect: [200],
  });
  const version = res.ok ? (res.body as { minimumVersion?: unknown }).minimumVersion : undefined;
  return typeof version === 'string' ? version : null;
}
