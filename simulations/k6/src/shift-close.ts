/**
 * k6 load test of the iContact shift-close path: consultants log in, start their shift if needed, open
 * the day's contacts, upload them in batches with idempotency keys, run the final sync, close the shift
 * and read the timesheet. Against the mock, the run ends with a ledger check per idempotency key.
 *
 *   k6 run simulations/k6/src/shift-close.ts                       # smoke against the mock on :4010
 *   k6 run -e PROFILE=spike -e TEAM=2000 -e FAULTS=502:0.05 simulations/k6/src/shift-close.ts
 *   k6 run -e BASE_URL=https://staging.example/api/v1 -e ADMIN_URL=none -e CREDENTIALS=team.json …
 *
 * Variables: see `core/run-config.ts` and `core/profiles.ts`; docs/performance.md explains the profiles.
 */
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { resolveRunConfig } from './core/run-config.ts';
import { planShiftContacts } from './core/shift-contacts.ts';
import type { SummaryData } from './core/summary-report.ts';
import { buildThresholds } from './core/thresholds.ts';
import { type AdminClient, createAdminClient } from './k6/admin-client.ts';
import { createApiClient } from './k6/api-client.ts';
import { minimumAppVersion } from './k6/app-version.ts';
import { summaryOutputs } from './k6/handle-summary.ts';
import { checkFlowLedger, checkRunLedger } from './k6/ledger-check.ts';
import { flowsWithoutConsultant } from './k6/metrics.ts';
import { runShiftCloseFlow } from './k6/shift-close-flow.ts';
import type { Credentials } from './k6/steps/log-in.ts';
import { provisionTeam, type TeamMember } from './k6/team.ts';

const config = resolveRunConfig(__ENV);
const { profile } = config;
const ledger = config.adminUrl !== null;

/** Consultants from `CREDENTIALS` (a real backend), one per flow. */
const givenCredentials: readonly Credentials[] =
  config.credentialsFile === null
    ? []
    : new SharedArray(
        'credentials',
        () => JSON.parse(open(config.credentialsFile as string)) as Credentials[],
      );

export const options: Options = {
  scenarios: { shift_close: profile.scenario },
  thresholds: buildThresholds({
    profile,
    retry: config.retry,
    faults: config.faults.length > 0,
    ledger,
  }),
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'],
  // Making the team and the run's ledger take their time on a large run.
  setupTimeout: '10m',
  teardownTimeout: '10m',
  // Requests carry a `name` tag; k6's own `url` tag would make one time series per shift.
  systemTags: [
    'status',
    'method',
    'name',
    'group',
    'check',
    'error',
    'error_code',
    'scenario',
    'expected_response',
  ],
};

/** What `setup()` hands every VU and `teardown()`. */
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

const api = createApiClient({ retry: config.retry, timeout: config.requestTimeout });
const admin: AdminClient | null =
  config.adminUrl === null
    ? null
    : createAdminClient(config.adminUrl, config.adminToken, config.requestTimeout);

export function setup(): SetupData {
  // A distributed run (the k6 operator) gives each runner a segment, and each runner runs setup() and
  // teardown() for itself: every runner would register the fault mix again, and reset the others' state.
  const segmented = exec.test.options.executionSegment != null;
  if (segmented && (config.faults.length > 0 || config.resetMock)) {
    throw new Error(
      'FAULTS and RESET act on the shared mock, and every runner of a distributed run would apply them again: set faults on the mock once (admin API or --scenario) and drop FAULTS and RESET',
    );
  }
  const runSeed = `${config.seed}:${Date.now().toString(36)}`;
  const appVersion = config.appVersion ?? minimumAppVersion(api, config.baseUrl) ?? '3.0.0';
  if (admin === null) return { runSeed, appVersion, team: [], faultIds: [], segmented };
  if (config.resetMock) admin.reset();
  const team = provisionTeam(admin, profile.maxFlows);
  // Faults go on last: making the team is not under test.
  const faultIds = config.faults.map((fault) => admin.addFault(fault.spec));
  return { runSeed, appVersion, team, faultIds, segmented };
}

export default function (data: SetupData): void {
  const flow = exec.scenario.iterationInTest;
  const teamMember = data.team[flow];
  const member: Credentials | undefined = admin === null ? givenCredentials[flow] : teamMember;
  if (member === undefined) {
    flowsWithoutConsultant.add(1);
    return;
  }
  const planned = planShiftContacts({
    runSeed: data.runSeed,
    flow,
    count: profile.contactsPerShift,
    refusalRate: profile.refusalRate,
  });
  const outcome = runShiftCloseFlow({
    session: { api, baseUrl: config.baseUrl, appVersion: data.appVersion, token: null },
    credentials: member,
    shiftId: teamMember?.shiftId ?? null,
    runSeed: data.runSeed,
    flow,
    planned,
    batchSize: profile.batchSize,
  });
  if (admin !== null && !outcome.closed) checkFlowLedger(admin, planned, outcome);
}

export function teardown(data: SetupData): void {
  if (admin === null) return;
  for (const id of data.faultIds) admin.removeFault(id);
  const planOf = (flow: number) =>
    planShiftContacts({
      runSeed: data.runSeed,
      flow,
      count: profile.contactsPerShift,
      refusalRate: profile.refusalRate,
    });
  // In a closed-model profile every iteration runs, so every member's flow ran (unless this runner has a segment).
  checkRunLedger(
    admin,
    data.team,
    planOf,
    profile.scenario.executor === 'shared-iterations' && !data.segmented,
  );
}

export function handleSummary(data: SummaryData): Record<string, string> {
  return summaryOutputs(
    data,
    {
      profile: profile.name,
      baseUrl: config.baseUrl,
      faults: config.faults.map((fault) => fault.entry),
      ledger,
    },
    config.summaryDir,
  );
}
