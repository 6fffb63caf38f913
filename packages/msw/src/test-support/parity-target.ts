import type { BackendAdmin } from '@icontact/mock-core';
import { type ClientOptions, createClient, type IContactClient, type RequestEvent } from '@icontact/sdk';

/** One backend the parity scenarios run against: the Fastify mock over loopback, or the MSW handlers. */
export interface ParityTarget {
  /** What it is, for messages. */
  readonly name: string;
  /** The API's base URL. */
  readonly baseUrl: string;
  /** The control handle: the backend's admin surface (the same type behind both adapters). */
  readonly admin: BackendAdmin;
}

/** A client of a target (a tablet on app 3.2.0, the target's clock, fast retries) and its request events. */
export function clientOf(
  target: ParityTarget,
  options: Partial<ClientOptions> = {},
): { client: IContactClient; events: RequestEvent[] } {
  const events: RequestEvent[] = [];
  const client = createClient({
    baseUrl: target.baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    now: () => Date.parse(target.admin.clock().now),
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    timeouts: { requestMs: 5000 },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { client, events };
}
