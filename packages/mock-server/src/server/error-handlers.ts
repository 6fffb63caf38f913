import { Code, type ErrorCode } from '@icontact/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { sendAdminError } from '../admin/admin-error.js';
import { requestLog } from './request-log.js';

/** The catalogue code for an error Fastify raised itself (body parsing, limits), by status. */
const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: Code.validation_failed,
  404: Code.not_found,
  405: Code.method_not_allowed,
  413: Code.payload_too_large,
  415: Code.unsupported_media_type,
};

/**
 * Makes everything outside the core's API route answer with the API's one error body too: unknown
 * routes (404 `not_found`), Fastify's own refusals (413, 415, 400) and unexpected errors (500, logged).
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendAdminError(request, reply, Code.not_found, {
      detail: `No route ${request.method} ${request.url.split('?')[0]}: the API is under /api/v1, its reference at /docs, the admin API under /__admin.`,
    }),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    const code = CODE_OF_STATUS[status];
    if (code === undefined || status >= 500) {
      requestLog(request).error({ err: error }, 'unexpected error');
      return sendAdminError(request, reply, Code.internal_server_error, {
        detail: 'The mock failed unexpectedly: see its log for this request id.',
      });
    }
    return sendAdminError(request, reply, code, { status, detail: error.message });
  });
}
