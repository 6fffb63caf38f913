import type { BackendResponse } from './backend-request.js';

/** The content type of every JSON answer. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A JSON answer; `body` `null` means no body (and no `content-type`). */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): BackendResponse {
  return {
    status,
    headers: body === null ? { ...headers } : { 'content-type': JSON_CONTENT_TYPE, ...headers },
    body,
  };
}
