/**
 * Step `upload`: the tablet uploads the shift's outbox in batches (`POST /shifts/{shiftId}/sync`), each
 * item with the key it keeps across every upload. An item leaves the outbox on `accepted` or
 * `duplicate`, never on a failed transport; a batch whose answer was lost is sent again as it was.
 */
import { inBatches } from '../shift-contacts.ts';
import { METRIC } from '../steps.ts';
import type { SyncItem } from '../sync-item.ts';
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

interface ItemResult {
  readonly idempotencyKey: string;
  readonly status: 'accepted' | 'duplicate' | 'rejected';
  readonly code?: string;
}

function resultsOf(body: unknown): ItemResult[] {
  if (typeof body !== 'object' || body === null) return [];
  const { results } = body as { results?: unknown };
  return Array.isArray(results) ? (results as ItemResult[]) : [];
}

/**
 * Uploads every item not yet acknowledged, in batches; adds the acknowledged keys to `acknowledged`.
 *
 * @returns whether every item is acknowledged now
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one batch loop: send, record acknowledgements, stop on a refusal
export async function uploadContacts(
  session: TabletSession,
  shiftId: string,
  outbox: readonly SyncItem[],
  batchSize: number,
  acknowledged: Set<string>,
): Promise<boolean> {
  const pending = outbox.filter((item) => !acknowledged.has(item.idempotencyKey));
  for (const batch of inBatches(pending, batchSize)) {
    const res = await session.api.send({
      step: 'upload',
      method: 'POST',
      url: `${session.baseUrl}/shifts/${shiftId}/sync`,
      name: '/shifts/{shiftId}/sync',
      headers: tabletHeaders(session),
      body: { items: batch },
      expect: [200],
    });
    const results = res.ok ? resultsOf(res.body) : [];
    for (const result of results) {
      if (result.status === 'accepted') session.recorder.count(METRIC.contactsAccepted, 1);
      else if (result.status === 'duplicate') session.recorder.count(METRIC.contactsDuplicate, 1);
      else session.recorder.count(METRIC.contactsRejected, 1, { code: result.code ?? 'none' });
      if (result.status !== 'rejected') acknowledged.add(result.idempotencyKey);
    }
    const complete = batch.every((item) => acknowledged.has(item.idempotencyKey));
    if (!session.recorder.check('upload: every item of the batch is accepted or a duplicate', complete))
      return false;
  }
  return true;
}
