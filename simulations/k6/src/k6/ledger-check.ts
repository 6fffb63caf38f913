/**
 * The ledger check against the mock's admin API (see `core/ledger.ts` for what it counts).
 *
 * - After a flow that did not close: every key the server acknowledged to that flow must be held.
 * - In `teardown()`, over the flows that ran: every key of a closed shift is held (`lost` otherwise),
 *   every key of a flow that ran but whose shift is not closed is `unsent` (the tablet would still hold
 *   it), nothing is held twice and nothing is held that the run did not generate. A flow ran when its
 *   shift was touched (started or closed), or always in a closed-model profile, where every iteration
 *   runs: so a server that rolls a closed shift back is caught too.
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
  // Unsent keys of this flow are counted once, by the run's check.
  contactsLost.add(report.lost.length, { found: 'flow' });
}

/** Checks the whole run after every flow ended. */
export function checkRunLedger(
  admin: AdminClient,
  team: readonly TeamMember[],
  planOf: (flow: number) => readonly PlannedContact[],
  everyFlowRan: boolean,
): void {
  const shiftIds = team.map((member) => member.shiftId);
  const status = new Map(admin.shiftStatuses(shiftIds).map((shift) => [shift.id, shift.status]));
  const held = admin.heldContacts(shiftIds);
  const flows = team
    .map((member, flow) => ({ status: status.get(member.shiftId), flow }))
    .filter(({ status: s }) => everyFlowRan || s === 'in_progress' || s === 'closed')
    .map(({ status: s, flow }) => ({
      plannedKeys: planOf(flow).map((c) => c.idempotencyKey),
      acknowledgedKeys: [],
      closed: s === 'closed',
    }));
  const report = compareLedger(flows, held);
  ledgerChecks.add(1, { scope: 'run' });
  // Add even zeros: a threshold on a metric without samples would not be evaluated.
  contactsLost.add(report.lost.length, { found: 'run' });
  contactsDuplicated.add(report.duplicated.length);
  contactsUnexpected.add(report.unexpected.length);
  contactsUnsent.add(report.unsent.length);
  for (const [what, keys] of [
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['unexpected', report.unexpected],
    ['unsent', report.unsent],
  ] as const) {
    if (keys.length > 0) {
      // biome-ignore lint/suspicious/noConsole: k6's console is its logger; the keys say what to look for.
      console.error(`ledger: ${keys.length} ${what} contact(s), e.g. ${keys.slice(0, 5).join(', ')}`);
    }
  }
}
