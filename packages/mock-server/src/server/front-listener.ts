import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

/** Options of {@link createFrontListener}. */
export interface FrontListenerOptions {
  /** The HTTP server the accepted connections are handed to. */
  readonly httpServer: HttpServer;
  /** The address to bind. */
  readonly host: string;
  /** The port; `0` picks a free one on the first {@link FrontListener.open}, and keeps it afterwards. */
  readonly port: number;
  /**
   * Asked for every accepted connection before HTTP sees it: `true` resets it at once (TCP RST).
   * Default: accept every connection.
   */
  readonly rejectConnection?: () => boolean;
}

/**
 * A TCP port in front of an HTTP server, that can stop listening and listen again on the same port —
 * so a client really gets `ECONNREFUSED` while it is shut — and that knows its connections, to drain
 * and close them.
 */
export interface FrontListener {
  /** The bound port (the requested one until first opened). */
  readonly port: number;
  /** The bound address. */
  readonly host: string;
  /** Whether it accepts connections now. */
  readonly isOpen: boolean;
  /** Starts listening (again) on the same port. Resolves once listening; no-op when open. */
  open(): Promise<void>;
  /**
   * Stops accepting connections. The open ones go on, unless `dropConnections`: then each is reset
   * (TCP RST), keep-alive connections and requests under way alike — as a server that goes down drops
   * them. Resolves once the port is closed; no-op when shut (but still drops when asked).
   */
  shut(options?: { readonly dropConnections?: boolean }): Promise<void>;
  /** Connections accepted and not yet closed. */
  readonly connections: ReadonlySet<Socket>;
  /**
   * Shuts the port, closes idle keep-alive connections at once, lets the requests under way finish
   * (closing each connection after its last answer), and destroys whatever is left after `timeoutMs`.
   */
  drain(timeoutMs: number): Promise<void>;
}

/** How often, and how long apart, a reopen retries a port the closed listener has not released yet. */
const REOPEN_TRIES = 20;
const REOPEN_PAUSE_MS = 25;

async function listenWithRetry(server: Server, port: number, host: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      server.listen({ port, host, exclusive: true });
      await Promise.race([
        once(server, 'listening'),
        once(server, 'error').then(([error]) => Promise.reject(error)),
      ]);
      return;
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || port === 0 || attempt >= REOPEN_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, REOPEN_PAUSE_MS));
    }
  }
}

/** Creates a {@link FrontListener}; it does not listen until {@link FrontListener.open}. */
export function createFrontListener(options: FrontListenerOptions): FrontListener {
  let port = options.port;
  let server: Server | undefined;
  const connections = new Set<Socket>();
  let pending: Promise<void> = Promise.resolve();
  /** Requests under way per connection: the HTTP server was never `listen`ed, so it cannot tell idle ones itself. */
  const active = new WeakMap<Socket, number>();
  let draining = false;

  options.httpServer.on('request', (request, response) => {
    const socket = request.socket;
    active.set(socket, (active.get(socket) ?? 0) + 1);
    if (draining) response.shouldKeepAlive = false;
    response.once('close', () => {
      const left = (active.get(socket) ?? 1) - 1;
      active.set(socket, left);
      if (draining && left === 0) socket.destroy();
    });
  });

  const accept = (socket: Socket): void => {
    if (options.rejectConnection?.() === true) {
      socket.resetAndDestroy();
      return;
    }
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
    options.httpServer.emit('connection', socket);
  };

  // Opening and shutting are queued, so a shut that follows an open waits for it and vice versa.
  const queue = (step: () => Promise<void>): Promise<void> => {
    pending = pending.then(step, step);
    return pending;
  };

  const shut = (shutOptions: { readonly dropConnections?: boolean } = {}): Promise<void> =>
    queue(async () => {
      const current = server;
      server = undefined;
      if (shutOptions.dropConnections === true) {
        for (const socket of connections) socket.resetAndDestroy();
      }
      if (current === undefined) return;
      // The listening socket closes at once; `close`'s callback would also wait for open connections.
      current.close();
      if (current.listening) await once(current, 'close');
    });

  return {
    get port() {
      return port;
    },
    host: options.host,
    get isOpen() {
      return server !== undefined;
    },
    connections,
    open: () =>
      queue(async () => {
        if (server !== undefined) return;
        const next = createServer(accept);
        await listenWithRetry(next, port, options.host);
        const address = next.address();
        if (address !== null && typeof address === 'object') port = address.port;
        server = next;
      }),
    shut,
    async drain(timeoutMs) {
      draining = true;
      await shut();
      for (const socket of connections) if ((active.get(socket) ?? 0) === 0) socket.destroy();
      const deadline = Date.now() + timeoutMs;
      while (connections.size > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      for (const socket of connections) socket.destroy();
    },
  };
}
