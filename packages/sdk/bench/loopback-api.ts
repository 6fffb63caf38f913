import { createServer, type Server } from 'node:http';

/** A minimal loopback API for benchmarks: `GET …/app/version`, and `POST …/shifts/{id}/sync` accepting every item. */
export interface LoopbackApi {
  readonly baseUrl: string;
  close(): Promise<void>;
}

const VERSION = JSON.stringify({ minimumVersion: '3.0.0', latestVersion: '3.2.0' });

export async function startLoopbackApi(): Promise<LoopbackApi> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'GET' && request.url?.endsWith('/app/version')) {
        response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'bench' });
        response.end(VERSION);
        return;
      }
      const shiftId = /\/shifts\/([^/]+)\/sync$/u.exec(request.url ?? '')?.[1];
      if (request.method === 'POST' && shiftId !== undefined) {
        const { items } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          items: { idempotencyKey: string; contactId: string }[];
        };
        const results = items.map((item) => ({ ...item, status: 'accepted' }));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            shiftId,
            results,
            summary: { accepted: items.length, duplicate: 0, rejected: 0 },
          }),
        );
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ detail: 'Not found.', code: 'not_found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/api/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
