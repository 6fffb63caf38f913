/// <reference path="../types/fnv-plus.d.ts" />
import canonicalize from 'canonicalize';
import fnv from 'fnv-plus';

/**
 * The fingerprint of a request's content, to tell a retry (same content) from a reuse of its
 * `Idempotency-Key` for another request: a 64-bit FNV-1a hash of the RFC 8785 canonical JSON of the path,
 * the query and the body, so key order and whitespace in the body do not matter. Not cryptographic, and
 * need not be: it only compares two requests under one user, operation and key.
 *
 * @param path - the path without the query
 * @param query - the query string without `?`, as sent
 * @param body - the parsed JSON body, or `undefined` when there is none
 */
export function requestFingerprint(path: string, query: string, body: unknown): string {
  return fnv.fast1a64(canonicalize({ path, query, body: body === undefined ? null : body }) ?? '');
}
