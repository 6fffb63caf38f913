import type { AcceptedItemsLookup } from '@icontact/domain';
import type { IndexedStore } from '../store/indexed-store.js';
import type { Store } from '../store/store.js';
import { COLLECTIONS, type SyncItemRecord } from './records.js';
import { INDEX } from './state-indexes.js';

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

/**
 * The accepted items of a shift looked up one key or one contact at a time (two index reads per item of
 * a batch), so that an upload or a final sync costs the same in a shift of 10 or 1,000 contacts.
 */
export function acceptedItemsLookup(
  store: IndexedStore,
  shiftId: string,
): AcceptedItemsLookup<SyncItemRecord> {
  return {
    byKey: (idempotencyKey) => {
      const item = store.get<SyncItemRecord>(COLLECTIONS.syncItems, syncItemId(shiftId, idempotencyKey));
      return item?.shiftId === shiftId ? item : undefined;
    },
    byContactId: (contactId) =>
      store
        .find<SyncItemRecord>(INDEX.syncItemsByShiftContact, { key: `${shiftId} ${contactId}` })
        .map((found) => found.record)
        .filter((item) => item.shiftId === shiftId && item.contactId === contactId)
        .sort((a, b) => (a.acceptedAt < b.acceptedAt ? -1 : a.acceptedAt > b.acceptedAt ? 1 : 0))[0],
  };
}
