import { monthKey } from '@icontact/domain';
import type { SmsSendRecord } from '../state/records.js';
import { INDEX } from '../state/state-indexes.js';
import type { IndexedStore } from '../store/indexed-store.js';

/**
 * When each counted SMS to `phone` was sent in the calendar month of `now` (Asia/Almaty): every send that
 * reached the gateway (decision 0001). Earlier months never count toward the quota, so they are not read.
 */
export function countedSendsTo(store: IndexedStore, phone: string, now: Date): Date[] {
  return store
    .find<SmsSendRecord>(INDEX.smsSendsByPhoneMonth, { key: `${phone} ${monthKey(now)}` })
    .map((found) => found.record)
    .filter((send) => send.phone === phone)
    .map((send) => new Date(send.at));
}
