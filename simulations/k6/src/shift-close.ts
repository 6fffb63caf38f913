/**
 * k6 load test of the iContact shift-close path: consultants log in, start their shift if needed, open
 * the day's contacts, upload them in batches with idempotency keys, run the final sync, close the shift
 * and read the timesheet. Against the mock, the run ends with a ledger check per idempotency key.
 *
 *   k6 run simulations/k6/src/shift-close.ts                       # smoke against the mock on :4010
 *   k6 run -e PROFILE=spike -e TEAM=2000 -e FAULTS=502:0.05 simulations/k6/src/shift-close.ts
 *   k6 run -e BASE_URL=https://staging.example/api/v1 -e ADMIN_URL=none -e CREDENTIALS=team.json …
 *
 * This file only binds the plain modules of `core/` to k6: `k6/http` as their transport, k6 metrics and
 * checks as their recorder, k6's lifecycle as theirs. The Node runner (`src/node/`) binds the same ones.
 * Variables: see `core/run-config.ts` and `core/profiles.ts`; docs/performance.md explains the profiles.
 */
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import type { Options, Scenario } from 'k6/options';
import { ledgerFindings } from './core/ledger-check.ts';
import { flowsOfScenario } from './core/profiles.ts';
import { resolveRunConfig } from './core/run-config.ts';
import { runFlow, runParts, type SetupData, setupRun, teardownRun } from './core/run-lifecycle.ts';
import type { Credentials } from './core/steps/log-in.ts';
import { summaryOutputs } from './core/summary-outputs.ts';
import type { SummaryData } from './core/summary-report.ts';
import { buildThresholds } from './core/thresholds.ts';
import { k6Recorder } from './k6/k6-recorder.ts';
import { k6Transport } from './k6/k6-transport.ts';

const SCENARIO = 'shift_close';
const config = resolveRunConfig(__ENV);
const { profile } = config;
const ledger = config.adminUrl !== null;
const parts = runParts(config, k6Transport, k6Recorder);

/** Consultants from `CREDENTIALS` (a real backend), one per flow. */
const givenCredentials: readonly Credentials[] =
  config.credentialsFile === null
    ? []
    : new SharedArray(
        'credentials',
        () => JSON.parse(open(config.credentialsFile as string)) as Credentials[],
      );

export const options: Options = {
  scenarios: { [SCENARIO]: profile.scenario },
  thresholds: buildThresholds({ profile, faults: config.faults.length > 0, ledger }),
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

/**
 * The scenario in force. An archive (`k6 archive`) keeps the options it was made with, while `-e` at
 * `k6 run` changes the variables: the team is sized from the scenario that really runs, never from them.
 */
function scenarioInForce(): Scenario {
  return exec.test.options.scenarios?.[SCENARIO] ?? profile.scenario;
}

export async function setup(): Promise<SetupData> {
  // A distributed run (the k6 operator) gives each runner a segment, and each runner runs setup() and
  // teardown() for itself.
  const segmented = exec.test.options.executionSegment != null;
  return setupRun(parts, flowsOfScenario(scenarioInForce()), segmented);
}

export default async function (data: SetupData): Promise<void> {
  await runFlow(parts, data, exec.scenario.iterationInTest, givenCredentials);
}

export async function teardown(data: SetupData): Promise<void> {
  // In a closed-model profile on one runner every iteration runs, so every member's flow ran; in an open
  // model only the touched shifts are known to have run, and `ledger_balance` catches the rest.
  const everyFlowRan = scenarioInForce().executor === 'shared-iterations' && !data.segmented;
  const report = await teardownRun(parts, data, { kind: everyFlowRan ? 'all' : 'touched' });
  // biome-ignore lint/suspicious/noConsole: k6's console is its logger; the keys say what to look for.
  for (const line of report === null ? [] : ledgerFindings(report)) console.error(line);
}

export function handleSummary(data: SummaryData): Record<string, string> {
  return summaryOutputs(
    data,
    {
      runner: 'k6',
      profile: profile.name,
      baseUrl: config.baseUrl,
      faults: config.faults.map((fault) => fault.entry),
      ledger,
    },
    config.summaryDir,
  );
}
