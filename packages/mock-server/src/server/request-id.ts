import type { IncomingMessage } from 'node:http';
import { REQUEST_ID_HEADER, requestIdFrom } from '@icontact/mock-core';

export { REQUEST_ID_HEADER };

/**
 * The id of a request (Fastify's `genReqId`): the core's own choice — the client's `X-Request-Id` when
 * it sent a sane one, otherwise a new id — so that Fastify's log lines, the core's log line, the
 * `X-Request-Id` header and the error body's `requestId` carry one id.
 */
export function requestIdOf(request: IncomingMessage): string {
  return requestIdFrom(request.headers);
}
