import { getEntry } from '@icontact/errors';
import type { ApiError } from './api-error.js';
import type { BackendResponse } from './backend-request.js';
import { jsonResponse } from './json-response.js';

/** The header SimpleJWT sends with every 401. */
export const WWW_AUTHENTICATE = 'Bearer realm="api"';

/**
 * The one error body and its headers for a refusal: the catalogue's status and text unless the error
 * overrides them, `Retry-After` (and the body's `retryAfter`) when the catalogue or the error gives one,
 * `WWW-Authenticate` on a 401, `X-Request-Id` always.
 */
export function errorResponse(error: ApiError, requestId: string): BackendResponse {
  const entry = getEntry(error.code);
  const { options } = error;
  const catalogueStatus = entry.wire.kind === 'http' ? entry.wire.status : 500;
  const catalogueRetryAfter = entry.wire.kind === 'http' ? entry.wire.retryAfter : undefined;
  const status = options.status ?? catalogueStatus;
  const retryAfter = options.retryAfter ?? catalogueRetryAfter;
  const headers: Record<string, string> = { 'x-request-id': requestId, ...options.headers };
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  if (status === 401) headers['www-authenticate'] = WWW_AUTHENTICATE;
  const body = {
    detail: options.detail ?? entry.appText,
    code: error.code,
    requestId,
    ...options.data,
    ...(retryAfter === undefined ? {} : { retryAfter }),
  };
  return jsonResponse(status, body, headers);
}
