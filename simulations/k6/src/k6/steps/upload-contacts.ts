/**
 * Step `upload`: the tablet uploads the shift's outbox in batches (`POST /shifts/{shiftId}/sync`), each
 * item with the key it keeps across every upload. An item leaves the outbox on `accepted` or
 * `duplicate`, never on a failed transport; a batch whose answer was lost is sent again as it was.
 */
import { check } from 'k6';
import { inBatches } from '../../core/shift-contacts.ts';
import type { SyncItem } from '../../core/sync-item.ts';
import { contactsAccepted, contactsDuplicate, contactsRejected } from '../metrics.ts';
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
export function uploadContacts(
  session: TabletSession,
  shiftId: string,
  outbox: readonly SyncItem[],
  batchSize: number,
  acknowledged: Set<string>,
): boolean {
  const pending = outbox.filter((item) => !acknowledged.has(item.idempotencyKey));
  for (const batch of inBatches(pending, batchSize)) {
    const res = session.api.send({
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
      if (result.status === 'accepted') contactsAccepted.add(1);
      else if (result.status === 'duplicate') contactsDuplicate.add(1);
      else contactsRejected.add(1, { code: result.code ?? 'none' });
      if (result.status !== 'rejected') acknowledged.add(result.idempotencyKey);
    }
    const complete = batch.every((item) => acknowledged.has(item.idempotencyKey));
    if (!check(res, { 'upload: every item of the batch is accepted or a duplicate': () => complete }))
      return false;
  }
  return true;
}
