import { autoCloseAt } from '@icontact/domain';
import type { BackendCore } from '../backend/backend-core.js';
import { closeOverdueShifts } from '../rules/close-overdue-shifts.js';
import { PRUNE_BATCH, pruneExpired } from '../state/prune-expired.js';
import { COLLECTIONS } from '../state/records.js';
import { shiftsInProgress } from '../state/shift-queries.js';

/** How often, in virtual ms, the expired records are looked for when the last look left none behind. */
export const PRUNE_INTERVAL_MS = 60_000;

/** The state's upkeep, done when it is due rather than on every request. */
export interface Chores {
  /**
   * Does what is due at `now`: closes the shifts left open past their local day (when the oldest one's
   * day has ended, or the shifts changed since the last look) and prunes expired records (at most once a
   * virtual minute, at once again while a backlog remains, and after a restore, a reset or a clock moved
   * back).
   */
  runDue(now: Date): void;
}

/** The chores of one backend; they keep what they learnt between requests. */
export function createChores(core: BackendCore): Chores {
  /** The store's revision of the shifts when the auto-close was last looked at, and when it is next due. */
  let shiftsRevision = Number.NaN;
  let autoCloseDueAt = Number.NEGATIVE_INFINITY;
  let pruneEpoch = Number.NaN;
  let lastPruneAt = Number.POSITIVE_INFINITY;
  let nextPruneAt = Number.NEGATIVE_INFINITY;

  return {
    runDue(now) {
      const at = now.getTime();
      if (at >= autoCloseDueAt || core.store.revision(COLLECTIONS.shifts) !== shiftsRevision) {
        closeOverdueShifts(core, now);
        const oldest = shiftsInProgress(core.store, 1)[0];
        autoCloseDueAt = oldest === undefined ? Number.POSITIVE_INFINITY : autoCloseAt(oldest.date).getTime();
        shiftsRevision = core.store.revision(COLLECTIONS.shifts);
      }
      if (at >= nextPruneAt || at < lastPruneAt || core.store.revision() !== pruneEpoch) {
        const deleted = pruneExpired(core.store, now);
        lastPruneAt = at;
        nextPruneAt = deleted >= PRUNE_BATCH ? at : at + PRUNE_INTERVAL_MS;
        pruneEpoch = core.store.revision();
      }
    },
  };
}
