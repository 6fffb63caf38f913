/**
 * One flow: one consultant closes one shift, as the tablet app does it at the end of the day.
 *
 * login → start the shift if needed → open the day's contacts (the work) → upload the outbox in batches
 * → final sync (re-upload what the server says it lacks, then again) → close → read the timesheet.
 */

import { flowKey, type PlannedContact } from './shift-contacts.ts';
import { closeShift } from './steps/close-shift.ts';
import { finalSync } from './steps/final-sync.ts';
import { type Credentials, logIn } from './steps/log-in.ts';
import { openContacts } from './steps/open-contacts.ts';
import { readTimesheet } from './steps/read-timesheet.ts';
import { startShiftIfNeeded } from './steps/start-shift.ts';
import { uploadContacts } from './steps/upload-contacts.ts';
import { METRIC } from './steps.ts';
import { syncItemOf } from './sync-item.ts';
import type { TabletSession } from './tablet-session.ts';

/** Rounds of "final sync, upload what is missing" before the flow gives up. */
const FINAL_SYNC_ROUNDS = 3;

/** What one flow needs. */
export interface FlowInput {
  readonly session: TabletSession;
  readonly credentials: Credentials;
  /** The shift to close, or `null` to take the first open shift of today. */
  readonly shiftId: string | null;
  /** The run's seed (`SEED` and the run id). */
  readonly runSeed: string;
  /** The flow's number in the run. */
  readonly flow: number;
  /** The shift's contacts, from `planShiftContacts`. */
  readonly planned: readonly PlannedContact[];
  readonly batchSize: number;
}

/** How a flow ended: enough for the ledger of a flow that did not close. */
export interface FlowOutcome {
  /** The shift, once found. */
  readonly shiftId: string | null;
  readonly closed: boolean;
  /** The keys the server acknowledged (`accepted` or `duplicate`). */
  readonly acknowledged: ReadonlySet<string>;
}

/** Runs one flow and records whether it succeeded. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the shift-close flow's steps in order, each stopping the flow on failure, as a k6 iteration reads
export async function runShiftCloseFlow(input: FlowInput): Promise<FlowOutcome> {
  const { session, runSeed, flow } = input;
  const { recorder } = session;
  const acknowledged = new Set<string>();
  const fail = (shiftId: string | null): FlowOutcome => {
    recorder.rate(METRIC.flowSucceeded, false);
    return { shiftId, closed: false, acknowledged };
  };

  if (!(await logIn(session, input.credentials))) return fail(null);
  const shift = await startShiftIfNeeded(session, input.shiftId, flowKey(runSeed, flow, 'start', 0));
  if (shift === null) return fail(null);
  const opened = await openContacts(session, shift, input.planned);
  if (opened === null) return fail(shift.id);

  const started = session.now();
  const outbox = opened.map(syncItemOf);
  const manifest = outbox.map((item) => item.idempotencyKey);
  let closed = false;
  for (let round = 0; round < FINAL_SYNC_ROUNDS && !closed; round++) {
    if (!(await uploadContacts(session, shift.id, outbox, input.batchSize, acknowledged)))
      return fail(shift.id);
    const sync = await finalSync(session, shift.id, manifest, flowKey(runSeed, flow, 'final_sync', round));
    if (!sync.complete) {
      // The server lacks keys it may have acknowledged before: those were lost. Upload them again.
      let forgotten = 0;
      for (const key of sync.missing) if (acknowledged.delete(key)) forgotten++;
      if (forgotten > 0) recorder.count(METRIC.contactsLost, forgotten, { found: 'final_sync' });
      if (sync.missing.length === 0) return fail(shift.id);
      continue;
    }
    const close = await closeShift(session, shift.id, flowKey(runSeed, flow, 'close', round));
    if (!close.closed && !close.finalSyncIncomplete) return fail(shift.id);
    closed = close.closed;
  }
  if (!closed) return fail(shift.id);
  const correct = await readTimesheet(session, shift.id);
  recorder.trend(METRIC.closeDuration, session.now() - started);
  recorder.rate(METRIC.flowSucceeded, correct);
  return { shiftId: shift.id, closed: true, acknowledged };
}
