import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Code, type ErrorCode } from '@icontact/errors';
import { requestIdFrom } from '@icontact/mock-core';
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendAdminError } from '../admin/admin-error.js';
import { REQUEST_ID_HEADER } from './request-id.js';

/** A refusal of a request that never became one (Node's parser, the listener's timeouts). */
interface LowLevelRefusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
}

/** What Node's `clientError` carries: the parser's code (`HPE_…`) or the timeout's. */
type ClientError = Error & { readonly code?: string; readonly reason?: string };

/** The answer for a request Node could not parse, or did not get in time. */
function refusalOf(error: ClientError): LowLevelRefusal {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        code: Code.request_timeout,
        detail: 'The request did not arrive in time (headers or body too slow): send it again, whole.',
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: Code.validation_failed,
        detail:
          'The request’s header section is larger than the server accepts: send fewer or shorter headers.',
      };
    case 'HPE_INVALID_METHOD':
      return {
        status: 501,
        code: Code.method_not_allowed,
        detail:
          'The request method is not one this server knows: the API uses GET, POST, PUT, PATCH and DELETE.',
      };
    default:
      return {
        status: 400,
        code: Code.validation_failed,
        detail: `The request is not valid HTTP/1.1 (${error.code ?? 'unknown'}: ${error.reason ?? error.message}): fix the client's framing.`,
      };
  }
}

/**
 * The server's `clientError` handler (Fastify's `clientErrorHandler`): a request Node's parser refused
 * (bad framing, an unknown method, a header section over the limit) or that arrived too slowly is
 * answered — while HTTP still allows an answer (nothing of a response was written yet) — with the API's
 * one error body and a new `X-Request-Id`, then the connection is closed. A connection reset needs no
 * answer.
 */
export function createClientErrorHandler(
  log: () => FastifyBaseLogger,
): (error: ClientError, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const requestId = requestIdFrom({});
    const refusal = refusalOf(error);
    log().info(
      { requestId, err: { code: error.code, message: error.message }, status: refusal.status },
      'client error',
    );
    const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || response?.headersSent === true) {
      socket.destroy(error);
      return;
    }
    const body = JSON.stringify({ detail: refusal.detail, code: refusal.code, requestId });
    socket.end(
      [
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `${REQUEST_ID_HEADER}: ${requestId}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  };
}

/**
 * Fastify's `frameworkErrors` handler: a URL it cannot route (bad percent-encoding such as
 * `/api/v1/contacts/%ZZ`, a parameter over its length) is answered with the API's one error body and
 * the request's id, instead of Fastify's own body.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  // No hook ran for a request Fastify could not route: the id goes on here.
  reply.header(REQUEST_ID_HEADER, request.id);
  void sendAdminError(request, reply, Code.validation_failed, {
    status: tooLong ? 414 : 400,
    detail: tooLong
      ? 'A part of the URL is longer than the server accepts.'
      : 'The URL is not valid: a percent sign must be followed by two hexadecimal digits (%2F, not %ZZ).',
    errors: [{ field: 'path', code: 'invalid', message: error.message }],
  });
}
