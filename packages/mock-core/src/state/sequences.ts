import type { Store } from '../store/store.js';
import { COLLECTIONS } from './records.js';

/** The collections whose records are numbered 1, 2, 3… in the order they were captured. */
export type SequencedCollection = typeof COLLECTIONS.smsInbox | typeof COLLECTIONS.emails;

/** The last number given in each numbered collection, under id `sequences` of `meta`. */
type SequencesRecord = { readonly [collection in SequencedCollection]?: number };

const SEQUENCES_ID = 'sequences';

/**
 * The next number of a captured SMS or email: one more than the last, kept in a counter rather than
 * counted from the collection. A state without the counter (an older snapshot) counts its records once.
 * Call inside the transaction that stores the record.
 */
export function nextSequence(store: Store, collection: SequencedCollection): number {
  const sequences = store.get<SequencesRecord>(COLLECTIONS.meta, SEQUENCES_ID) ?? {};
  const next = (sequences[collection] ?? store.list(collection).length) + 1;
  store.put(COLLECTIONS.meta, SEQUENCES_ID, { ...sequences, [collection]: next } satisfies SequencesRecord);
  return next;
}
