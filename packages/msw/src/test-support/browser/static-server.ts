import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static file server on 127.0.0.1 (a secure context for service workers), over a few folders. */
export interface StaticServer {
  /** Its origin, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `folders` in order (the first that has a file wins) on a free loopback port; 404 otherwise. */
export async function startStaticServer(folders: readonly string[]): Promise<StaticServer> {
  const handlers = folders.map((folder) => sirv(folder, { dev: true, etag: false }));
  const server: Server = createServer((request, response) => {
    const next = (index: number): void => {
      const handler = handlers[index];
      if (handler === undefined) {
        response.writeHead(404).end();
        return;
      }
      handler(request, response, () => next(index + 1));
    };
    next(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
