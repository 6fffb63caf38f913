import type { JsonRecord, ListOptions, Store, StoreSnapshot } from './store.js';

/**
 * A secondary index over one collection: the keys under which each of its records is found. The index's
 * entries are records of the underlying store (collection `$index:<name>`, id `<key>\u001f<record id>`),
 * so a transaction writes and undoes them with the records, and a durable store keeps them.
 */
export interface StoreIndex {
  /** The index's name, unique in the store. */
  readonly name: string;
  /** Raise it whenever `keysOf` changes: a durable store indexed by another version is indexed again. */
  readonly version: number;
  /** The collection it indexes. */
  readonly collection: string;
  /**
   * The keys of a record (none leaves it out of the index). Entries are ordered by key in code units,
   * then by record id. Keys hold no character below U+0020, so that a shorter key sorts first.
   */
  readonly keysOf: (record: JsonRecord, id: string) => readonly string[];
}

/** Which entries of an index {@link IndexedStore.find} reads. */
export interface IndexQuery {
  /** Only the entries whose key is exactly this. Default: no such filter. */
  readonly key?: string;
  /** Only the entries whose key starts with this (ignored with `key`). Default: `''`, every entry. */
  readonly prefix?: string;
  /** At most this many entries: the first in key order. Default: no limit. */
  readonly limit?: number;
}

/** A record found through an index: its key there, its id and the record. */
export interface IndexedRecord<T> {
  readonly key: string;
  readonly id: string;
  readonly record: T;
}

/**
 * A {@link Store} that also keeps secondary indexes of some of its collections, so that the records of
 * one shift, one phone or one login are found without reading the whole collection. Its snapshots hold
 * the records only: the indexes are derived, rebuilt on {@link Store.restore} (a snapshot written by hand
 * or by an older version reads like any other).
 */
export interface IndexedStore extends Store {
  /**
   * The records of an index's collection that `query` selects, in key order, then id order.
   *
   * @throws Error when no index has this name (a programming error)
   */
  find<T extends object = JsonRecord>(index: string, query?: IndexQuery): IndexedRecord<T>[];
  /**
   * A number that changes whenever `collection` may have changed (a write to it, even one a transaction
   * undid later, a restore, a clear), or, without `collection`, whenever the whole state was replaced
   * (restore, clear): how a chore knows that what it computed still holds.
   */
  revision(collection?: string): number;
}

/** Collections whose names start with this hold the indexes' entries. */
const INDEX_COLLECTION = '$index';
const SEPARATOR = '\u001f';
const LAYOUT_ID = 'layout';

interface IndexEntry {
  readonly key: string;
  readonly id: string;
}

interface LayoutRecord {
  /** The indexes the entries were built by, as `name@version`, sorted. */
  readonly indexes: readonly string[];
}

function isIndexCollection(collection: string): boolean {
  return collection === INDEX_COLLECTION || collection.startsWith(`${INDEX_COLLECTION}:`);
}

function entriesOf(index: StoreIndex): string {
  return `${INDEX_COLLECTION}:${index.name}`;
}

function entryId(key: string, id: string): string {
  return `${key}${SEPARATOR}${id}`;
}

/** The records of a snapshot without the index entries. */
function recordsOnly(snapshot: StoreSnapshot): StoreSnapshot {
  const collections = Object.fromEntries(
    Object.entries(snapshot.collections).filter(([name]) => !isIndexCollection(name)),
  );
  return { version: snapshot.version, collections };
}

/**
 * Wraps `base` with the given indexes. A store that holds records but no index entries for these indexes
 * (a durable store written before they existed, or by other versions of them) is indexed here, once.
 *
 * @param base - the store that keeps the records and the entries; used only through the result afterwards
 * @param indexes - the indexes, with names unique
 */
export function createIndexedStore(base: Store, indexes: readonly StoreIndex[]): IndexedStore {
  const byName = new Map(indexes.map((index) => [index.name, index]));
  if (byName.size !== indexes.length) throw new Error('Two store indexes have the same name');
  const byCollection = new Map<string, StoreIndex[]>();
  for (const index of indexes)
    byCollection.set(index.collection, [...(byCollection.get(index.collection) ?? []), index]);
  /** Writes per collection since the last restore or clear, and how many restores and clears there were. */
  let writes = new Map<string, number>();
  let epoch = 0;
  const touched = (collection: string): void => {
    writes.set(collection, (writes.get(collection) ?? 0) + 1);
  };
  const replaced = (): void => {
    epoch += 1;
    writes = new Map();
  };
  const layout: LayoutRecord = { indexes: indexes.map((index) => `${index.name}@${index.version}`).sort() };

  /** Moves one index's entries of record `id` from `oldKeys` to `newKeys`, leaving the keys in both. */
  const moveEntries = (
    index: StoreIndex,
    id: string,
    oldKeys: readonly string[],
    newKeys: readonly string[],
  ): void => {
    for (const key of oldKeys) if (!newKeys.includes(key)) base.delete(entriesOf(index), entryId(key, id));
    for (const key of newKeys) {
      if (!oldKeys.includes(key))
        base.put(entriesOf(index), entryId(key, id), { key, id } satisfies IndexEntry);
    }
  };

  /** Moves the record's entries from the keys of `before` to those of `after` (either absent). */
  const reindex = (
    collectionIndexes: readonly StoreIndex[],
    id: string,
    before: JsonRecord | undefined,
    after: JsonRecord | undefined,
  ): void => {
    for (const index of collectionIndexes) {
      const oldKeys = before === undefined ? [] : index.keysOf(before, id);
      const newKeys = after === undefined ? [] : index.keysOf(after, id);
      moveEntries(index, id, oldKeys, newKeys);
    }
  };

  /** Drops every index entry of `snapshot` and indexes its records again. Call inside a transaction. */
  const rebuildFrom = (snapshot: StoreSnapshot): void => {
    for (const [collection, records] of Object.entries(snapshot.collections)) {
      if (isIndexCollection(collection)) for (const id of Object.keys(records)) base.delete(collection, id);
    }
    for (const [collection, collectionIndexes] of byCollection) {
      for (const [id, record] of Object.entries(snapshot.collections[collection] ?? {})) {
        reindex(collectionIndexes, id, undefined, record);
      }
    }
    base.put(INDEX_COLLECTION, LAYOUT_ID, layout);
  };

  const current = base.get<LayoutRecord>(INDEX_COLLECTION, LAYOUT_ID);
  if (current?.indexes.join(',') !== layout.indexes.join(',')) {
    const snapshot = base.snapshot();
    base.transaction(() => rebuildFrom(snapshot));
  }

  return {
    get: (collection, id) => base.get(collection, id),
    list: <T extends object = JsonRecord>(collection: string, options?: ListOptions) =>
      base.list<T>(collection, options),
    put: (collection, id, record) => {
      touched(collection);
      const collectionIndexes = byCollection.get(collection);
      if (collectionIndexes === undefined) {
        base.put(collection, id, record);
        return;
      }
      base.transaction(() => {
        const before = base.get(collection, id);
        base.put(collection, id, record);
        reindex(collectionIndexes, id, before, record as JsonRecord);
      });
    },
    delete: (collection, id) => {
      touched(collection);
      const collectionIndexes = byCollection.get(collection);
      if (collectionIndexes === undefined) return base.delete(collection, id);
      return base.transaction(() => {
        const before = base.get(collection, id);
        if (before === undefined) return false;
        reindex(collectionIndexes, id, before, undefined);
        return base.delete(collection, id);
      });
    },
    transaction: (fn) => base.transaction(fn),
    find: <T extends object = JsonRecord>(name: string, query: IndexQuery = {}) => {
      const index = byName.get(name);
      if (index === undefined) throw new Error(`No store index is named ${name}`);
      const prefix = query.key === undefined ? (query.prefix ?? '') : `${query.key}${SEPARATOR}`;
      const entries = base.list<IndexEntry>(entriesOf(index), {
        prefix,
        ...(query.limit === undefined ? {} : { limit: query.limit }),
      });
      const found: IndexedRecord<T>[] = [];
      for (const { key, id } of entries) {
        const record = base.get<T>(index.collection, id);
        if (record !== undefined) found.push({ key, id, record });
      }
      return found;
    },
    snapshot: () => recordsOnly(base.snapshot()),
    revision: (collection) =>
      collection === undefined ? epoch : epoch * 2 ** 32 + (writes.get(collection) ?? 0),
    restore: (snapshot) => {
      replaced();
      const records = recordsOnly(snapshot);
      base.restore(records);
      base.transaction(() => rebuildFrom(records));
    },
    clear: () => {
      replaced();
      base.clear();
      base.put(INDEX_COLLECTION, LAYOUT_ID, layout);
    },
    close: () => base.close(),
  };
}
