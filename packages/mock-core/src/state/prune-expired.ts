import type { IndexedStore } from '../store/indexed-store.js';
import { COLLECTIONS } from './records.js';
import { IDEMPOTENCY_COLLECTION, INDEX } from './state-indexes.js';

/**
 * How long past its expiry a record is kept before it is pruned, in virtual ms: one hour, so that a clock
 * moved back a little finds what it left, and a request with a token that just expired still names its
 * user to the fault engine.
 */
export const PRUNE_GRACE_MS = 60 * 60_000;

/** At most this many records of each kind are pruned by one call, so that no request pays for a backlog. */
export const PRUNE_BATCH = 50;

/** The records that expire, each through the index that orders them by expiry. */
const EXPIRING = [
  { index: INDEX.tokensByExpiry, collection: COLLECTIONS.tokens },
  { index: INDEX.sessionsByExpiry, collection: COLLECTIONS.sessions },
  { index: INDEX.idempotencyKeysByExpiry, collection: IDEMPOTENCY_COLLECTION },
  { index: INDEX.lockoutsByStaleness, collection: COLLECTIONS.lockouts },
] as const;

/**
 * Deletes the tokens, sessions, stored idempotency keys and lockout records that expired (or stopped
 * counting) more than {@link PRUNE_GRACE_MS} before `now`, at most {@link PRUNE_BATCH} of each kind. Lazy:
 * the request pipeline calls it on every request; most calls read one index entry per kind and write
 * nothing. Nothing it deletes would still be honoured: every reader checks the expiry itself.
 *
 * @returns how many records it deleted
 */
export function pruneExpired(store: IndexedStore, now: Date): number {
  const cutoff = new Date(now.getTime() - PRUNE_GRACE_MS).toISOString();
  const due: { collection: string; id: string }[] = [];
  for (const { index, collection } of EXPIRING) {
    const [oldest] = store.find(index, { limit: 1 });
    if (oldest === undefined || oldest.key > cutoff) continue;
    for (const found of store.find(index, { limit: PRUNE_BATCH })) {
      if (found.key > cutoff) break;
      due.push({ collection, id: found.id });
    }
  }
  if (due.length === 0) return 0;
  store.transaction(() => {
    for (const { collection, id } of due) store.delete(collection, id);
  });
  return due.length;
}
