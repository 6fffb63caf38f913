import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * The fingerprint of a request's content, to tell a retry (same content) from a reuse of its
 * `Idempotency-Key` for another request: SHA-256 of the RFC 8785 canonical JSON of the path, the
 * query and the body, so key order and whitespace in the body do not matter.
 *
 * @param path - the path without the query
 * @param query - the query string without `?`, as sent
 * @param body - the parsed JSON body, or `undefined` when there is none
 */
export function requestFingerprint(path: string, query: string, body: unknown): string {
  const canonical = canonicalize({ path, query, body: body === undefined ? null : body }) ?? '';
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}
