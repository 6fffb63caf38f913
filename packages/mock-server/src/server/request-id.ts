import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header that carries a request's id, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What a client may send as its own request id: 1–128 visible, header-safe characters. */
const ACCEPTED = /^[A-Za-z0-9._:/+=@-]{1,128}$/;

/**
 * The id of a request: the client's `X-Request-Id` when it sent a sensible one, so that its logs and
 * ours line up; otherwise a new UUID.
 */
export function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}
