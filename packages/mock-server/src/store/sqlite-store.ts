import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { JsonRecord, ListOptions, Store, StoreSnapshot } from '@icontact/mock-core';
import { openExclusiveDatabase } from './open-database.js';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file; its folder is created when missing. `:memory:` keeps it in memory (tests). */
  readonly file: string;
  /**
   * SQLite's `synchronous` setting under WAL. `normal`: a committed write survives a crash of the process
   * (SIGKILL included), not a power loss. `full`: it also survives a power loss, at an fsync per commit.
   * Default: `normal`.
   */
  readonly synchronous?: 'normal' | 'full';
  /** Milliseconds a write waits for another connection's lock before failing. Default: `5000`. */
  readonly busyTimeoutMs?: number;
  /**
   * The most the database may grow to, in bytes (SQLite's `max_page_count`): a write past it fails as on
   * a full disk (`database or disk is full`), and its transaction leaves nothing. A database already
   * larger keeps its size and is full at once. Default: no limit but the disk's.
   */
  readonly maxBytes?: number;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The least string above every string that starts with `prefix`, in code-point order (which is SQLite's
 * UTF-8 `BINARY` order): the prefix with its last code point raised by one, or `null` when every code
 * point of it is the highest (or it is empty).
 */
function prefixUpperBound(prefix: string): string | null {
  const points = [...prefix];
  while (points.length > 0) {
    const last = (points.pop() as string).codePointAt(0) as number;
    const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
    if (next <= 0x10ffff) return points.join('') + String.fromCodePoint(next);
  }
  return null;
}

/**
 * Whether `id` has a character of U+E000–U+FFFF: only there does UTF-16 code-unit order (the contract's)
 * disagree with UTF-8 byte order (SQLite's), against the astral characters that UTF-16 stores as
 * surrogates (U+D800–U+DFFF).
 */
function hasHighBmpCharacter(id: string): boolean {
  return /[\ue000-\uffff]/.test(id);
}

type Row = { id: string; data: string };

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  ) WITHOUT ROWID;
`;

/**
 * A {@link Store} in one SQLite file (`node:sqlite`, no native build): each record a JSON text under
 * `(collection, id)`. The file is held for this process alone and checked at open
 * ({@link openExclusiveDatabase}): a second mock on it, a damaged file or one SQLite cannot open is
 * refused with a `DataFileError` naming the file. WAL journal; a transaction is committed before
 * {@link Store.transaction} returns (nested ones are savepoints),
 * and a write outside a transaction is committed before {@link Store.put} returns, so an acknowledged
 * write survives a crash of the process.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const db =
    options.file === ':memory:'
      ? new DatabaseSync(options.file)
      : openExclusiveDatabase(options.file, busyTimeoutMs);
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.exec(SCHEMA);
  if (options.maxBytes !== undefined) {
    const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number };
    db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
  }

  const statements = {
    get: db.prepare('SELECT data FROM records WHERE collection = ? AND id = ?'),
    list: db.prepare('SELECT id, data FROM records WHERE collection = ?'),
    listFrom: db.prepare('SELECT id, data FROM records WHERE collection = ? AND id >= ?'),
    listRange: db.prepare('SELECT id, data FROM records WHERE collection = ? AND id >= ? AND id < ?'),
    firstFrom: db.prepare(
      'SELECT id, data FROM records WHERE collection = ? AND id >= ? ORDER BY id LIMIT ?',
    ),
    firstInRange: db.prepare(
      'SELECT id, data FROM records WHERE collection = ? AND id >= ? AND id < ? ORDER BY id LIMIT ?',
    ),
    put: db.prepare(
      'INSERT INTO records (collection, id, data) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data',
    ),
    delete: db.prepare('DELETE FROM records WHERE collection = ? AND id = ?'),
    all: db.prepare('SELECT collection, id, data FROM records'),
    clear: db.prepare('DELETE FROM records'),
  } satisfies Record<string, StatementSync>;
  const savepoint = {
    open: db.prepare('SAVEPOINT nested'),
    release: db.prepare('RELEASE nested'),
    rollback: db.prepare('ROLLBACK TO nested'),
  } satisfies Record<string, StatementSync>;
  let depth = 0;

  /**
   * The outermost transaction is `BEGIN IMMEDIATE` … `COMMIT` (a failed commit, a full disk, rolls back
   * and throws); a nested one is a savepoint, undone alone when its function throws.
   */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: transaction and savepoint with their rollbacks side by side, so the nesting rules read together
  const transaction = <R>(fn: () => R): R => {
    if (depth > 0) {
      savepoint.open.run();
      depth += 1;
      try {
        const result = fn();
        savepoint.release.run();
        return result;
      } catch (error) {
        if (db.isTransaction) {
          savepoint.rollback.run();
          savepoint.release.run();
        }
        throw error;
      } finally {
        depth -= 1;
      }
    }
    db.exec('BEGIN IMMEDIATE');
    depth = 1;
    try {
      const result = fn();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      depth = 0;
    }
  };

  /** The rows whose id starts with `prefix`, in no order: a range of the primary key. */
  const rowsWithPrefix = (collection: string, prefix: string): Row[] => {
    if (prefix === '') return statements.list.all(collection) as Row[];
    const upper = prefixUpperBound(prefix);
    return (
      upper === null
        ? statements.listFrom.all(collection, prefix)
        : statements.listRange.all(collection, prefix, upper)
    ) as Row[];
  };

  /**
   * The first `limit` rows whose id starts with `prefix`, in code-unit order. SQLite orders by UTF-8 bytes,
   * which agrees with code units unless an id holds a character of U+E000–U+FFFF: when one of the rows it
   * picked does, the whole range is read and sorted here instead.
   */
  const firstRowsWithPrefix = (collection: string, prefix: string, limit: number): Row[] => {
    const upper = prefix === '' ? null : prefixUpperBound(prefix);
    const picked = (
      upper === null
        ? statements.firstFrom.all(collection, prefix, limit)
        : statements.firstInRange.all(collection, prefix, upper, limit)
    ) as Row[];
    if (picked.length < limit || !picked.some((row) => hasHighBmpCharacter(row.id))) return picked;
    return rowsWithPrefix(collection, prefix)
      .sort((a, b) => byId(a.id, b.id))
      .slice(0, limit);
  };

  const insertAll = (snapshot: StoreSnapshot): void => {
    for (const [collection, records] of Object.entries(snapshot.collections)) {
      for (const [id, record] of Object.entries(records))
        statements.put.run(collection, id, JSON.stringify(record));
    }
  };

  return {
    get: <T extends object = JsonRecord>(collection: string, id: string) => {
      const row = statements.get.get(collection, id) as { data: string } | undefined;
      return row === undefined ? undefined : (JSON.parse(row.data) as T);
    },
    list: <T extends object = JsonRecord>(collection: string, options: ListOptions = {}) => {
      const prefix = options.prefix ?? '';
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      if (limit <= 0) return [];
      const rows = Number.isFinite(limit)
        ? firstRowsWithPrefix(collection, prefix, Math.trunc(limit))
        : rowsWithPrefix(collection, prefix);
      // Sorted here rather than by SQL: SQLite's BINARY order is UTF-8 byte order, the contract's is code-unit order.
      return rows
        .filter((row) => row.id.startsWith(prefix))
        .sort((a, b) => byId(a.id, b.id))
        .map((row) => JSON.parse(row.data) as T);
    },
    put: (collection: string, id: string, record: object) => {
      statements.put.run(collection, id, JSON.stringify(record));
    },
    delete: (collection, id) => Number(statements.delete.run(collection, id).changes) > 0,
    transaction,
    snapshot: (): StoreSnapshot => {
      const rows = statements.all.all() as { collection: string; id: string; data: string }[];
      rows.sort((a, b) => byId(a.collection, b.collection) || byId(a.id, b.id));
      const collections: Record<string, Record<string, JsonRecord>> = {};
      for (const row of rows) {
        collections[row.collection] ??= {};
        (collections[row.collection] as Record<string, JsonRecord>)[row.id] = JSON.parse(
          row.data,
        ) as JsonRecord;
      }
      return { version: 1, collections };
    },
    restore: (snapshot) =>
      transaction(() => {
        statements.clear.run();
        insertAll(snapshot);
      }),
    clear: () => {
      statements.clear.run();
    },
    close: () => {
      if (db.isOpen) db.close();
    },
  };
}
