import type { BackendResponse, BackendResult } from '@icontact/mock-core';
import { delay, HttpResponse } from 'msw';
import type { ApiBase } from './api-base.js';
import { toHttpResponse } from './to-http-response.js';

/** A wire fault without the response it acts on: the core broke its contract. */
function missingResponse(kind: string): Error {
  return new Error(`@icontact/mock-core returned a ${kind} wire fault without its response`);
}

/**
 * Carries out what the core decided, as far as MSW can: a response as it is; `latency` as MSW's
 * `delay()` and then the response; `follow_up_loop` as the real 302, 429 or 401 the core made (the
 * runtime's fetch or the client follows it); `abort` and `reset_mid_body` as `HttpResponse.error()` —
 * the request fails with the runtime's bare network `TypeError`. With timing `after` the core already
 * applied and committed the request: the client loses the answer of a write that happened.
 */
export async function deliverResult(
  base: ApiBase,
  request: Request,
  result: BackendResult,
): Promise<Response> {
  if (result.kind === 'response') return toHttpResponse(base, request, result);
  const { action } = result.fault;
  const answer = (response: BackendResponse | undefined): Response => {
    if (response === undefined) throw missingResponse(action.kind);
    return toHttpResponse(base, request, response);
  };
  switch (action.kind) {
    case 'latency':
      await delay(action.delayMs);
      return answer(result.response);
    case 'http':
    case 'follow_up_loop':
      return answer(result.response);
    case 'abort':
    case 'reset_mid_body':
      return HttpResponse.error();
  }
}
