import { Code } from '@icontact/errors';
import { LocalError } from '../core/errors/local-error.js';

/**
 * The `local_storage_full` error of a write the storage refused for want of space: nothing stored
 * before was lost, and `unsent` contacts wait to be sent.
 */
export function storageFullError(cause: unknown, unsent: number): LocalError {
  return new LocalError({
    code: Code.local_storage_full,
    detail: `The device's storage is full: nothing was lost, ${unsent} contact(s) are waiting to be sent. Sync now, then free some space.`,
    data: { unsent },
    cause,
  });
}
