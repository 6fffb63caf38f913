import { checkFinalSync } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import type { ShiftRecord } from '../state/records.js';
import { contactsOfShift } from '../state/shift-queries.js';
import { acceptedItemsLookup } from '../state/sync-items.js';
import type { IndexedStore } from '../store/indexed-store.js';

/** What the server lacks for a shift's final sync to be complete (decision 0004). */
export interface FinalSyncGap {
  /** The manifest's idempotency keys that the server holds no accepted upload for, in manifest order. */
  readonly missing: readonly string[];
  /** Contacts the server saw submitted in the shift whose record no accepted upload carries. */
  readonly missingContacts: readonly string[];
}

/**
 * Compares a manifest with what the server holds for a shift (R11, decision 0004): every key of the
 * manifest must have been accepted, **and** every contact submitted online in the shift must have come
 * in through an accepted upload — an empty manifest does not make a day of unsent contacts "complete".
 */
export function finalSyncGap(
  store: IndexedStore,
  shiftId: string,
  manifest: readonly string[],
): FinalSyncGap {
  const accepted = acceptedItemsLookup(store, shiftId);
  const verdict = checkFinalSync(manifest, { has: (key) => accepted.byKey(key) !== undefined });
  const missingContacts = contactsOfShift(store, shiftId)
    .filter((contact) => contact.step === 'submitted' && accepted.byContactId(contact.id) === undefined)
    .map((contact) => contact.id);
  return { missing: verdict.complete ? [] : verdict.missing, missingContacts };
}

/** Whether nothing is missing. */
export function isGapClosed(gap: FinalSyncGap): boolean {
  return gap.missing.length === 0 && gap.missingContacts.length === 0;
}

/** The `final_sync_incomplete` refusal (409) that names what is missing. */
export function finalSyncIncomplete(gap: FinalSyncGap) {
  return refuse(Code.final_sync_incomplete, {
    missing: gap.missing,
    missingContacts: gap.missingContacts,
  });
}

/** The manifest of the shift's last final sync (none yet: empty). */
export function lastManifestOf(shift: ShiftRecord): readonly string[] {
  return shift.finalSyncManifest ?? [];
}
