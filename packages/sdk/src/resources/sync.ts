import { Code } from '@icontact/errors';
import { LocalError } from '../core/errors/local-error.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { OutboxItem, RejectedOutboxItem } from '../outbox/outbox-item.js';
import type { FinalSyncResponse, SyncStatus } from '../types.js';
import { type CallOptions, initOf } from './call-options.js';

/** What one `sync.push` did. */
export interface SyncReport {
  /** The shift synced. */
  readonly shiftId: string;
  /** Items the server accepted now. */
  readonly accepted: number;
  /** Items the server already had (a lost answer of an earlier push, say). */
  readonly duplicate: number;
  /** Items the server refused in this push (kept aside, see `sync.rejected`). */
  readonly rejected: readonly RejectedOutboxItem[];
  /** Batches sent. */
  readonly batches: number;
  /** Items still waiting (pending and rejected) after the push. */
  readonly unsent: number;
}

/** Upload of the outbox, and the final sync of a shift (R11). */
export class SyncResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /**
   * Uploads the shift's outbox in batches of at most 100 items, each with the idempotency key it was
   * recorded with, and applies each item's result: `accepted` and `duplicate` leave the outbox,
   * `rejected` ones move aside with their code (never dropped). A batch that fails on the network
   * throws its `ConnectionError` after the transport's retries; the items stay for the next push.
   */
  async push(shiftId: string, options: CallOptions = {}): Promise<SyncReport> {
    const { outbox, raw, syncBatchSize } = this.#context;
    const pending = await outbox.pending(shiftId);
    let accepted = 0;
    let duplicate = 0;
    let batches = 0;
    const rejectedBefore = (await outbox.rejected(shiftId)).length;
    for (let start = 0; start < pending.length; start += syncBatchSize) {
      const items: OutboxItem[] = pending.slice(start, start + syncBatchSize);
      const answer = await unwrap(
        raw.POST('/shifts/{shiftId}/sync', {
          params: { path: { shiftId } },
          body: { items },
          ...initOf(options),
        }),
      );
      batches += 1;
      await outbox.settle(
        shiftId,
        answer.results.map((result) => ({
          idempotencyKey: result.idempotencyKey,
          status: result.status,
          ...(result.code === undefined ? {} : { code: result.code }),
          ...(result.detail === undefined ? {} : { detail: result.detail }),
        })),
      );
      for (const result of answer.results) {
        if (result.status === 'accepted') accepted += 1;
        else if (result.status === 'duplicate') duplicate += 1;
      }
    }
    const rejected = (await outbox.rejected(shiftId)).slice(rejectedBefore);
    return { shiftId, accepted, duplicate, rejected, batches, unsent: await outbox.unsentCount(shiftId) };
  }

  /** The items of a shift still waiting for upload. */
  pending(shiftId: string): Promise<readonly OutboxItem[]> {
    return this.#context.outbox.pending(shiftId);
  }

  /** The items of a shift the server refused, with the code of each. */
  rejected(shiftId: string): Promise<readonly RejectedOutboxItem[]> {
    return this.#context.outbox.rejected(shiftId);
  }

  /** How many contacts the server does not have yet, for one shift or for all. */
  unsentCount(shiftId?: string): Promise<number> {
    return this.#context.outbox.unsentCount(shiftId);
  }

  /** What the server holds of the shift's sync. */
  status(shiftId: string, options: CallOptions = {}): Promise<SyncStatus> {
    return unwrap(
      this.#context.raw.GET('/shifts/{shiftId}/sync', { params: { path: { shiftId } }, ...initOf(options) }),
    );
  }

  /**
   * The final sync: pushes what is left, refuses locally while anything is unsent
   * (`final_sync_incomplete` with `data.unsent`), then sends the manifest — every idempotency key
   * recorded in the shift — for the server to confirm it has them all.
   */
  async final(shiftId: string, options: CallOptions = {}): Promise<FinalSyncResponse> {
    await this.push(shiftId, options);
    const { outbox, raw } = this.#context;
    const unsent = await outbox.unsentCount(shiftId);
    if (unsent > 0) {
      const rejected = await outbox.rejected(shiftId);
      throw new LocalError({
        code: Code.final_sync_incomplete,
        detail: `${unsent} contact(s) of the shift are not on the server yet (${rejected.length} refused by it): the shift cannot be closed.`,
        data: {
          unsent,
          rejected: rejected.map((entry) => ({
            idempotencyKey: entry.item.idempotencyKey,
            code: entry.code,
          })),
        },
        operation: 'finalizeSync',
      });
    }
    const manifest = [...(await outbox.manifest(shiftId))];
    return unwrap(
      raw.POST('/shifts/{shiftId}/sync/final', {
        params: { path: { shiftId } },
        body: { manifest },
        ...initOf(options),
      }),
    );
  }
}
