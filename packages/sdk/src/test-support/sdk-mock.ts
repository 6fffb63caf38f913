import { createLookup, createMockServer, type MockServer } from '@icontact/mock-server';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type ClientOptions, createClient, type IContactClient } from '../client.js';
import type { RequestEvent } from '../core/events.js';
import type { FetchLike } from '../internal/transport/send-attempt.js';

/** The admin surface of the mock's backend (reset, clock, faults, state). */
export type MockAdmin = MockServer['backend']['admin'];

/** The mock every test of a file shares, and helpers to make clients of it. */
export interface SdkMock {
  readonly server: MockServer;
  readonly admin: MockAdmin;
  /** The API's base URL (`…/api/v1`). */
  readonly apiUrl: string;
  /** The admin API's base URL (`…/__admin`). */
  readonly adminUrl: string;
  /** The mock's virtual clock, epoch ms. */
  now(): number;
  /** A client of the mock: a tablet on app 3.2.0, the mock's clock, fast retries; `events` records every request event. */
  client(options?: Partial<ClientOptions>): { client: IContactClient; events: RequestEvent[] };
  /** The password of every seeded account. */
  readonly password: string;
  /** A `fetch` on a connection pool of its own (so a test sees new connections), resolving names through the mock's DNS responder. */
  isolatedFetch(): FetchLike;
  /** The API's base URL by the mock's host name (resolved only by {@link isolatedFetch}). */
  readonly apiUrlByName: string;
}

/** When the mock's frozen clock starts: 15 min before mk.aset's shift… see the mock's seed. */
export const CLOCK_START = '2026-11-24T03:30:00Z';

/**
 * Starts the mock once for the test file (`beforeAll`), closes it after (`afterAll`), and resets its
 * state, faults and clock before each test, so that no test sees another's state.
 */
export function useSdkMock(): SdkMock {
  let server: MockServer | undefined;
  let apiUrl = '';
  let adminUrl = '';
  let apiUrlByName = '';
  const agents: Agent[] = [];
  const mock: SdkMock = {
    get server() {
      if (server === undefined) throw new Error('the mock is not started yet');
      return server;
    },
    get admin() {
      return mock.server.backend.admin;
    },
    get apiUrl() {
      return apiUrl;
    },
    get adminUrl() {
      return adminUrl;
    },
    now: () => Date.parse(mock.admin.clock().now),
    client(options = {}) {
      const events: RequestEvent[] = [];
      const client = createClient({
        baseUrl: apiUrl,
        appVersion: '3.2.0',
        clientKind: 'tablet',
        now: mock.now,
        timeouts: { requestMs: 5000 },
        onEvent: (event) => events.push(event),
        ...options,
        retry: { initialDelayMs: 1, maxDelayMs: 5, ...options.retry },
      });
      return { client, events };
    },
    get password() {
      return mock.admin.describeSeed().password;
    },
    isolatedFetch() {
      const dns = mock.server.dns;
      const dispatcher = new Agent(
        dns === undefined ? {} : { connect: { lookup: createLookup({ host: dns.host, port: dns.port }) } },
      );
      agents.push(dispatcher);
      return (input, init) =>
        undiciFetch(input as string, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
    },
    get apiUrlByName() {
      return apiUrlByName;
    },
  };
  beforeAll(async () => {
    server = await createMockServer({
      port: 0,
      logLevel: 'silent',
      clockStart: CLOCK_START,
      clockSpeed: 0,
      dnsPort: 0,
      refuseCheckIntervalMs: 20,
    });
    const addresses = await server.listen();
    apiUrl = addresses.apiUrl;
    adminUrl = addresses.adminUrl;
    apiUrlByName = addresses.dns === undefined ? apiUrl : apiUrl.replace('127.0.0.1', addresses.dns.hostname);
  });
  afterAll(async () => {
    await Promise.all(agents.splice(0).map((agent) => agent.close()));
    await server?.close(100);
  });
  beforeEach(() => {
    // The clock first: the seed plans today's shifts relative to it.
    mock.admin.clearFaults();
    mock.admin.setClock(new Date(CLOCK_START).toISOString(), 0);
    mock.admin.reset();
  });
  return mock;
}
