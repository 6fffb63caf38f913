import { createLookup, createMockServer, type DnsServerAddress } from '@icontact/mock-server';
import type { FetchLike } from '@icontact/sdk';
import { Agent, fetch as undiciFetch } from 'undici';
import { type AdminClient, createAdminClient } from './admin-client.js';

/** Where the runner sends the consultants' requests and its admin calls. */
export interface MockTargetOptions {
  /** The API's base URL of a running mock (`…/api/v1`). Default: none, the runner starts a mock in process. */
  readonly baseUrl?: string;
  /** The admin API's URL. Default: `/__admin` on the origin of {@link baseUrl}. */
  readonly adminUrl?: string;
  /** The admin API's bearer token. Default: none. */
  readonly adminToken?: string;
  /** A DNS server that resolves the host of {@link baseUrl} (the mock's `--dns-port`). Default: the system's resolver. */
  readonly dnsServer?: DnsServerAddress;
}

/** A mock to run a scenario against. */
export interface MockTarget {
  /** The API's base URL the consultants use. */
  readonly apiUrl: string;
  readonly admin: AdminClient;
  /** The `fetch` the consultants' SDK uses: a new connection per request, names resolved through the mock's DNS when there is one. */
  readonly fetch: FetchLike;
  /** Whether names resolve through the mock's DNS responder (a `dns_failure` fault can strike). */
  readonly resolvesThroughMockDns: boolean;
  /** Whether the runner started this mock (and will stop it). */
  readonly inProcess: boolean;
  /** Stops the mock when the runner started it; releases the connections. */
  close(): Promise<void>;
}

/** Where the in-process mock's clock and seed start. */
export interface InProcessStart {
  readonly seed: number;
  readonly clockStart: string;
}

/**
 * A dispatcher with keep-alive off (`pipelining: 0`): every request opens a connection and resolves
 * the name again, as a tablet does after a while in the background — so that a DNS or a refused-port
 * outage strikes every request made while it lasts.
 */
function dispatcherFor(dns: DnsServerAddress | undefined): Agent {
  return new Agent({
    pipelining: 0,
    ...(dns === undefined ? {} : { connect: { lookup: createLookup(dns) } }),
  });
}

function fetchThrough(dispatcher: Agent): FetchLike {
  return (input, init) =>
    undiciFetch(
      input as string,
      { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1],
    ) as unknown as Promise<Response>;
}

/**
 * Opens the target: starts a mock in process (port 0, an admin port, a DNS responder; the API reached
 * by its hostname through that DNS), or uses the given running mock.
 */
export async function openMockTarget(options: MockTargetOptions, start: InProcessStart): Promise<MockTarget> {
  if (options.baseUrl !== undefined) {
    const dispatcher = dispatcherFor(options.dnsServer);
    const adminUrl = options.adminUrl ?? `${new URL(options.baseUrl).origin}/__admin`;
    return {
      apiUrl: options.baseUrl.replace(/\/+$/, ''),
      admin: createAdminClient({
        url: adminUrl,
        ...(options.adminToken === undefined ? {} : { token: options.adminToken }),
      }),
      fetch: fetchThrough(dispatcher),
      resolvesThroughMockDns: options.dnsServer !== undefined,
      inProcess: false,
      close: () => dispatcher.close(),
    };
  }
  const server = await createMockServer({
    port: 0,
    adminPort: 0,
    dnsPort: 0,
    logLevel: 'silent',
    seed: start.seed,
    clockStart: start.clockStart,
    clockSpeed: 0,
  });
  const where = await server.listen();
  const dns = where.dns;
  const dispatcher = dispatcherFor(dns);
  const apiUrl =
    dns === undefined ? where.apiUrl : where.apiUrl.replace(new URL(where.apiUrl).hostname, dns.hostname);
  return {
    apiUrl,
    admin: createAdminClient({ url: where.adminUrl }),
    fetch: fetchThrough(dispatcher),
    resolvesThroughMockDns: dns !== undefined,
    inProcess: true,
    close: async () => {
      await dispatcher.close();
      await server.close(200);
    },
  };
}
