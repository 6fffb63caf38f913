import { IContactError } from '../core/errors/icontact-error.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import { randomUuid } from '../internal/util/random-uuid.js';
import type { Contact, Shift, Timesheet } from '../types.js';
import { type CallOptions, initOf, type MutationOptions } from './call-options.js';
import type { SyncResource } from './sync.js';

/** Which shifts `shifts.list` returns. */
export interface ShiftListQuery {
  /** First day, `YYYY-MM-DD` (Asia/Almaty). Default: the server's default range. */
  readonly from?: string;
  /** Last day, `YYYY-MM-DD` (Asia/Almaty). Default: the server's default range. */
  readonly to?: string;
}

/** The consultant's shifts: list, read, start, close (after the final sync), timesheet. */
export class ShiftsResource {
  readonly #context: SdkContext;
  readonly #sync: SyncResource;
  /** The `Idempotency-Key` of a close whose answer was lost, by shift: the next `close` re-sends it. */
  readonly #lostCloses = new Map<string, string>();

  constructor(context: SdkContext, sync: SyncResource) {
    this.#context = context;
    this.#sync = sync;
  }

  /** The consultant's shifts (`consultant_not_bound` when no supervisor has bound them yet, guide #23). */
  async list(query: ShiftListQuery = {}, options: CallOptions = {}): Promise<readonly Shift[]> {
    const answer = await unwrap(this.#context.raw.GET('/shifts', { params: { query }, ...initOf(options) }));
    return answer.items;
  }

  /** One shift. */
  get(shiftId: string, options: CallOptions = {}): Promise<Shift> {
    return unwrap(
      this.#context.raw.GET('/shifts/{shiftId}', { params: { path: { shiftId } }, ...initOf(options) }),
    );
  }

  /** Starts the shift (starting late is lateness, R9). */
  start(shiftId: string, options: MutationOptions = {}): Promise<Shift> {
    return unwrap(
      this.#context.raw.POST('/shifts/{shiftId}/start', {
        params: { path: { shiftId } },
        ...initOf(options),
      }),
    );
  }

  /**
   * Closes the shift correctly (R11): runs the final sync first — pushing the outbox and sending the
   * manifest of every contact recorded in the shift — and refuses to close while anything is unsent
   * (`final_sync_incomplete`). Once closed, the shift's outbox is cleared. When the close's answer is
   * lost on the network, calling `close` again re-sends the same close (same `Idempotency-Key`).
   */
  async close(shiftId: string, options: MutationOptions = {}): Promise<Shift> {
    const lost = this.#lostCloses.get(shiftId);
    // A close is sent only after a complete final sync; when its answer was lost, the close may have
    // been applied, so the final sync is not run again (the shift may be closed): the close is re-sent
    // with the same key, and the server replays its answer.
    if (lost === undefined) {
      const { idempotencyKey: _closeKey, ...syncOptions } = options;
      await this.#sync.final(shiftId, syncOptions);
    }
    const idempotencyKey = options.idempotencyKey ?? lost ?? randomUuid();
    let shift: Shift;
    try {
      shift = await unwrap(
        this.#context.raw.POST('/shifts/{shiftId}/close', {
          params: { path: { shiftId } },
          ...initOf({ ...options, idempotencyKey }),
        }),
      );
    } catch (error) {
      // Like a contact step's key, a lost close's key is kept until a close succeeds: a later call that
      // fails without reaching the server (refused, 502) says nothing about the lost one.
      if (error instanceof IContactError && error.maybeApplied) this.#lostCloses.set(shiftId, idempotencyKey);
      throw error;
    }
    this.#lostCloses.delete(shiftId);
    await this.#context.outbox.forget(shiftId);
    return shift;
  }

  /** The shift's timesheet: lateness, under-work (R9, R10). */
  timesheet(shiftId: string, options: CallOptions = {}): Promise<Timesheet> {
    return unwrap(
      this.#context.raw.GET('/shifts/{shiftId}/timesheet', {
        params: { path: { shiftId } },
        ...initOf(options),
      }),
    );
  }

  /** The shift's contacts as the server holds them. */
  async contacts(shiftId: string, options: CallOptions = {}): Promise<readonly Contact[]> {
    const answer = await unwrap(
      this.#context.raw.GET('/shifts/{shiftId}/contacts', {
        params: { path: { shiftId } },
        ...initOf(options),
      }),
    );
    return answer.items;
  }
}
