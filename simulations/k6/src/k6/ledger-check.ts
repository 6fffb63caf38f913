/**
 * The ledger check against the mock's admin API (see `core/ledger.ts` for what it counts).
 *
 * - After a flow that did not close: the keys the server acknowledged to that flow must be held
 *   (a flow that closed is covered by the run's check, since the close confirmed its whole manifest).
 * - In `teardown()`: across the run's shifts, every key of a closed shift is held, nothing is held twice
 *   and nothing is held that the run did not generate.
 */
import { compareLedger } from '../core/ledger.ts';
import type { PlannedContact } from '../core/shift-contacts.ts';
import type { AdminClient } from './admin-client.ts';
import {
  contactsDuplicated,
  contactsLost,
  contactsUnexpected,
  contactsUnsent,
  ledgerChecks,
} from './metrics.ts';
import type { FlowOutcome } from './shift-close-flow.ts';
import type { TeamMember } from './team.ts';

/** Checks one flow that did not close: what the server acknowledged to it must be held. */
export function checkFlowLedger(
  admin: AdminClient,
  planned: readonly PlannedContact[],
  outcome: FlowOutcome,
): void {
  if (outcome.shiftId === null) return;
  const held = admin.heldContacts([outcome.shiftId]);
  const report = compareLedger(
    [
      {
        plannedKeys: planned.map((c) => c.idempotencyKey),
        acknowledgedKeys: [...outcome.acknowledged],
        closed: false,
      },
    ],
    held,
  );
  ledgerChecks.add(1, { scope: 'flow' });
  contactsLost.add(report.lost.length, { found: 'flow' });
  contactsUnsent.add(report.unsent.length);
}

/** Checks the whole run after every flow ended. */
export function checkRunLedger(
  admin: AdminClient,
  team: readonly TeamMember[],
  planOf: (flow: number) => readonly PlannedContact[],
): void {
  const shiftIds = team.map((member) => member.shiftId);
  const closed = new Set(admin.closedShifts(shiftIds));
  const held = admin.heldContacts(shiftIds);
  const report = compareLedger(
    team.map((member, flow) => ({
      plannedKeys: planOf(flow).map((c) => c.idempotencyKey),
      acknowledgedKeys: [],
      closed: closed.has(member.shiftId),
    })),
    held,
  );
  ledgerChecks.add(1, { scope: 'run' });
  // Add even zeros: a threshold on a metric without samples would not be evaluated.
  contactsLost.add(report.lost.length, { found: 'run' });
  contactsDuplicated.add(report.duplicated.length);
  contactsUnexpected.add(report.unexpected.length);
  contactsUnsent.add(0);
  for (const [what, keys] of [
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['unexpected', report.unexpected],
  ] as const) {
    if (keys.length > 0) {
      // biome-ignore lint/suspicious/noConsole: k6's console is its logger; the keys say what to look for.
      console.error(`ledger: ${keys.length} ${what} contact(s), e.g. ${keys.slice(0, 5).join(', ')}`);
    }
  }
}
