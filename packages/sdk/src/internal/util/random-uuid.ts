/**
 * A random UUID v4 (idempotency keys, record keys, request ids), from the `uuid` package: Web Crypto's
 * `crypto.randomUUID()` where the runtime has it (Node, browsers in a secure context), else 16 bytes of
 * `crypto.getRandomValues` (React Native with a polyfill, plain-HTTP pages).
 */
export { v4 as randomUuid } from 'uuid';
