import type { ErrorCode } from '@icontact/errors';
import { Code } from '@icontact/errors';
import { isStorageFullError, type Storage } from '../storage/storage.js';
import { storageFullError } from '../storage/storage-full-error.js';
import type { OutboxItem, RejectedOutboxItem } from './outbox-item.js';

/** What the outbox keeps for one shift, as one JSON document (one atomic write per change). */
interface ShiftDocument {
  readonly version: 1;
  readonly shiftId: string;
  /** Every idempotency key recorded in the shift, sent or not: the final sync's manifest. */
  readonly recorded: readonly string[];
  /** Items the server does not have yet, oldest first. */
  readonly pending: readonly OutboxItem[];
  /** Items the server refused. */
  readonly rejected: readonly RejectedOutboxItem[];
}

/** The server's verdict on one uploaded item (the contract's `SyncItemResult`). */
export interface ItemVerdict {
  readonly idempotencyKey: string;
  readonly status: 'accepted' | 'duplicate' | 'rejected';
  readonly code?: ErrorCode;
  readonly detail?: string;
}

/** Options of {@link Outbox}. */
export interface OutboxOptions {
  /** Prefix of the storage keys the outbox uses. Default `'icontact.outbox.'`. */
  readonly keyPrefix?: string;
  /** The clock, for `rejectedAt`. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/**
 * The durable outbox of finished contacts, per shift, behind a {@link Storage}.
 *
 * - {@link Outbox.add} stores a contact before any upload is tried; it also adds its key to the
 *   shift's manifest.
 * - {@link Outbox.settle} applies a sync's verdicts: an item leaves only on `accepted` or `duplicate`;
 *   a `rejected` one moves aside with its code ({@link Outbox.rejected}).
 * - A storage that is full makes a change fail with `local_storage_full` (with `data.unsent`) and
 *   leaves everything stored before intact.
 *
 * Every operation is serialised, so concurrent calls never interleave their read-modify-write.
 */
export class Outbox {
  readonly #storage: Storage;
  readonly #prefix: string;
  readonly #now: () => Date;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(storage: Storage, options: OutboxOptions = {}) {
    this.#storage = storage;
    this.#prefix = options.keyPrefix ?? 'icontact.outbox.';
    this.#now = options.now ?? (() => new Date());
  }

  /** Stores a finished contact of `shiftId` (idempotent: adding the same key again changes nothing). */
  add(shiftId: string, item: OutboxItem): Promise<void> {
    return this.#serial(async () => {
      const document = await this.#read(shiftId);
      if (document.recorded.includes(item.idempotencyKey)) return;
      await this.#write(document, {
        ...document,
        recorded: [...document.recorded, item.idempotencyKey],
        pending: [...document.pending, item],
      });
    });
  }

  /** The items of `shiftId` the server does not have yet, oldest first. */
  pending(shiftId: string): Promise<readonly OutboxItem[]> {
    return this.#serial(async () => (await this.#read(shiftId)).pending);
  }

  /** The items of `shiftId` the server refused, with their codes. */
  rejected(shiftId: string): Promise<readonly RejectedOutboxItem[]> {
    return this.#serial(async () => (await this.#read(shiftId)).rejected);
  }

  /** Every idempotency key recorded in `shiftId`: the final sync's manifest. */
  manifest(shiftId: string): Promise<readonly string[]> {
    return this.#serial(async () => (await this.#read(shiftId)).recorded);
  }

  /** How many contacts of `shiftId` (or of every shift) the server does not have: pending and rejected. */
  unsentCount(shiftId?: string): Promise<number> {
    return this.#serial(async () => {
      const ids = shiftId === undefined ? await this.#shiftIds() : [shiftId];
      let count = 0;
      for (const id of ids) {
        const document = await this.#read(id);
        count += document.pending.length + document.rejected.length;
      }
      return count;
    });
  }

  /** The shifts the outbox holds anything for. */
  shifts(): Promise<readonly string[]> {
    return this.#serial(() => this.#shiftIds());
  }

  /** Applies a sync's verdicts: accepted and duplicate items leave, rejected ones move aside. */
  settle(shiftId: string, verdicts: readonly ItemVerdict[]): Promise<void> {
    return this.#serial(async () => {
      const document = await this.#read(shiftId);
      const byKey = new Map(verdicts.map((verdict) => [verdict.idempotencyKey, verdict]));
      const pending: OutboxItem[] = [];
      const rejected: RejectedOutboxItem[] = [...document.rejected];
      const rejectedAt = this.#now().toISOString();
      for (const item of document.pending) {
        const verdict = byKey.get(item.idempotencyKey);
        if (verdict === undefined) pending.push(item);
        else if (verdict.status === 'rejected') {
          rejected.push({
            item,
            code: verdict.code ?? Code.unknown_error,
            detail: verdict.detail,
            rejectedAt,
          });
        }
      }
      await this.#write(document, { ...document, pending, rejected });
    });
  }

  /** Forgets everything of `shiftId` (after the shift closed correctly). */
  forget(shiftId: string): Promise<void> {
    return this.#serial(() => this.#storage.removeItem(this.#key(shiftId)));
  }

  #key(shiftId: string): string {
    return `${this.#prefix}${shiftId}`;
  }

  async #shiftIds(): Promise<string[]> {
    return (await this.#storage.keys(this.#prefix)).map((key) => key.slice(this.#prefix.length));
  }

  async #read(shiftId: string): Promise<ShiftDocument> {
    const text = await this.#storage.getItem(this.#key(shiftId));
    if (text === null) return { version: 1, shiftId, recorded: [], pending: [], rejected: [] };
    return JSON.parse(text) as ShiftDocument;
  }

  async #write(before: ShiftDocument, after: ShiftDocument): Promise<void> {
    try {
      await this.#storage.setItem(this.#key(after.shiftId), JSON.stringify(after));
    } catch (error) {
      if (!isStorageFullError(error)) throw error;
      let unsent = before.pending.length + before.rejected.length;
      for (const id of await this.#shiftIds()) {
        if (id !== before.shiftId) {
          const other = await this.#read(id);
          unsent += other.pending.length + other.rejected.length;
        }
      }
      throw storageFullError(error, unsent);
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
