/**
 * The ledger check against the mock's admin API (see `ledger.ts` for what it counts), for k6 and the
 * Node runner alike.
 *
 * - At the end of every flow ({@link settleFlow}): what the server promised to keep — every key of a
 *   closed shift; for a flow that did not close, the keys acknowledged to it, which must all be held, and
 *   the ones the server holds anyway — is added to `contacts_promised` and `ledger_balance`.
 * - At the end of the run ({@link checkRunLedger}): every key the run's shifts hold is counted once in
 *   `contacts_held` and `ledger_balance`, so that a server holding fewer contacts than it promised fails
 *   `ledger_balance` — whatever took them, even a rollback that left whole flows looking as if they never
 *   ran. Then key by key over the flows that ran: lost, duplicated, unexpected, unsent.
 */
import type { AdminClient } from './admin-client.ts';
import { compareLedger, type FlowLedger, type LedgerReport } from './ledger.ts';
import type { Recorder } from './recorder.ts';
import type { FlowOutcome } from './shift-close-flow.ts';
import type { PlannedContact } from './shift-contacts.ts';
import { METRIC } from './steps.ts';
import type { TeamMember } from './team.ts';

function promise(recorder: Recorder, count: number): void {
  recorder.count(METRIC.contactsPromised, count);
  for (let i = 0; i < count; i++) recorder.rate(METRIC.ledgerBalance, true);
}

/**
 * Settles one flow's promises at its end; checks a flow that did not close against what the server holds
 * for its shift (an acknowledged key missing there is `lost` at once).
 *
 * @returns the flow's entry of the run's ledger
 */
export async function settleFlow(
  admin: AdminClient,
  recorder: Recorder,
  planned: readonly PlannedContact[],
  outcome: FlowOutcome,
): Promise<FlowLedger> {
  const plannedKeys = planned.map((c) => c.idempotencyKey);
  if (outcome.closed) {
    promise(recorder, plannedKeys.length);
    return { plannedKeys, acknowledgedKeys: plannedKeys, closed: true };
  }
  if (outcome.shiftId === null) {
    promise(recorder, outcome.acknowledged.size);
    return { plannedKeys, acknowledgedKeys: [...outcome.acknowledged], closed: false };
  }
  const held = await admin.heldContacts([outcome.shiftId]);
  const flow: FlowLedger = { plannedKeys, acknowledgedKeys: [...outcome.acknowledged], closed: false };
  const report = compareLedger([flow], held);
  recorder.count(METRIC.ledgerChecks, 1, { scope: 'flow' });
  // Unsent keys of this flow are counted once, by the run's check.
  recorder.count(METRIC.contactsLost, report.lost.length, { found: 'flow' });
  // What the server holds now, it has promised to keep, acknowledged or not.
  const wanted = new Set(plannedKeys);
  const promised = new Set(outcome.acknowledged);
  for (const item of held) if (wanted.has(item.idempotencyKey)) promised.add(item.idempotencyKey);
  promise(recorder, promised.size);
  return { plannedKeys, acknowledgedKeys: [...promised], closed: false };
}

/**
 * Which flows of the team ran, as the runner knows it:
 * - `known`: the runner kept every flow's ledger entry (the Node runner): exact;
 * - `all`: every flow of the team ran (a closed-model profile on one runner);
 * - `touched`: only what the server shows (a started or closed shift); a rolled-back flow is caught by
 *   `ledger_balance` instead.
 */
export type FlowsThatRan =
  | { readonly kind: 'known'; readonly flows: ReadonlyMap<number, FlowLedger> }
  | { readonly kind: 'all' }
  | { readonly kind: 'touched' };

/** Checks the whole run after every flow ended, and records every count. */
export async function checkRunLedger(
  admin: AdminClient,
  recorder: Recorder,
  team: readonly TeamMember[],
  planOf: (flow: number) => readonly PlannedContact[],
  ran: FlowsThatRan,
): Promise<LedgerReport> {
  const shiftIds = team.map((member) => member.shiftId);
  const held = await admin.heldContacts(shiftIds);
  const heldKeys = new Set(held.map((item) => item.idempotencyKey));
  recorder.count(METRIC.contactsHeld, heldKeys.size);
  for (let i = 0; i < heldKeys.size; i++) recorder.rate(METRIC.ledgerBalance, false);

  let flows: FlowLedger[];
  if (ran.kind === 'known') {
    flows = [...ran.flows.values()];
  } else {
    const status = new Map((await admin.shiftStatuses(shiftIds)).map((shift) => [shift.id, shift.status]));
    flows = team
      .map((member, flow) => ({ status: status.get(member.shiftId), flow }))
      .filter(({ status: s }) => ran.kind === 'all' || s === 'in_progress' || s === 'closed')
      .map(({ status: s, flow }) => ({
        plannedKeys: planOf(flow).map((c) => c.idempotencyKey),
        acknowledgedKeys: [],
        closed: s === 'closed',
      }));
  }
  const report = compareLedger(flows, held);
  recorder.count(METRIC.ledgerChecks, 1, { scope: 'run' });
  // Add even zeros: a threshold on a metric without samples would not be evaluated.
  recorder.count(METRIC.contactsLost, report.lost.length, { found: 'run' });
  recorder.count(METRIC.contactsDuplicated, report.duplicated.length);
  recorder.count(METRIC.contactsUnexpected, report.unexpected.length);
  recorder.count(METRIC.contactsUnsent, report.unsent.length);
  return report;
}

/** One line per kind of fault the ledger found, with a few keys to look for; empty when clean. */
export function ledgerFindings(report: LedgerReport): string[] {
  const lines: string[] = [];
  for (const [what, keys] of [
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['unexpected', report.unexpected],
    ['unsent', report.unsent],
  ] as const) {
    if (keys.length > 0)
      lines.push(`ledger: ${keys.length} ${what} contact(s), e.g. ${keys.slice(0, 5).join(', ')}`);
  }
  return lines;
}
