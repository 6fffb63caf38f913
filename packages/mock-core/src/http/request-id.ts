import { randomRequestId } from '../backend/random-ids.js';
import type { HeaderValue } from './backend-request.js';

/** The header that carries a request's id, both ways (lowercase, as the core's response headers). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What a client may send as its own request id: 1–128 visible ASCII characters (no space, no control). */
const ACCEPTED_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/** Whether a client's `X-Request-Id` is sane enough to be used as the request's id. */
export function isAcceptableRequestId(value: string | undefined): value is string {
  return value !== undefined && ACCEPTED_REQUEST_ID.test(value);
}

/**
 * The one id of a request, used in the `X-Request-Id` header, the error body's `requestId` and every
 * log line: the client's `X-Request-Id` when it sent a sane one (so that its logs and ours line up),
 * otherwise a new `req_…` id. Both adapters call it (the Fastify mock as its `genReqId`), so the id
 * the framework logs is the id the core answers with.
 */
export function requestIdFrom(headers: Readonly<Record<string, HeaderValue>>): string {
  let sent: HeaderValue;
  for (const name in headers) {
    if (Object.hasOwn(headers, name) && name.toLowerCase() === REQUEST_ID_HEADER) {
      sent = headers[name];
      break;
    }
  }
  const first = typeof sent === 'string' ? sent : sent?.[0];
  return isAcceptableRequestId(first) ? first : randomRequestId();
}

/**
 * The response with the request's id in its `X-Request-Id` header and, when the body is an error body
 * (an object with `requestId`), in the body too — so that a replayed answer (idempotency) or any answer
 * made before the id was known carries the id of the request it answers.
 */
export function withRequestId<
  T extends { readonly headers: Readonly<Record<string, string>>; readonly body: unknown },
>(response: T, requestId: string): T {
  const { body } = response;
  const stamped =
    body !== null && typeof body === 'object' && !Array.isArray(body) && 'requestId' in body
      ? { ...body, requestId }
      : body;
  return { ...response, headers: { ...response.headers, [REQUEST_ID_HEADER]: requestId }, body: stamped };
}
