import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { type HttpAnswer, readAnswer } from './http-answer.js';

/** Methods `fetch` refuses to send; they go through `node:http` instead. */
const FORBIDDEN_FETCH_METHODS = new Set(['TRACE', 'CONNECT', 'TRACK']);

/** Sends one request with `node:http` and reads the answer whole. */
function sendWithHttp(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === 'string') responseHeaders.set(name, value);
        }
        resolve(
          new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers: responseHeaders }),
        );
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The headers of the consultants' tablet app on a current version. */
export const TABLET_HEADERS = { 'x-client-kind': 'tablet', 'x-app-version': '3.2.0' } as const;

/** One raw API request. */
export interface ApiRequest {
  readonly method: string;
  /** The path under the API's base, e.g. `/shifts`. */
  readonly path: string;
  /** A bearer token. Default: none. */
  readonly token?: string;
  /** A JSON value (sent as `application/json`) or, with {@link rawBody}, left out. Default: none. */
  readonly json?: unknown;
  /** A body sent exactly as given, with {@link contentType}. Default: none. */
  readonly rawBody?: string;
  /** The `Content-Type` of {@link rawBody}. Default: `application/json`. */
  readonly contentType?: string;
  /** Headers over the tablet's ({@link TABLET_HEADERS}). Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `Idempotency-Key`. Default: a new UUID for POST, PUT, PATCH and DELETE; none otherwise. */
  readonly idempotencyKey?: string;
  /** Aborts the request (`fetch` only, not the `node:http` methods). Default: none. */
  readonly signal?: AbortSignal;
}

/** Sends raw requests to the API at `apiUrl` as the tablet app does, and reads each answer whole. */
export function createApiClient(apiUrl: string): (request: ApiRequest) => Promise<HttpAnswer> {
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the raw client's request building and whole-answer read, in one call
  return async (request) => {
    const unsafe = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method);
    const key = request.idempotencyKey ?? (unsafe ? randomUUID() : undefined);
    const body = request.rawBody ?? (request.json === undefined ? undefined : JSON.stringify(request.json));
    const headers: Record<string, string> = {
      ...TABLET_HEADERS,
      ...(request.token === undefined ? {} : { authorization: `Bearer ${request.token}` }),
      ...(body === undefined ? {} : { 'content-type': request.contentType ?? 'application/json' }),
      ...(key === undefined ? {} : { 'idempotency-key': key }),
      ...request.headers,
    };
    const url = `${apiUrl}${request.path}`;
    const response = FORBIDDEN_FETCH_METHODS.has(request.method)
      ? await sendWithHttp(url, request.method, headers, body)
      : await fetch(url, {
          method: request.method,
          headers,
          ...(body === undefined ? {} : { body }),
          ...(request.signal === undefined ? {} : { signal: request.signal }),
        });
    return readAnswer(response);
  };
}
