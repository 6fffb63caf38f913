/** A JSON value, as a store keeps it. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** A JSON object: what every record of a store is. */
export type JsonRecord = { readonly [key: string]: JsonValue };

/**
 * Every record of a store at one moment: collection → id → record. Plain JSON, so it can be written
 * to a file and restored by another kind of store.
 */
export interface StoreSnapshot {
  /** The snapshot format; `1`. */
  readonly version: 1;
  /** The records by collection and id. */
  readonly collections: { readonly [collection: string]: { readonly [id: string]: JsonRecord } };
}

/** Which records of a collection {@link Store.list} returns. */
export interface ListOptions {
  /**
   * Only the records whose id starts with this string (compared code unit by code unit; a well-formed
   * string, no lone surrogate). Default: `''`, every record.
   */
  readonly prefix?: string;
  /** At most this many records: the first ones in id order. Default: no limit. */
  readonly limit?: number;
}

/**
 * Where the backend keeps its state: named collections of JSON records, each record under a string id.
 * Synchronous, so that a rule reads and writes inside one transaction without awaiting anything.
 *
 * Contract (checked by `registerStoreConformanceTests` from `@icontact/mock-core/testing`):
 * - records are immutable: `put` takes the record over (the memory store freezes it, deep, and keeps it
 *   as it is; a durable store serialises it), and `get` and `list` hand out records that must not be
 *   changed (the memory store's own frozen records, by reference: no copy per read). Build a changed
 *   record with a spread and `put` it. Changing a record after `put`, or one that was read, never changes
 *   what is stored (a frozen record refuses it);
 * - `put` replaces the record under that id;
 * - `list` returns the collection's records in id order (UTF-16 code-unit order, as JavaScript compares
 *   strings; it differs from SQLite's `BINARY` UTF-8 order between U+E000–U+FFFF and astral characters);
 * - `list(collection, { prefix, limit })` returns only the records whose id starts with `prefix`, the first
 *   `limit` of them, and costs about what it returns, not the size of the collection (an ordered index:
 *   the memory store's B+ tree, the SQLite store's primary key): ids that share a prefix are how the
 *   backend keeps a slice of a collection (a shift's sync items: `<shiftId> <key>`);
 * - inside `transaction(fn)`, if `fn` throws, every write it made is undone and the error is rethrown;
 *   a nested `transaction` is a savepoint: when it throws, only its own writes are undone (the outer one
 *   may catch the error and go on); when it returns, its writes belong to the outer one, which commits
 *   or undoes them with its own. A durable store commits the outermost before `transaction` returns, and
 *   a commit that fails (a full disk) undoes everything and throws;
 * - `snapshot` copies: what it returns shares nothing with the store;
 * - `restore` replaces everything with the snapshot's records.
 */
export interface Store {
  /** The record `id` of `collection`, or `undefined`. Never change it: see the contract above. */
  get<T extends object = JsonRecord>(collection: string, id: string): T | undefined;
  /** The records of `collection` in id order: every one, or those `options` selects. */
  list<T extends object = JsonRecord>(collection: string, options?: ListOptions): T[];
  /**
   * Stores `record` (a JSON object: no `undefined`, functions, dates or cycles) as `id` of `collection`,
   * replacing any record there. The store takes it over: never change it afterwards.
   */
  put(collection: string, id: string, record: object): void;
  /** Removes the record; `true` when there was one. */
  delete(collection: string, id: string): boolean;
  /** Runs `fn` atomically: all its writes, or none when it throws. Returns what `fn` returns. */
  transaction<R>(fn: () => R): R;
  /** Every record, as plain JSON. */
  snapshot(): StoreSnapshot;
  /** Replaces every record with those of `snapshot`. */
  restore(snapshot: StoreSnapshot): void;
  /** Removes every record. */
  clear(): void;
  /** Releases the store's resources (a database handle). The store is unusable afterwards. */
  close(): void;
}

/** Makes a fresh store; the conformance tests call it once per test. */
export type StoreFactory = () => Store;
