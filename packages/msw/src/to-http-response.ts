import type { BackendResponse } from '@icontact/mock-core';
import { HttpResponse } from 'msw';
import { type ApiBase, fromContractUrl } from './api-base.js';

/** Statuses whose responses carry no body. */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * Turns the core's response into the `HttpResponse` MSW sends: the same status and headers, the body
 * serialised as the Fastify mock serialises it. A `Location` under the contract's base path is
 * moved under the request's base URL; `HEAD` gets no body.
 */
export function toHttpResponse(base: ApiBase, request: Request, response: BackendResponse): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    headers.set(name, name === 'location' ? fromContractUrl(base, value, request.url) : value);
  }
  const hasBody = response.body !== null && response.body !== undefined && !NO_BODY.has(response.status);
  if (hasBody && !headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  const body = hasBody && request.method !== 'HEAD' ? serialise(response.body) : null;
  return new HttpResponse(body, { status: response.status, headers });
}

/** As the Fastify mock writes a body: text and bytes as they are, anything else as JSON. */
function serialise(body: unknown): string | Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body);
}
