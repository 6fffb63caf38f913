import { Code } from '@icontact/errors';
import type { FaultDecision, HttpFaultAction } from '@icontact/faults';
import { ApiError } from '../http/api-error.js';
import type { BackendResponse } from '../http/backend-request.js';
import { errorResponse } from '../http/error-response.js';
import { jsonResponse } from '../http/json-response.js';

/** The error answer of an `http` fault: its status and code, the catalogue's text unless it gives one. */
export function httpFaultResponse(action: HttpFaultAction, requestId: string): BackendResponse {
  return errorResponse(
    new ApiError(action.code, {
      status: action.status,
      ...(action.retryAfter === undefined ? {} : { retryAfter: action.retryAfter }),
      ...(action.detail === undefined ? {} : { detail: action.detail }),
      ...(action.appCode === undefined ? {} : { data: { appCode: action.appCode } }),
    }),
    requestId,
  );
}

/**
 * One answer of a follow-up loop, which the fault repeats on every follow-up: `redirect` is a 302 to the
 * same URL, `429` a `rate_limited` with `Retry-After: 0` (OkHttp retries those at once), `401` a
 * `token_not_valid` (a token refresh that never helps).
 */
export function followUpResponse(
  mode: 'redirect' | '429' | '401',
  url: string,
  requestId: string,
): BackendResponse {
  switch (mode) {
    case 'redirect':
      return jsonResponse(302, null, { location: url, 'x-request-id': requestId });
    case '429':
      return errorResponse(new ApiError(Code.rate_limited, { status: 429, retryAfter: 0 }), requestId);
    case '401':
      return errorResponse(new ApiError(Code.token_not_valid), requestId);
  }
}

/**
 * What a fault that strikes before the request is applied answers (`null`: nothing, the socket is
 * destroyed first). A `reset_mid_body` cuts a 500 `internal_server_error`: the request was not applied.
 */
export function beforeFaultResponse(
  decision: FaultDecision,
  url: string,
  requestId: string,
): BackendResponse | null {
  const { action } = decision;
  switch (action.kind) {
    case 'http':
      return httpFaultResponse(action, requestId);
    case 'follow_up_loop':
      return followUpResponse(action.mode, url, requestId);
    case 'reset_mid_body':
      return errorResponse(new ApiError(Code.internal_server_error), requestId);
    case 'abort':
    case 'latency':
      return null;
  }
}
