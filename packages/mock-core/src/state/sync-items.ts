import type { Store } from '../store/store.js';
import { COLLECTIONS, type SyncItemRecord } from './records.js';

/**
 * The id of an accepted sync item: `<shiftId> <idempotencyKey>`, so that a shift's items share a prefix
 * of the collection (the format of every version so far: older snapshots read alike).
 */
export function syncItemId(shiftId: string, idempotencyKey: string): string {
  return `${shiftId} ${idempotencyKey}`;
}

/**
 * The accepted sync items of a shift, in the order they were accepted (then by key): the one way to
 * read them. It reads the shift's slice of the collection only, whatever the number of stored items.
 */
export function acceptedItemsOf(store: Store, shiftId: string): SyncItemRecord[] {
  return store
    .list<SyncItemRecord>(COLLECTIONS.syncItems, { prefix: `${shiftId} ` })
    .filter((item) => item.shiftId === shiftId)
    .sort((a, b) => (a.acceptedAt < b.acceptedAt ? -1 : a.acceptedAt > b.acceptedAt ? 1 : 0));
}
