/**
 * Deduplicating a sync batch (decision 0001, "Sync"): every item has a client-generated idempotency
 * key; the first acceptance of a key, or of a contact, stands.
 */
import { Code } from '@icontact/errors';

/** The identity of one sync item: its idempotency key and the contact it carries. */
export interface SyncItemIdentity {
  readonly idempotencyKey: string;
  readonly contactId: string;
}

/**
 * What the server already accepted, looked up by key and by contact. Lookups must be pure reads.
 * {@link indexAcceptedItems} builds one from a list.
 */
export interface AcceptedItemsLookup<A extends SyncItemIdentity> {
  /** The accepted item with this idempotency key, if any. */
  byKey(idempotencyKey: string): A | undefined;
  /** The accepted item that carried this contact, if any. */
  byContactId(contactId: string): A | undefined;
}

/**
 * How one batch item stands:
 * - `new`: neither its key nor its contact was seen: process it (it may still be rejected);
 * - `already_accepted`: its key was accepted earlier: answer `duplicate`, the first acceptance
 *   (`first`) stands;
 * - `contact_already_accepted`: the same contact was accepted under another key: answer `duplicate`;
 * - `key_reused`: its key was accepted earlier for another contact: reject with
 *   `idempotency_key_reused`;
 * - `repeated_in_batch`: an earlier item of this batch (at `firstIndex`) has the same key and
 *   contact, or the same contact under another key: answer as that item was answered (`duplicate` if
 *   it was accepted);
 * - `key_reused_in_batch`: an earlier item of this batch has the same key but another contact:
 *   reject with `idempotency_key_reused` (never `duplicate`, which would drop this contact from the
 *   client's outbox).
 *
 * A key reused for another contact is never answered `duplicate`, so no contact is silently lost.
 */
export type SyncItemClass<I extends SyncItemIdentity, A extends SyncItemIdentity> =
  | { readonly status: 'new'; readonly item: I }
  | { readonly status: 'already_accepted'; readonly item: I; readonly first: A }
  | { readonly status: 'contact_already_accepted'; readonly item: I; readonly first: A }
  | {
      readonly status: 'key_reused';
      readonly item: I;
      readonly first: A;
      readonly code: typeof Code.idempotency_key_reused;
    }
  | { readonly status: 'repeated_in_batch'; readonly item: I; readonly firstIndex: number }
  | {
      readonly status: 'key_reused_in_batch';
      readonly item: I;
      readonly firstIndex: number;
      readonly code: typeof Code.idempotency_key_reused;
    };

/**
 * Classifies every item of a batch against what the server already holds and against the batch's
 * own earlier items. Pure: nothing is recorded; the caller accepts the `new` items it validates.
 *
 * @param items - the batch, in order
 * @param accepted - what the server accepted before this batch
 * @returns one classification per item, in the batch's order
 */
export function classifySyncBatch<I extends SyncItemIdentity, A extends SyncItemIdentity>(
  items: readonly I[],
  accepted: AcceptedItemsLookup<A>,
): SyncItemClass<I, A>[] {
  const firstIndexByKey = new Map<string, number>();
  const firstIndexByContact = new Map<string, number>();
  return items.map((item, index): SyncItemClass<I, A> => {
    const byKey = accepted.byKey(item.idempotencyKey);
    if (byKey !== undefined) {
      return byKey.contactId === item.contactId
        ? { status: 'already_accepted', item, first: byKey }
        : { status: 'key_reused', item, first: byKey, code: Code.idempotency_key_reused };
    }
    const byContact = accepted.byContactId(item.contactId);
    if (byContact !== undefined) return { status: 'contact_already_accepted', item, first: byContact };
    const sameKeyIndex = firstIndexByKey.get(item.idempotencyKey);
    if (sameKeyIndex !== undefined) {
      return items[sameKeyIndex]?.contactId === item.contactId
        ? { status: 'repeated_in_batch', item, firstIndex: sameKeyIndex }
        : {
            status: 'key_reused_in_batch',
            item,
            firstIndex: sameKeyIndex,
            code: Code.idempotency_key_reused,
          };
    }
    const sameContactIndex = firstIndexByContact.get(item.contactId);
    if (sameContactIndex !== undefined)
      return { status: 'repeated_in_batch', item, firstIndex: sameContactIndex };
    firstIndexByKey.set(item.idempotencyKey, index);
    firstIndexByContact.set(item.contactId, index);
    return { status: 'new', item };
  });
}

/**
 * Builds an {@link AcceptedItemsLookup} from accepted items. When several carry the same key or
 * contact, the first in the list wins (the first acceptance stands).
 *
 * @param acceptedItems - the accepted items, oldest first
 */
export function indexAcceptedItems<A extends SyncItemIdentity>(
  acceptedItems: Iterable<A>,
): AcceptedItemsLookup<A> {
  const byKey = new Map<string, A>();
  const byContactId = new Map<string, A>();
  for (const item of acceptedItems) {
    if (!byKey.has(item.idempotencyKey)) byKey.set(item.idempotencyKey, item);
    if (!byContactId.has(item.contactId)) byContactId.set(item.contactId, item);
  }
  return { byKey: (key) => byKey.get(key), byContactId: (contactId) => byContactId.get(contactId) };
}
