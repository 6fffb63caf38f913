import type { Backend } from '@icontact/mock-core';
import type { FastifyInstance } from 'fastify';
import { deliverResult } from './deliver-result.js';

/** Where the API lives on the server. */
export const API_PREFIX = '/api/v1';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY'];

/** Options of {@link registerApiRoute}. */
export interface ApiRouteOptions {
  /** The backend every API request goes to. */
  readonly backend: Pick<Backend, 'handle'>;
}

/**
 * One catch-all route for `/api/v1/*` that hands every request to the core as it came — method, URL,
 * headers, raw body text of any content type — and sends back what the core decided. The core routes,
 * validates (415, 400, 413 included) and applies the rules; this route only translates.
 */
export async function registerApiRoute(app: FastifyInstance, options: ApiRouteOptions): Promise<void> {
  await app.register(async (api) => {
    // Accept every body as text, whatever its type (or none): the core decides what it accepts.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    api.route({
      method: METHODS,
      url: `${API_PREFIX}/*`,
      handler: async (request, reply) => {
        // Aborts when the client leaves before its answer was written: a `before` latency then applies nothing.
        const gone = new AbortController();
        reply.raw.once('close', () => {
          if (!reply.raw.writableFinished) gone.abort();
        });
        const result = await options.backend.handle({
          signal: gone.signal,
          method: request.method,
          url: request.url,
          headers: { ...request.headers, 'x-request-id': request.id },
          bodyText: typeof request.body === 'string' ? request.body : undefined,
          remoteAddress: request.ip,
        });
        return deliverResult(request, reply, result);
      },
    });
  });
}
