import type { Backend } from '@icontact/mock-core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clientGone, deliverResult } from './deliver-result.js';

/** Where the API lives on the server. */
export const API_PREFIX = '/api/v1';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY'];

/** Options of {@link registerApiRoute}. */
export interface ApiRouteOptions {
  /**
   * The backend every API request goes to. With its `routes`, each operation gets a Fastify route of its
   * own and the core is told which one matched (`routed`), so a request is routed once; without, one
   * catch-all route hands everything over and the core routes.
   */
  readonly backend: Pick<Backend, 'handle'> & Partial<Pick<Backend, 'routes'>>;
}

/** Fastify's form of a contract path template: `{shiftId}` → `:shiftId`. */
function fastifyPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * A route per operation of the contract, and one catch-all for the rest of `/api/v1/*`, that hand every
 * request to the core as it came — method, URL,
 * headers, raw body text of any content type — and sends back what the core decided. The core routes,
 * validates (415, 400, 413 included) and applies the rules; this route only translates.
 */
export async function registerApiRoute(app: FastifyInstance, options: ApiRouteOptions): Promise<void> {
  await app.register(async (api) => {
    // Accept every body as text, whatever its type (or none): the core decides what it accepts.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    const serve = async (
      request: FastifyRequest,
      reply: FastifyReply,
      routed: string | undefined,
    ): Promise<FastifyReply | undefined> => {
      let gone: AbortSignal | undefined;
      const result = await options.backend.handle({
        // Aborts when the client leaves before its answer was written: a `before` latency then applies
        // nothing. Made when the core asks (only a latency waits), not for every request.
        get signal() {
          gone ??= clientGone(reply);
          return gone;
        },
        method: request.method,
        url: request.url,
        headers: { ...request.headers, 'x-request-id': request.id },
        bodyText: typeof request.body === 'string' ? request.body : undefined,
        remoteAddress: request.ip,
        ...(routed === undefined ? {} : { routed }),
      });
      return deliverResult(request, reply, result);
    };

    for (const route of options.backend.routes ?? []) {
      api.route({
        method: route.method,
        url: fastifyPath(route.path),
        // HEAD goes to the catch-all below, as before: the core serves it as the GET.
        exposeHeadRoute: false,
        handler: (request, reply) => serve(request, reply, route.path),
      });
    }
    // Everything else (unknown paths, other methods): the core routes it and refuses with 404 or 405.
    api.route({
      method: METHODS,
      url: `${API_PREFIX}/*`,
      handler: (request, reply) => serve(request, reply, undefined),
    });
  });
}
