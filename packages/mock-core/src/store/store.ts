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

/**
 * Where the backend keeps its state: named collections of JSON records, each record under a string id.
 * Synchronous, so that a rule reads and writes inside one transaction without awaiting anything.
 *
 * Contract (checked by `registerStoreConformanceTests` from `@icontact/mock-core/testing`):
 * - `get` and `list` return copies: changing them changes nothing stored;
 * - `put` stores a copy and replaces the record under that id;
 * - `list` returns the collection's records in id order (code-unit order, like SQL's `BINARY`);
 * - inside `transaction(fn)`, if `fn` throws, every write it made is undone and the error is rethrown;
 *   a nested `transaction` joins the outer one; a durable store commits before `transaction` returns;
 * - `restore` replaces everything with the snapshot's records.
 */
export interface Store {
  /** The record `id` of `collection`, or `undefined`. */
  get<T extends object = JsonRecord>(collection: string, id: string): T | undefined;
  /** Every record of `collection`, in id order. */
  list<T extends object = JsonRecord>(collection: string): T[];
  /** Stores `record` (a JSON object: no `undefined`, functions, dates or cycles) as `id` of `collection`, replacing any record there. */
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
