/**
 * The floor of the comparison: a bare Fastify route per request that answers the bytes the mock
 * answered, with no validation, no state and no logging: what HTTP on Node costs by itself.
 */
import Fastify from 'fastify';
import type { ComparedRequest } from './bench-request.ts';

/** A listening floor server. */
export interface FloorServer {
  /** Its base URL, with the API's prefix, so paths are the mock's. */
  readonly apiUrl: string;
  close(): Promise<void>;
}

/** Starts the floor server on a free loopback port. */
export async function startFloorServer(
  requests: readonly ComparedRequest[],
  prefix: string,
): Promise<FloorServer> {
  const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
  for (const { request, answer } of requests) {
    app.route({
      method: request.method,
      url: `${prefix}${request.path}`,
      handler: async (_req, reply) => reply.code(answer.status).type(answer.contentType).send(answer.body),
    });
  }
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return { apiUrl: `${origin}${prefix}`, close: () => app.close() };
}
