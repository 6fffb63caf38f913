import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningMock, SEED_PASSWORD, startMock } from '../support/mock-harness.js';
import { linkCoverageOf } from './fuzz-report.js';
import { type FuzzRun, runSchemathesis } from './run-schemathesis.js';
import { CONTRACT_FILE } from './schemathesis-command.js';

/** Test cases per operation and phase; the longer run of docs/reliability.md raises it. */
const MAX_EXAMPLES = Number(process.env.ICONTACT_FUZZ_MAX_EXAMPLES ?? 10);
const SEED = Number(process.env.ICONTACT_FUZZ_SEED ?? 2026);

/** The checks the issue names; each must have run and passed. */
const REQUIRED_CHECKS = [
  'positive_data_acceptance',
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'negative_data_rejection',
  'ignored_auth',
];

/**
 * The operations that may get no 2xx under fuzzing, each with its reason; every other operation must get
 * one. Empty: the hooks (`fuzz/hooks.py`, `fuzz/contact_fixtures.py`) stand every step — accounts, shifts
 * at each state, contacts at each step — and fill in the values only the live mock knows.
 */
const WITHOUT_2XX: Readonly<Record<string, string>> = {};

/**
 * The share of the contract's links the stateful phase must follow, as Schemathesis counts them
 * (`API Links: N covered / M total`; link inference off, so M is the contract's own links).
 */
const MIN_LINK_SHARE = 0.8;

let mock: RunningMock;
let folder: string;
let consultantRun: FuzzRun;
let supervisorRun: FuzzRun;

beforeAll(async () => {
  mock = await startMock();
  folder = await mkdtemp(join(tmpdir(), 'icontact-fuzz-'));
  consultantRun = await runSchemathesis({
    apiUrl: mock.apiUrl,
    adminUrl: mock.adminUrl,
    // No logins: the hooks act as consultants the admin API makes for the run (POST /__admin/team).
    logins: [],
    password: SEED_PASSWORD,
    clientKind: 'tablet',
    maxExamples: MAX_EXAMPLES,
    seed: SEED,
    reportFile: join(folder, 'consultant.ndjson'),
  });
  supervisorRun = await runSchemathesis({
    apiUrl: mock.apiUrl,
    adminUrl: mock.adminUrl,
    logins: ['sv.nurlan', 'sv.elena'],
    password: SEED_PASSWORD,
    clientKind: 'web',
    maxExamples: MAX_EXAMPLES,
    seed: SEED,
    reportFile: join(folder, 'supervisor.ndjson'),
    includePathRegex: '^/supervisor/|^/shifts/\\{shiftId\\}(/timesheet)?$',
  });
}, 300_000);

afterAll(async () => {
  await mock?.close();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

const runs = (): [string, FuzzRun][] => [
  ['consultant', consultantRun],
  ['supervisor', supervisorRun],
];

it('ends both runs (consultant over every operation, supervisor over the panel) with exit code 0', () => {
  for (const [name, run] of runs())
    expect({ name, exitCode: run.exitCode }, run.output).toEqual({ name, exitCode: 0 });
});

it('gets no 5xx from the mock on any fuzzed request (no fault is injected)', () => {
  for (const [, run] of runs()) {
    expect(run.summary.exchanges.length).toBeGreaterThan(100);
    expect(run.summary.exchanges.filter((exchange) => exchange.status >= 500)).toEqual([]);
  }
});

it('finds every answer conforming to the contract: no failed check, no run error', () => {
  for (const [, run] of runs()) {
    expect(run.summary.failures).toEqual([]);
    expect(run.summary.errors).toEqual([]);
  }
});

it('runs every phase, the stateful one following the contract’s links included', () => {
  for (const [, run] of runs()) {
    expect(run.summary.phases).toMatchObject({
      examples: 'success',
      coverage: 'success',
      fuzzing: 'success',
      stateful: 'success',
    });
  }
});

it('runs the required checks and sees each of them pass', () => {
  for (const [, run] of runs()) {
    for (const check of REQUIRED_CHECKS)
      expect(run.summary.checksPassed[check] ?? 0, check).toBeGreaterThan(0);
  }
});

it('reaches every operation of the contract, with authenticated answers other than 401', async () => {
  const { readFile } = await import('node:fs/promises');
  const contract = JSON.parse(await readFile(CONTRACT_FILE, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const operations = Object.entries(contract.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => typeof operation?.operationId === 'string')
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
  const reached = new Set(
    [...consultantRun.summary.exchanges, ...supervisorRun.summary.exchanges]
      .filter((exchange) => exchange.status !== 401)
      .map((exchange) => exchange.label),
  );
  expect(operations.filter((operation) => !reached.has(operation))).toEqual([]);
  const succeeded = new Set(
    [...consultantRun.summary.exchanges, ...supervisorRun.summary.exchanges]
      .filter((exchange) => exchange.status >= 200 && exchange.status < 300)
      .map((exchange) => exchange.label),
  );
  const without2xx = operations.filter((operation) => !succeeded.has(operation));
  process.stdout.write(
    `fuzz: ${operations.length - without2xx.length} of ${operations.length} operations answered 2xx at least once; none for ${without2xx.join(', ')}\n`,
  );
  expect(without2xx.filter((operation) => WITHOUT_2XX[operation] === undefined)).toEqual([]);
});

it('follows at least 80 % of the contract’s links in the stateful phase, the consultants’ and the supervisors’ runs together', () => {
  const consultant = linkCoverageOf(consultantRun.output);
  const supervisor = linkCoverageOf(supervisorRun.output);
  const both = new Set([...consultantRun.summary.linksCovered, ...supervisorRun.summary.linksCovered]);
  process.stdout.write(
    `fuzz: links covered (Schemathesis's count) — consultant ${consultant?.covered} of ${consultant?.total}, supervisor ${supervisor?.covered} of the ${supervisor?.selected} between its operations, both runs ${both.size} of ${consultant?.total}\n`,
  );
  // Schemathesis's own figures and the report's agree.
  expect(consultantRun.summary.linksCovered).toHaveLength(consultant?.covered ?? -1);
  expect(supervisorRun.summary.linksCovered).toHaveLength(supervisor?.covered ?? -1);
  expect(supervisor?.covered ?? 0).toBeGreaterThan(0);
  expect(both.size).toBeGreaterThanOrEqual(MIN_LINK_SHARE * (consultant?.total ?? Infinity));
});
