import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningMock, SEED_PASSWORD, startMock } from '../support/mock-harness.js';
import { type FuzzRun, runSchemathesis } from './run-schemathesis.js';
import { CONTRACT_FILE } from './schemathesis-command.js';

/** Test cases per operation and phase; the longer run of docs/reliability.md raises it. */
const MAX_EXAMPLES = Number(process.env.ICONTACT_FUZZ_MAX_EXAMPLES ?? 10);
const SEED = Number(process.env.ICONTACT_FUZZ_SEED ?? 2026);

/** The checks the issue names; each must have run and passed. */
const REQUIRED_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'negative_data_rejection',
  'ignored_auth',
];

let mock: RunningMock;
let folder: string;
let consultantRun: FuzzRun;
let supervisorRun: FuzzRun;

beforeAll(async () => {
  mock = await startMock();
  folder = await mkdtemp(join(tmpdir(), 'icontact-fuzz-'));
  // Consultants with open login windows at the frozen clock; each fuzzed shift close ends one's window.
  consultantRun = await runSchemathesis({
    apiUrl: mock.apiUrl,
    logins: ['mk.aset', 'mk.aigerim', 'mk.dana', 'mk.svetlana'],
    password: SEED_PASSWORD,
    clientKind: 'tablet',
    maxExamples: MAX_EXAMPLES,
    seed: SEED,
    reportFile: join(folder, 'consultant.ndjson'),
  });
  supervisorRun = await runSchemathesis({
    apiUrl: mock.apiUrl,
    logins: ['sv.nurlan', 'sv.elena'],
    password: SEED_PASSWORD,
    clientKind: 'web',
    maxExamples: MAX_EXAMPLES,
    seed: SEED,
    reportFile: join(folder, 'supervisor.ndjson'),
    includePathRegex: '^/supervisor/',
  });
}, 170_000);

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
});
