import { copyRecord, deepFreeze } from './frozen-json.js';
import { createSortedMap, type SortedMap, valuesWithPrefix } from './sorted-map.js';
import type { JsonRecord, ListOptions, Store, StoreSnapshot } from './store.js';

/** The first value of each record a running transaction touched, by `collection\u0000id` (`before` undefined: absent). */
type Journal = Map<string, { collection: string; id: string; before: JsonRecord | undefined }>;

/**
 * A {@link Store} in memory: the default, fast and lost at exit. Each collection is a B+ tree ordered by
 * id, so that a list by prefix walks only its slice and a full list needs no sort. Records are kept as
 * they were put, frozen, and handed out by reference (no copy per read or write); only snapshots copy.
 * Each transaction, nested ones included, keeps an undo journal of the records it touched and rolls them
 * back when its function throws.
 */
export function createMemoryStore(): Store {
  let collections = new Map<string, SortedMap<JsonRecord>>();
  /** The journals of the running transactions, outermost first. */
  let journals: Journal[] = [];

  const collectionOf = (name: string): SortedMap<JsonRecord> => {
    let records = collections.get(name);
    if (!records) {
      records = createSortedMap();
      collections.set(name, records);
    }
    return records;
  };
  const remember = (collection: string, id: string): void => {
    const journal = journals.at(-1);
    if (journal === undefined) return;
    const key = `${collection}\u0000${id}`;
    if (!journal.has(key)) journal.set(key, { collection, id, before: collections.get(collection)?.get(id) });
  };
  const undo = (journal: Journal): void => {
    for (const { collection, id, before } of journal.values()) {
      if (before === undefined) collections.get(collection)?.delete(id);
      else collectionOf(collection).set(id, before);
    }
  };

  return {
    get: <T extends object = JsonRecord>(collection: string, id: string) =>
      collections.get(collection)?.get(id) as T | undefined,
    list: <T extends object = JsonRecord>(collection: string, options: ListOptions = {}) => {
      const records = collections.get(collection);
      if (!records) return [];
      return valuesWithPrefix(records, options.prefix ?? '', options.limit) as T[];
    },
    put: (collection, id, record) => {
      remember(collection, id);
      collectionOf(collection).set(id, deepFreeze(record) as JsonRecord);
    },
    delete: (collection, id) => {
      remember(collection, id);
      return collections.get(collection)?.delete(id) ?? false;
    },
    transaction: <R>(fn: () => R): R => {
      const journal: Journal = new Map();
      const outer = journals.at(-1);
      journals.push(journal);
      try {
        const result = fn();
        journals.pop();
        // A nested transaction that returns hands its undo entries to the one around it.
        if (outer !== undefined)
          for (const [key, entry] of journal) if (!outer.has(key)) outer.set(key, entry);
        return result;
      } catch (error) {
        journals.pop();
        undo(journal);
        throw error;
      }
    },
    snapshot: (): StoreSnapshot => {
      const out: Record<string, Record<string, JsonRecord>> = {};
      for (const [name, records] of collections) {
        if (records.size === 0) continue;
        out[name] = Object.fromEntries(records.toArray().map(([id, record]) => [id, copyRecord(record)]));
      }
      return { version: 1, collections: out };
    },
    restore: (snapshot) => {
      const next = new Map<string, SortedMap<JsonRecord>>();
      for (const [name, records] of Object.entries(snapshot.collections)) {
        next.set(
          name,
          createSortedMap(
            Object.entries(records).map(([id, record]) => [id, deepFreeze(copyRecord(record))]),
          ),
        );
      }
      collections = next;
      journals = [];
    },
    clear: () => {
      collections = new Map();
      journals = [];
    },
    close: () => {
      collections = new Map();
    },
  };
}
