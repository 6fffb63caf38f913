import { type Operation, recognise } from '@icontact/errors';
import { ApiError } from '../../core/errors/api-error.js';
import type { ErrorData } from '../../core/errors/error-data.js';
import { retryAfterSeconds } from './retry-after.js';

/** What an error answer is made of. */
export interface ErrorAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed body (JSON or text). */
  readonly body: unknown;
  readonly operation: Operation | undefined;
  /** The time `Retry-After` dates are read against, epoch ms. */
  readonly now: number;
  /** An earlier attempt of the same call was lost after it was sent. Default `false`. */
  readonly maybeApplied?: boolean;
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['detail', 'code', 'requestId']);

function asRecord(body: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Readonly<Record<string, unknown>>)
    : undefined;
}

function detailOf(record: Readonly<Record<string, unknown>> | undefined, body: unknown): string | undefined {
  const detail = record?.detail;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail) && typeof detail[0] === 'string') return detail.join(' ');
  if (typeof body === 'string' && body.trim() !== '') return body.trim().slice(0, 500);
  return undefined;
}

/**
 * Turns an error answer into an {@link ApiError}: the catalogue code from the catalogue's `recognise`
 * (our bodies' `code`, a real backend's bare `detail`, or the status read with the operation), the
 * request id from `X-Request-Id` or the body, and the body's data (`retryAfter` included).
 */
export function apiErrorFromResponse(answer: ErrorAnswer): ApiError {
  const record = asRecord(answer.body);
  const headerRetryAfter = retryAfterSeconds(answer.headers.get('retry-after'), answer.now);
  const recognised = recognise({
    status: answer.status,
    body: answer.body,
    ...(headerRetryAfter === undefined ? {} : { retryAfter: headerRetryAfter }),
    ...(answer.operation === undefined ? {} : { operation: answer.operation }),
  });
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (!ENVELOPE_KEYS.has(key)) data[key] = value;
  }
  if (recognised.retryAfter !== undefined) data.retryAfter = recognised.retryAfter;
  const bodyRequestId = typeof record?.requestId === 'string' ? record.requestId : undefined;
  const requestId = answer.headers.get('x-request-id') ?? bodyRequestId;
  const detail = detailOf(record, answer.body);
  return new ApiError({
    code: recognised.code,
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    data: data as ErrorData,
    ...(detail === undefined ? {} : { detail }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(answer.operation === undefined ? {} : { operation: answer.operation }),
    maybeApplied: answer.maybeApplied ?? false,
  });
}
