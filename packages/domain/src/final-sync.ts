/**
 * The final sync at shift close (R11, guide #17): the client's manifest of every contact it recorded
 * against what the server accepted.
 */
import { Code } from '@icontact/errors';

/** The result of {@link checkFinalSync}. */
export type FinalSyncResult =
  | { readonly complete: true }
  | {
      readonly complete: false;
      readonly code: typeof Code.final_sync_incomplete;
      /** The manifest's keys the server does not hold, in manifest order, each once. */
      readonly missing: readonly string[];
    };

/**
 * Compares the client's manifest (the idempotency keys of every contact it recorded in the shift)
 * with the keys the server accepted. Complete when every manifest key is held (an empty manifest is
 * complete); keys the server holds beyond the manifest do not matter.
 *
 * @param manifest - the client's keys
 * @param accepted - the server's accepted keys (a `Set`, a `Map`, anything with `has`)
 */
export function checkFinalSync(
  manifest: readonly string[],
  accepted: { has(idempotencyKey: string): boolean },
): FinalSyncResult {
  const missing = [...new Set(manifest)].filter((key) => !accepted.has(key));
  return missing.length === 0
    ? { complete: true }
    : { complete: false, code: Code.final_sync_incomplete, missing };
}
