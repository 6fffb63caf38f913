import type { HeaderValue } from './backend-request.js';

/** Request headers with lowercase names and one value each (repeated values joined with `, `). */
export type RequestHeaders = ReadonlyMap<string, string>;

/** Lowercases header names and joins repeated values, as HTTP allows for list headers. */
export function normaliseHeaders(headers: Readonly<Record<string, HeaderValue>>): RequestHeaders {
  const out = new Map<string, string>();
  for (const name in headers) {
    if (!Object.hasOwn(headers, name)) continue;
    const value = headers[name];
    if (value === undefined) continue;
    const joined = typeof value === 'string' ? value : value.join(', ');
    const key = name.toLowerCase();
    const existing = out.get(key);
    out.set(key, existing === undefined ? joined : `${existing}, ${joined}`);
  }
  return out;
}

/** The token of an `Authorization: Bearer <token>` header, or `null` when there is none. */
export function bearerToken(headers: RequestHeaders): string | null {
  const value = headers.get('authorization');
  if (value === undefined) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value);
  return match?.[1] ?? null;
}
