/**
 * A load run's life, written once for every runner: `setupRun` (the team on the mock, the fault mix),
 * `runFlow` (one flow, and its ledger entry), `teardownRun` (faults removed, the run's ledger). The k6
 * script calls them from `setup()`, the default function and `teardown()`; the Node runner from its main
 * thread and its workers.
 */
import { type AdminClient, createAdminClient } from './admin-client.ts';
import { type ApiClient, createApiClient } from './api-client.ts';
import { minimumAppVersion } from './app-version.ts';
import { durationSeconds } from './duration.ts';
import type { FlowLedger, LedgerReport } from './ledger.ts';
import { checkRunLedger, type FlowsThatRan, settleFlow } from './ledger-check.ts';
import type { Recorder } from './recorder.ts';
import type { RunConfig } from './run-config.ts';
import { runShiftCloseFlow } from './shift-close-flow.ts';
import { type PlannedContact, planShiftContacts } from './shift-contacts.ts';
import type { Credentials } from './steps/log-in.ts';
import { METRIC } from './steps.ts';
import { provisionTeam, type TeamMember } from './team.ts';
import type { Transport } from './transport.ts';

/** What `setupRun` hands every flow and the teardown (k6's setup data: plain JSON). */
export interface SetupData {
  /** The seed of the run's contacts and keys: `SEED` and a run id, so that reruns never collide. */
  readonly runSeed: string;
  readonly appVersion: string;
  /** The team made on the mock, one member per flow; empty against a real backend. */
  readonly team: readonly TeamMember[];
  /** The faults registered for the run, removed in teardown. */
  readonly faultIds: readonly string[];
  /** Whether this runner runs a segment of a distributed run (then it runs only some flows). */
  readonly segmented: boolean;
}

/** The clients of one runner (one k6 VU, one Node worker). */
export interface RunParts {
  readonly config: RunConfig;
  readonly recorder: Recorder;
  readonly api: ApiClient;
  /** `null` against a real backend (`ADMIN_URL=none`). */
  readonly admin: AdminClient | null;
  readonly now: () => number;
}

/** Makes the clients of a runner over its transport and recorder. */
export function runParts(config: RunConfig, transport: Transport, recorder: Recorder): RunParts {
  const timeoutMs = durationSeconds(config.requestTimeout) * 1000;
  return {
    config,
    recorder,
    api: createApiClient({ transport, recorder, retry: config.retry, timeoutMs }),
    admin:
      config.adminUrl === null
        ? null
        : createAdminClient(config.adminUrl, config.adminToken, { transport, recorder, timeoutMs }),
    now: () => transport.now(),
  };
}

/**
 * Prepares the run: the app version, and against the mock a team of `flows` consultants (one per flow
 * the scenario in force can start) and the fault mix.
 *
 * @param segmented - this runner runs a segment of a distributed run
 * @throws Error when FAULTS or RESET is given to a segment (every runner would apply them again)
 */
export async function setupRun(parts: RunParts, flows: number, segmented: boolean): Promise<SetupData> {
  const { config, admin, api } = parts;
  if (segmented && (config.faults.length > 0 || config.resetMock)) {
    throw new Error(
      'FAULTS and RESET act on the shared mock, and every runner of a distributed run would apply them again: set faults on the mock once (admin API or --scenario) and drop FAULTS and RESET',
    );
  }
  const runSeed = `${config.seed}:${Date.now().toString(36)}`;
  const appVersion = config.appVersion ?? (await minimumAppVersion(api, config.baseUrl)) ?? '3.0.0';
  if (admin === null) return { runSeed, appVersion, team: [], faultIds: [], segmented };
  if (config.resetMock) await admin.reset();
  const team = await provisionTeam(admin, flows);
  // Faults go on last: making the team is not under test.
  const faultIds: string[] = [];
  for (const fault of config.faults) faultIds.push(await admin.addFault(fault.spec));
  return { runSeed, appVersion, team, faultIds, segmented };
}

/** The contacts flow `flow` of the run records. */
export function planOf(config: RunConfig, data: SetupData, flow: number): PlannedContact[] {
  return planShiftContacts({
    runSeed: data.runSeed,
    flow,
    count: config.profile.contactsPerShift,
    refusalRate: config.profile.refusalRate,
  });
}

/**
 * Runs flow number `flow`: its consultant closes its shift.
 *
 * @param given - the consultants of `CREDENTIALS` (a real backend), one per flow
 * @returns the flow's ledger entry, or `null` without a ledger (a real backend) or without a consultant
 */
export async function runFlow(
  parts: RunParts,
  data: SetupData,
  flow: number,
  given: readonly Credentials[] = [],
): Promise<FlowLedger | null> {
  const { recorder, admin, config } = parts;
  recorder.count(METRIC.flowsStarted, 1);
  const teamMember = data.team[flow];
  const member: Credentials | undefined = admin === null ? given[flow] : teamMember;
  if (member === undefined) {
    recorder.count(METRIC.flowsWithoutConsultant, 1);
    return null;
  }
  const planned = planOf(config, data, flow);
  const outcome = await runShiftCloseFlow({
    session: {
      api: parts.api,
      recorder,
      baseUrl: config.baseUrl,
      appVersion: data.appVersion,
      now: parts.now,
      token: null,
    },
    credentials: member,
    shiftId: teamMember?.shiftId ?? null,
    runSeed: data.runSeed,
    flow,
    planned,
    batchSize: config.profile.batchSize,
  });
  return admin === null ? null : settleFlow(admin, recorder, planned, outcome);
}

/**
 * Ends the run: removes the fault mix and checks the run's ledger.
 *
 * @returns the ledger's findings, or `null` against a real backend
 */
export async function teardownRun(
  parts: RunParts,
  data: SetupData,
  ran: FlowsThatRan,
): Promise<LedgerReport | null> {
  const { admin, config, recorder } = parts;
  if (admin === null) return null;
  for (const id of data.faultIds) await admin.removeFault(id);
  return checkRunLedger(admin, recorder, data.team, (flow) => planOf(config, data, flow), ran);
}
