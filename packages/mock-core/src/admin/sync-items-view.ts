import { COLLECTIONS, type ShiftRecord } from '../state/records.js';
import { acceptedItemsOf } from '../state/sync-items.js';
import type { Store } from '../store/store.js';

/** A sync item the server accepted: one per idempotency key it holds. */
export interface AcceptedSyncItem {
  /** The client's key of the upload. */
  readonly idempotencyKey: string;
  /** The contact the item carried. */
  readonly contactId: string;
  readonly shiftId: string;
  /** When the server accepted it (virtual time, ISO 8601). */
  readonly acceptedAt: string;
}

/**
 * The accepted sync items, oldest acceptance first: those of `shiftId` when given (none for an unknown
 * shift), else those of every shift. Reads them only through {@link acceptedItemsOf} (`src/state/`), the
 * one reader of sync items, so that each shift costs its own slice whatever the store's layout.
 */
export function syncItemsView(store: Store, filter: { readonly shiftId?: string } = {}): AcceptedSyncItem[] {
  const shiftIds =
    filter.shiftId === undefined
      ? store.list<ShiftRecord>(COLLECTIONS.shifts).map((shift) => shift.id)
      : [filter.shiftId];
  return shiftIds
    .flatMap((shiftId) => acceptedItemsOf(store, shiftId))
    .map(({ idempotencyKey, contactId, shiftId, acceptedAt }) => ({
      idempotencyKey,
      contactId,
      shiftId,
      acceptedAt,
    }))
    .sort((a, b) => (a.acceptedAt < b.acceptedAt ? -1 : a.acceptedAt > b.acceptedAt ? 1 : 0));
}
