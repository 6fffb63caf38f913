import type { BackendRequest } from '@icontact/mock-core';
import { type ApiBase, toContractUrl } from './api-base.js';

/**
 * Translates the `Request` MSW intercepted into the core's request: its method, its URL under the
 * contract's base path, its headers and its body as text (any content type: the core decides what it
 * accepts). Reads a clone, so the original stays unread.
 */
export async function toBackendRequest(base: ApiBase, request: Request): Promise<BackendRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bodyText = request.body === null ? undefined : await request.clone().text();
  return {
    method: request.method,
    url: toContractUrl(base, request.url),
    headers,
    bodyText,
    signal: request.signal,
  };
}
