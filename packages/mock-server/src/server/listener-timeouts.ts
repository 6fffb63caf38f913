import type { Server as HttpServer } from 'node:http';

/** How long the mock's listener waits for a slow or idle client, in milliseconds. */
export interface ListenerTimeouts {
  /** From a connection's first byte (or the previous request's end) to the end of the request's headers. */
  readonly headersTimeoutMs: number;
  /** From a request's first byte to its last (headers and body). At least {@link headersTimeoutMs}. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after an answer. */
  readonly keepAliveTimeoutMs: number;
}

/** The defaults: a slow client gets 10 s for its headers and 30 s for its request; idle connections 72 s (Fastify's). */
export const LISTENER_TIMEOUT_DEFAULTS: ListenerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 72_000,
};

const tracked = new WeakSet<HttpServer>();

/**
 * Makes the HTTP server time out slow and idle clients although it never `listen`s itself (the mock's
 * front listener hands it its connections): Node checks the header and request timeouts only for servers
 * that emitted `listening`, so this emits it once — which starts Node's own connection tracking — and sets
 * the timeouts. A client too slow gets Node's timeout, answered by the server's `clientError` handler
 * (a 408 with the catalogue body) and the connection closed; an idle keep-alive connection is closed.
 */
export function applyListenerTimeouts(server: HttpServer, timeouts: ListenerTimeouts): void {
  if (timeouts.requestTimeoutMs < timeouts.headersTimeoutMs) {
    throw new RangeError(
      `requestTimeoutMs (${timeouts.requestTimeoutMs}) must be at least headersTimeoutMs (${timeouts.headersTimeoutMs})`,
    );
  }
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  // How often Node looks for expired requests: often enough for the shortest timeout.
  const shortest = Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    25,
    Math.min(1000, Math.floor(shortest / 4)),
  );
  if (tracked.has(server) || server.listening) return;
  tracked.add(server);
  server.emit('listening');
}
