import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';

/** A server listening on 127.0.0.1 for a test; `close()` after. */
export interface LoopbackServer {
  readonly url: string;
  readonly port: number;
  /** Requests received so far. */
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** What the server saw of one request. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

type Handler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** An HTTP server whose `handler` answers each request (`index` counts from 0). */
export async function startHttpServer(handler: Handler): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((request, response) => {
    void readBody(request).then((body) => {
      const received = {
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        body,
      };
      requests.push(received);
      handler(received, response, requests.length - 1);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return listenOnLoopback(server, sockets, requests);
}

/**
 * A TCP server that reads a request head and then writes `raw` bytes and, if `destroy`, closes the
 * socket — to cut a response mid-body or before its headers, for real.
 */
export async function startRawServer(raw: string, destroy: 'end' | 'reset'): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      const head = chunk.toString('latin1');
      const [line = ''] = head.split('\r\n');
      const [method = 'GET', url = '/'] = line.split(' ');
      requests.push({ method, url, headers: {}, body: '' });
      socket.write(raw, () => {
        if (destroy === 'reset') socket.resetAndDestroy();
        else socket.destroy();
      });
    });
  });
  return listenOnLoopback(server, sockets, requests);
}

/** Listens on a free port of 127.0.0.1; `close` destroys the open sockets first, so it never waits. */
async function listenOnLoopback(
  server: NetServer,
  sockets: Set<Socket>,
  requests: ReceivedRequest[],
): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound once, then closed). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

/** Sends a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
