import { Code } from '@icontact/errors';
import type { FaultDecision, FollowUpMode, HttpFaultAction } from '@icontact/faults';
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

/** The methods a 302 may turn into a GET: any other keeps its method only through a 307. */
const METHODS_KEPT_BY_302: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * One answer of a follow-up loop, which the fault repeats on every follow-up (docs/faults.md says which
 * client loops on which): `redirect` is a 302 to the same URL — a 307 for any method but GET and HEAD,
 * so that a POST is not turned into a GET of another operation — `401` a `token_not_valid` (a token
 * refresh that never helps), `407` a proxy authentication that never helps, `429` a `rate_limited` with
 * `Retry-After: 0`.
 */
export function followUpResponse(
  mode: FollowUpMode,
  method: string,
  url: string,
  requestId: string,
): BackendResponse {
  switch (mode) {
    case 'redirect': {
      const status = METHODS_KEPT_BY_302.has(method.toUpperCase()) ? 302 : 307;
      return jsonResponse(status, null, { location: url, 'x-request-id': requestId });
    }
    case '401':
      return errorResponse(new ApiError(Code.token_not_valid), requestId);
    case '407':
      return errorResponse(
        new ApiError(Code.authentication_required, {
          status: 407,
          detail: 'Proxy authentication required.',
          headers: { 'proxy-authenticate': PROXY_AUTHENTICATE },
        }),
        requestId,
      );
    case '429':
      return errorResponse(new ApiError(Code.rate_limited, { status: 429, retryAfter: 0 }), requestId);
  }
}

/** The challenge of a `407` follow-up loop: a proxy asking for Basic credentials it never accepts. */
export const PROXY_AUTHENTICATE = 'Basic realm="icontact-proxy"';

/**
 * What a fault that strikes before the request is applied answers (`null`: nothing, the socket is
 * destroyed first). A `reset_mid_body` cuts a 500 `internal_server_error`: the request was not applied.
 */
export function beforeFaultResponse(
  decision: FaultDecision,
  method: string,
  url: string,
  requestId: string,
): BackendResponse | null {
  const { action } = decision;
  switch (action.kind) {
    case 'http':
      return httpFaultResponse(action, requestId);
    case 'follow_up_loop':
      return followUpResponse(action.mode, method, url, requestId);
    case 'reset_mid_body':
      return errorResponse(new ApiError(Code.internal_server_error), requestId);
    case 'abort':
    case 'latency':
      return null;
  }
}
