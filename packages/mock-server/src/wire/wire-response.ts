import type { OutgoingHttpHeaders } from 'node:http';

/** A response ready for the wire: the core's answer with its body as bytes. */
export interface WireResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The headers, `Content-Length` included. */
  readonly headers: OutgoingHttpHeaders;
  /** The body's bytes (empty for none). */
  readonly body: Buffer;
}

/** A response as the core hands it over: its body a string, bytes, a JSON value, or absent. */
export interface ResponseLike {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string | number | readonly string[]>>;
  readonly body?: unknown;
}

/**
 * Turns a response into bytes with a `Content-Length`. A body that is neither a string nor bytes is sent
 * as JSON (with `application/json` unless the response names another type).
 */
export function toWireResponse(response: ResponseLike): WireResponse {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    headers[name.toLowerCase()] = typeof value === 'object' ? [...value] : value;
  }
  let body: Buffer;
  if (response.body === undefined || response.body === null) body = Buffer.alloc(0);
  else if (typeof response.body === 'string') body = Buffer.from(response.body, 'utf8');
  else if (response.body instanceof Uint8Array) body = Buffer.from(response.body);
  else {
    body = Buffer.from(JSON.stringify(response.body), 'utf8');
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (
    !(response.status === 204 || response.status === 304 || (response.status >= 100 && response.status < 200))
  ) {
    headers['content-length'] = body.length;
  } else {
    delete headers['content-length'];
    body = Buffer.alloc(0);
  }
  return { status: response.status, headers, body };
}
