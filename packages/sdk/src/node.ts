/**
 * `@icontact/sdk/node`: what only Node can run — the file-system storage for the outbox.
 *
 * @packageDocumentation
 */
export { createFileStorage } from './storage/file-storage.js';
