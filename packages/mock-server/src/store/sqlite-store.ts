import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { JsonRecord, Store, StoreSnapshot } from '@icontact/mock-core';

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
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
 * `(collection, id)`. WAL journal; a transaction is committed before {@link Store.transaction} returns,
 * and a write outside a transaction is committed before {@link Store.put} returns, so an acknowledged
 * write survives a crash of the process.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new DatabaseSync(options.file);
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.exec(SCHEMA);

  const statements = {
    get: db.prepare('SELECT data FROM records WHERE collection = ? AND id = ?'),
    list: db.prepare('SELECT id, data FROM records WHERE collection = ?'),
    put: db.prepare(
      'INSERT INTO records (collection, id, data) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data',
    ),
    delete: db.prepare('DELETE FROM records WHERE collection = ? AND id = ?'),
    all: db.prepare('SELECT collection, id, data FROM records'),
    clear: db.prepare('DELETE FROM records'),
  } satisfies Record<string, StatementSync>;
  let depth = 0;

  const transaction = <R>(fn: () => R): R => {
    if (depth > 0) return fn();
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
    list: <T extends object = JsonRecord>(collection: string) => {
      const rows = statements.list.all(collection) as { id: string; data: string }[];
      // Sorted here rather than by SQL: SQLite's BINARY order is UTF-8 byte order, the contract's is code-unit order.
      return rows.sort((a, b) => byId(a.id, b.id)).map((row) => JSON.parse(row.data) as T);
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
