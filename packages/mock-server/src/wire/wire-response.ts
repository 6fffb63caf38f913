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

/** A response ready for the wire with its body as text, when it has one: what a plain answer sends. */
export interface WireText {
  /** The HTTP status. */
  readonly status: number;
  /** The headers, without `Content-Length` (the sender counts the bytes). */
  readonly headers: OutgoingHttpHeaders;
  /** The body as UTF-8 text, bytes as they came, or `undefined` for none. */
  readonly body: string | Buffer | undefined;
}

/** Whether a response of this status carries no body (1xx, 204, 304). */
function bodiless(status: number): boolean {
  return status === 204 || status === 304 || (status >= 100 && status < 200);
}

/**
 * A response with its body as text (JSON for a value that is neither text nor bytes, with
 * `application/json` unless the response names another type). Sent as a string, Node writes the head and
 * the body in one write, with no copy of the body into a buffer first.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the wire's hot path: headers and body kinds in one pass, no intermediate copies
export function toWireText(response: ResponseLike): WireText {
  const headers: OutgoingHttpHeaders = {};
  if (response.headers !== undefined) {
    for (const name in response.headers) {
      const value = response.headers[name] as string | number | readonly string[];
      const lower = name.toLowerCase();
      if (lower !== 'content-length') headers[lower] = typeof value === 'object' ? [...value] : value;
    }
  }
  const source = response.body;
  let body: string | Buffer | undefined;
  if (source === undefined || source === null || bodiless(response.status)) body = undefined;
  else if (typeof source === 'string') body = source;
  else if (source instanceof Uint8Array) body = Buffer.from(source);
  else {
    body = JSON.stringify(source);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  return { status: response.status, headers, body: body === '' || body?.length === 0 ? undefined : body };
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
