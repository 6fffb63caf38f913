import { createSortedMap, type SortedMap, valuesWithPrefix } from './sorted-map.js';
import type { JsonRecord, ListOptions, Store, StoreSnapshot } from './store.js';

function copy<T>(value: T): T {
  return structuredClone(value);
}

/** The first value of each record a running transaction touched, by `collection\u0000id` (`before` undefined: absent). */
type Journal = Map<string, { collection: string; id: string; before: JsonRecord | undefined }>;

/**
 * A {@link Store} in memory: the default, fast and lost at exit. Each collection is a B+ tree ordered by
 * id, so that a list by prefix walks only its slice and a full list needs no sort. Transactions keep an
 * undo journal of the records they touched and roll back when their function throws.
 */
export function createMemoryStore(): Store {
  let collections = new Map<string, SortedMap<JsonRecord>>();
  let journal: Journal | null = null;

  const collectionOf = (name: string): SortedMap<JsonRecord> => {
    let records = collections.get(name);
    if (!records) {
      records = createSortedMap();
      collections.set(name, records);
    }
    return records;
  };
  const remember = (collection: string, id: string): void => {
    if (!journal) return;
    const key = `${collection}\u0000${id}`;
    if (!journal.has(key)) journal.set(key, { collection, id, before: collections.get(collection)?.get(id) });
  };

  return {
    get: <T extends object = JsonRecord>(collection: string, id: string) => {
      const record = collections.get(collection)?.get(id);
      return record === undefined ? undefined : (copy(record) as T);
    },
    list: <T extends object = JsonRecord>(collection: string, options: ListOptions = {}) => {
      const records = collections.get(collection);
      if (!records) return [];
      return valuesWithPrefix(records, options.prefix ?? '', options.limit).map(
        (record) => copy(record) as T,
      );
    },
    put: (collection, id, record) => {
      remember(collection, id);
      collectionOf(collection).set(id, copy(record) as JsonRecord);
    },
    delete: (collection, id) => {
      remember(collection, id);
      return collections.get(collection)?.delete(id) ?? false;
    },
    transaction: <R>(fn: () => R): R => {
      if (journal) return fn();
      const undo: Journal = new Map();
      journal = undo;
      try {
        const result = fn();
        journal = null;
        return result;
      } catch (error) {
        journal = null;
        for (const { collection, id, before } of undo.values()) {
          if (before === undefined) collections.get(collection)?.delete(id);
          else collectionOf(collection).set(id, before);
        }
        throw error;
      }
    },
    snapshot: (): StoreSnapshot => {
      const out: Record<string, Record<string, JsonRecord>> = {};
      for (const [name, records] of collections) {
        if (records.size === 0) continue;
        out[name] = Object.fromEntries(records.toArray().map(([id, record]) => [id, copy(record)]));
      }
      return { version: 1, collections: out };
    },
    restore: (snapshot) => {
      const next = new Map<string, SortedMap<JsonRecord>>();
      for (const [name, records] of Object.entries(snapshot.collections)) {
        next.set(name, createSortedMap(Object.entries(records).map(([id, record]) => [id, copy(record)])));
      }
      collections = next;
      journal = null;
    },
    clear: () => {
      collections = new Map();
      journal = null;
    },
    close: () => {
      collections = new Map();
    },
  };
}
