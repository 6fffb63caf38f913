/**
 * The flow's transport on k6: `http.asyncRequest` with the request's tags (`step`, `name`) and expected
 * statuses, so that k6's own `http_req_duration` and `http_req_failed` are split by step.
 */
import { sleep } from 'k6';
import http from 'k6/http';
import { headerLookup, type Transport } from '../core/transport.ts';

/** The transport of a k6 VU. */
export const k6Transport: Transport = {
  async request(request) {
    const res = await http.asyncRequest(request.method, request.url, request.body, {
      headers: request.headers,
      tags: request.tags,
      timeout: request.timeoutMs,
      responseCallback: http.expectedStatuses(...request.expect),
    });
    return {
      status: res.status,
      body: typeof res.body === 'string' ? res.body : null,
      header: headerLookup(res.headers),
      error: res.error === '' ? null : res.error,
    };
  },
  async sleep(ms) {
    // One VU runs one flow at a time: blocking it is waiting.
    sleep(ms / 1000);
  },
  now: () => Date.now(),
};
