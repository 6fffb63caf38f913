import { Code, getEntry, throttledText } from '@icontact/errors';
import type { ApiError } from './api-error.js';
import type { BackendResponse } from './backend-request.js';
import { jsonResponse } from './json-response.js';

/** The header SimpleJWT sends with every 401. */
export const WWW_AUTHENTICATE = 'Bearer realm="api"';

/**
 * The statuses whose answers always carry `Retry-After`, as the contract promises (429, 503, 504): when
 * neither the error nor its catalogue entry gives a value, the entry's own retry delay is sent, or
 * {@link DEFAULT_RETRY_AFTER_SECONDS}.
 */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** `Retry-After` of a 429, 503 or 504 that names no delay of its own (an injected `http` fault, say). */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * The one error body and its headers for a refusal: the catalogue's status and text unless the error
 * overrides them, `Retry-After` (always on 429, 503 and 504) (and the body's `retryAfter`) when the catalogue or the error gives one,
 * `WWW-Authenticate` on a 401, `X-Request-Id` always.
 */
export function errorResponse(error: ApiError, requestId: string): BackendResponse {
  const entry = getEntry(error.code);
  const { options } = error;
  const catalogueStatus = entry.wire.kind === 'http' ? entry.wire.status : 500;
  const catalogueRetryAfter = entry.wire.kind === 'http' ? entry.wire.retryAfter : undefined;
  const status = options.status ?? catalogueStatus;
  const retryAfter =
    options.retryAfter ??
    catalogueRetryAfter ??
    (RETRY_AFTER_STATUSES.has(status)
      ? entry.retry.when === 'after'
        ? entry.retry.seconds
        : DEFAULT_RETRY_AFTER_SECONDS
      : undefined);
  const headers: Record<string, string> = { 'x-request-id': requestId, ...options.headers };
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  if (status === 401) headers['www-authenticate'] = WWW_AUTHENTICATE;
  const body = {
    detail:
      options.detail ??
      // DRF's throttling text names the same N as its Retry-After.
      (error.code === Code.rate_limited && retryAfter !== undefined
        ? throttledText(retryAfter)
        : entry.appText),
    code: error.code,
    requestId,
    ...options.data,
    ...(retryAfter === undefined ? {} : { retryAfter }),
  };
  return jsonResponse(status, body, headers);
}
