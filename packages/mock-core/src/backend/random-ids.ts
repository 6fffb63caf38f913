import { nanoid } from 'nanoid';

/**
 * A random UUID v4: Web Crypto's `crypto.randomUUID()`, which every runtime the core runs in has (Node;
 * browsers in a secure context, which MSW's service worker requires anyway, docs/msw.md). Ids of records
 * made at run time are random, so that they never collide with records a durable store kept from an
 * earlier run.
 */
export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** An opaque, unguessable token with a readable prefix (`ica_…` access, `icr_…` refresh, `rst_…` reset). */
export function randomToken(prefix: string): string {
  return `${prefix}_${nanoid(32)}`;
}

/** A request id, `req_` and 21 URL-safe characters. */
export function randomRequestId(): string {
  return `req_${nanoid(21)}`;
}
