import type { FaultCounters } from '@icontact/faults';
import type { ContactRecord, ShiftRecord, SmsSentCount } from '@icontact/mock-core';
import type { Observation, RecordedContact, TimelineEvent } from '../run/run-result.js';

/** A sync item the server accepted (from the admin API's `GET /state/sync-items`). */
export interface HeldSyncItem {
  readonly shiftId: string;
  readonly idempotencyKey: string;
  readonly contactId: string;
}

/** Everything the expectations are checked against, gathered once the run ended. */
export interface RunFacts {
  /** The team's consultants' logins, in order. */
  readonly consultants: readonly string[];
  /** Account ids by login. */
  readonly userIds: ReadonlyMap<string, string>;
  /** Contacts the consultants recorded in their outboxes. */
  readonly recorded: readonly RecordedContact[];
  readonly observations: readonly Observation[];
  readonly timeline: readonly TimelineEvent[];
  /** What the server holds at the end. */
  readonly syncItems: readonly HeldSyncItem[];
  readonly serverContacts: readonly ContactRecord[];
  readonly shifts: readonly ShiftRecord[];
  readonly faultCounters: FaultCounters;
  readonly smsSent: readonly SmsSentCount[];
  /** Contacts left in each consultant's outbox. */
  readonly unsent: ReadonlyMap<string, number>;
  /** The virtual instant the run ended, epoch ms. */
  readonly end: number;
}
