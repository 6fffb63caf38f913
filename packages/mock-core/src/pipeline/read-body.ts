import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import type { RequestHeaders } from '../http/headers.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The size of a body in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a request's JSON body: `undefined` when there is none; `payload_too_large` (413) over the limit,
 * `unsupported_media_type` (415) when it is not declared JSON, `malformed_json` (400) when it does not parse.
 */
export function readJsonBody(
  bodyText: string | undefined,
  headers: RequestHeaders,
  maxBytes: number,
): unknown {
  if (bodyText === undefined || bodyText === '') return undefined;
  if (bodyText.length > maxBytes || utf8Length(bodyText) > maxBytes) {
    throw refuse(Code.payload_too_large, { maxBytes });
  }
  const contentType = headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(contentType)) {
    throw refuse(Code.unsupported_media_type, undefined, {
      detail: `Unsupported media type "${contentType || '(none)'}" in request: send application/json.`,
    });
  }
  try {
    return JSON.parse(bodyText) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not JSON';
    throw refuse(Code.malformed_json, undefined, { detail: `JSON parse error - ${reason}` });
  }
}

/** The body's `login`, when it is a JSON object with a string `login` (for fault targeting); never throws. */
export function peekLogin(bodyText: string | undefined): string | undefined {
  if (bodyText === undefined || bodyText === '' || !bodyText.includes('login')) return undefined;
  try {
    const parsed = JSON.parse(bodyText) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { login?: unknown }).login === 'string'
    ) {
      return (parsed as { login: string }).login;
    }
  } catch {
    // not JSON: the request is refused later as malformed_json
  }
  return undefined;
}
