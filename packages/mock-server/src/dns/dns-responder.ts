import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { once } from 'node:events';
import dnsPacket from 'dns-packet';

/**
 * How the responder fails a query for the mock's hostname:
 * `nxdomain` — the name does not exist (resolvers say `ENOTFOUND`);
 * `nodata` — the name exists but has no address (`ENODATA`, Android's "No address associated with hostname").
 */
export type DnsFailureAnswer = 'nxdomain' | 'nodata';

/** Options of {@link createDnsResponder}. */
export interface DnsResponderOptions {
  /** The name the responder knows; matched without case and without a trailing dot. Default: `api.icontact.test`. */
  readonly hostname?: string;
  /** The IPv4 address answered for {@link hostname}. Default: `127.0.0.1`. */
  readonly address?: string;
  /** The address the UDP socket binds to. Default: `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** The UDP port; `0` picks a free one (read it back from {@link DnsResponder.port}). Default: `0`. */
  readonly port?: number;
  /** Time to live of the A record in seconds; `0` keeps resolvers from caching a good answer across a fault. Default: `0`. */
  readonly ttl?: number;
  /**
   * Asked once for every query for {@link hostname}: a {@link DnsFailureAnswer} makes that query fail,
   * `undefined` answers it normally. Default: never fail.
   */
  readonly failure?: () => DnsFailureAnswer | undefined;
  /** Told about every query answered, for logs. Default: nothing. */
  readonly onQuery?: (query: DnsQueryRecord) => void;
}

/** One query the responder answered. */
export interface DnsQueryRecord {
  /** The name asked for, as asked. */
  readonly name: string;
  /** The record type asked for (`A`, `AAAA`, …). */
  readonly type: string;
  /** What was answered: the address, or the failure. */
  readonly answer: string | DnsFailureAnswer;
  /** Who asked. */
  readonly from: string;
}

/** A running DNS responder on UDP. */
export interface DnsResponder {
  /** The address it listens on. */
  readonly host: string;
  /** The UDP port it listens on. */
  readonly port: number;
  /** The name it resolves. */
  readonly hostname: string;
  /** The address it answers for {@link hostname}. */
  readonly address: string;
  /** Stops listening. Safe to call twice. */
  close(): Promise<void>;
}

/** The low four bits of the DNS flags hold the response code. */
const RCODE_NXDOMAIN = 3;
const RCODE_FORMERR = 1;

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/**
 * Starts a small authoritative DNS responder on UDP: it answers `A` for the mock's hostname and
 * NXDOMAIN for every other name, and fails the mock's hostname as {@link DnsResponderOptions.failure} says,
 * so a client sees a real failed resolution.
 */
export async function createDnsResponder(options: DnsResponderOptions = {}): Promise<DnsResponder> {
  const hostname = normaliseName(options.hostname ?? 'api.icontact.test');
  const address = options.address ?? '127.0.0.1';
  const host = options.host ?? '127.0.0.1';
  const ttl = options.ttl ?? 0;
  const socket: Socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');

  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    const reply = answer(message, remote);
    if (reply !== undefined) socket.send(reply, remote.port, remote.address);
  });

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the DNS answer in the order a resolver decides it (malformed, no question, other name, injected failure, other type, A), each an early return
  function answer(message: Buffer, remote: RemoteInfo): Buffer | undefined {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      // Not a DNS message: nothing sensible to answer, and no id to answer it with.
      return undefined;
    }
    const question = query.questions?.[0];
    const base = {
      type: 'response' as const,
      id: query.id ?? 0,
      questions: query.questions ?? [],
    };
    const recursionDesired = query.flag_rd ? dnsPacket.RECURSION_DESIRED : 0;
    if (question === undefined) {
      return dnsPacket.encode({ ...base, flags: recursionDesired | RCODE_FORMERR });
    }
    const from = `${remote.address}:${remote.port}`;
    const flags = dnsPacket.AUTHORITATIVE_ANSWER | recursionDesired;
    if (normaliseName(question.name) !== hostname) {
      options.onQuery?.({ name: question.name, type: question.type, answer: 'nxdomain', from });
      return dnsPacket.encode({ ...base, flags: flags | RCODE_NXDOMAIN });
    }
    const failure = options.failure?.();
    if (failure !== undefined) {
      options.onQuery?.({ name: question.name, type: question.type, answer: failure, from });
      return dnsPacket.encode({ ...base, flags: failure === 'nxdomain' ? flags | RCODE_NXDOMAIN : flags });
    }
    options.onQuery?.({ name: question.name, type: question.type, answer: address, from });
    if (question.type !== 'A') {
      // The name exists but has no record of that type (e.g. AAAA): NOERROR without answers.
      return dnsPacket.encode({ ...base, flags });
    }
    return dnsPacket.encode({
      ...base,
      flags,
      answers: [{ type: 'A', class: 'IN', name: question.name, ttl, data: address }],
    });
  }

  socket.bind(options.port ?? 0, host);
  await once(socket, 'listening');
  const bound = socket.address();
  let closed: Promise<void> | undefined;

  return {
    host: bound.address,
    port: bound.port,
    hostname,
    address,
    close() {
      closed ??= new Promise<void>((resolve) => socket.close(() => resolve()));
      return closed;
    },
  };
}
