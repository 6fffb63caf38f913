import { checkFinalSync } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import type { ContactRecord, ShiftRecord } from '../state/records.js';
import { INDEX } from '../state/state-indexes.js';
import { acceptedItemsLookup } from '../state/sync-items.js';
import type { IndexedStore } from '../store/indexed-store.js';

/** What the server lacks for a shift's final sync to be complete (decision 0004). */
export interface FinalSyncGap {
  /** The manifest's idempotency keys that the server holds no accepted upload for, in manifest order. */
  readonly missing: readonly string[];
  /** Contacts the server saw submitted in the shift whose record no accepted upload carries. */
  readonly missingContacts: readonly string[];
}

/** The order of a shift's contacts: opened first, then by id. */
function byOpening(a: ContactRecord, b: ContactRecord): number {
  if (a.openedAt !== b.openedAt) return a.openedAt < b.openedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
  // Only the submitted contacts no upload is known to carry, each checked against the accepted items (a
  // record written before `uploadedAt` existed may have been carried all the same); in the shift's order.
  const missingContacts = store
    .find<ContactRecord>(INDEX.contactsAwaitingUpload, { key: shiftId })
    .map((found) => found.record)
    .filter((contact) => contact.shiftId === shiftId && contact.step === 'submitted')
    .sort(byOpening)
    .filter((contact) => accepted.byContactId(contact.id) === undefined)
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
