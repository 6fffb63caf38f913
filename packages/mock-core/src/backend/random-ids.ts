import { nanoid } from 'nanoid';

/**
 * A random UUID v4 from the runtime's cryptographic random source: Web Crypto's `randomUUID` (Node, and
 * browsers in a secure context), else the same from `getRandomValues` (a browser page served over plain
 * HTTP). Ids of records made at run time are random, so that they never collide with records a durable
 * store kept from an earlier run.
 */
export function randomUuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An opaque, unguessable token with a readable prefix (`ica_…` access, `icr_…` refresh, `rst_…` reset). */
export function randomToken(prefix: string): string {
  return `${prefix}_${nanoid(32)}`;
}

/** A request id, `req_` and 21 URL-safe characters. */
export function randomRequestId(): string {
  return `req_${nanoid(21)}`;
}
