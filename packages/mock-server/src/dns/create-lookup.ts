import { Resolver } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

/** Where a {@link createLookup} resolver sends its queries: a {@link DnsResponder} or any `{ host, port }`. */
export interface DnsServerAddress {
  /** The DNS server's address. */
  readonly host: string;
  /** The DNS server's UDP port. */
  readonly port: number;
}

/** Options of {@link createLookup}. */
export interface LookupOptions {
  /** Milliseconds before one query is given up. Default: `1000`. */
  readonly timeout?: number;
  /** Attempts per query before giving up. Default: `1`. */
  readonly tries?: number;
}

/**
 * A `lookup` function for `net.connect`, `http.Agent` or undici's `Agent({ connect: { lookup } })` that
 * resolves names through one DNS server only — for example the mock's {@link DnsResponder} — and never
 * through the system's resolver or `/etc/hosts`. IPv4 only: it asks for `A` records. A failed resolution
 * comes back as Node's own DNS error (`ENOTFOUND` for NXDOMAIN, `ENODATA` for a name without address).
 */
export function createLookup(server: DnsServerAddress, options: LookupOptions = {}): LookupFunction {
  const resolver = new Resolver({ timeout: options.timeout ?? 1000, tries: options.tries ?? 1 });
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  resolver.setServers([`${host}:${server.port}`]);

  return (hostname, lookupOptions, callback) => {
    const all = typeof lookupOptions === 'object' && lookupOptions !== null && lookupOptions.all === true;
    const family = isIP(hostname);
    if (family !== 0) {
      if (all) callback(null, [{ address: hostname, family }]);
      else callback(null, hostname, family);
      return;
    }
    resolver.resolve4(hostname, (error, addresses) => {
      const first = addresses?.[0];
      if (error !== null || first === undefined) {
        callback(
          error ?? Object.assign(new Error(`queryA ENODATA ${hostname}`), { code: 'ENODATA', hostname }),
          '',
          4,
        );
        return;
      }
      if (all)
        callback(
          null,
          addresses.map((address) => ({ address, family: 4 })),
        );
      else callback(null, first, 4);
    });
  };
}
