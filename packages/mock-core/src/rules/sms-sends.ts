import { COLLECTIONS, type SmsSendRecord } from '../state/records.js';
import type { Store } from '../store/store.js';

/** When each counted SMS to `phone` was sent: every send that reached the gateway (decision 0001). */
export function countedSendsTo(store: Store, phone: string): Date[] {
  return store
    .list<SmsSendRecord>(COLLECTIONS.smsSends)
    .filter((send) => send.phone === phone)
    .map((send) => new Date(send.at));
}
