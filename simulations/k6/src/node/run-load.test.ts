import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer, type MockServer } from '@icontact/mock-server';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, expect, it } from 'vitest';
import { type LoadRunOptions, type LoadRunResult, runLoad } from './run-load.ts';

const servers: MockServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close(100)));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A mock of its own on free loopback ports (the admin API on a port of its own, as `./run start` has it). */
async function startMock() {
  const server = await createMockServer({
    port: 0,
    logLevel: 'silent',
    clockStart: '2026-11-24T03:30:00Z',
    clockSpeed: 0,
  });
  servers.push(server);
  return server.listen();
}

/**
 * The two models, small: a closed one of 8 flows on 2 VUs, an open one of 3 flows/s for 3 s. The latency
 * budget is wide: these runs prove the flow and the ledger on a shared, busy machine, not a speed.
 */
const MODELS = {
  closed: { PROFILE: 'smoke', FLOWS: '8', VUS: '2', CONTACTS: '6', BATCH_SIZE: '4', P95_MS: '20000' },
  open: { PROFILE: 'load', RATE: '3', DURATION: '3s', CONTACTS: '6', BATCH_SIZE: '4', P95_MS: '20000' },
} as const;

type Model = keyof typeof MODELS;

const LONGER = { closed: { FLOWS: '16' }, open: { DURATION: '6s' } } as const;

async function run(
  model: Model,
  extra: Readonly<Record<string, string>> = {},
  options: Partial<LoadRunOptions> = {},
): Promise<LoadRunResult & { junit: string }> {
  const mock = await startMock();
  const summaryDir = await mkdtemp(join(tmpdir(), 'icontact-load-'));
  dirs.push(summaryDir);
  const result = await runLoad({
    env: { ...MODELS[model], BASE_URL: mock.apiUrl, ADMIN_URL: mock.adminUrl, ...extra },
    workers: 2,
    summaryDir,
    ...options,
  });
  return { ...result, junit: await readFile(join(summaryDir, 'k6-junit.xml'), 'utf8') };
}

/**
 * Rolls the mock back mid-run: a snapshot as soon as the first flow started (the team is made by then, and
 * most of the run is still ahead even on a slow, busy machine), put back once 2 flows that started after
 * the snapshot was in hand have closed. More flows closed than had started by the snapshot means that at
 * least that many of them started after it: everything they sent is missing from the snapshot.
 */
function rollbackMidRun(adminUrl: () => string): {
  onProgress: NonNullable<LoadRunOptions['onProgress']>;
  progressIntervalMs: number;
  done: () => Promise<{ startedBefore: number; closedAtRestore: number }>;
} {
  let snapshot: Promise<unknown> | undefined;
  let restore: Promise<void> | undefined;
  let startedBefore = Number.POSITIVE_INFINITY;
  let closedAtRestore = -1;
  let inHand = false;
  return {
    progressIntervalMs: 20,
    onProgress: (progress) => {
      if (snapshot === undefined && progress.started >= 1) {
        snapshot = fetch(`${adminUrl()}/snapshot`)
          .then((res) => res.json())
          .then((body: unknown) => {
            inHand = true;
            return body;
          });
      } else if (inHand && startedBefore === Number.POSITIVE_INFINITY) {
        // Read after the snapshot arrived: every flow started before it was served is counted.
        startedBefore = progress.started;
      } else if (snapshot !== undefined && restore === undefined && progress.succeeded >= startedBefore + 2) {
        closedAtRestore = progress.succeeded;
        restore = snapshot.then(async (body) => {
          const res = await fetch(`${adminUrl()}/snapshot`, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (res.status !== 204) throw new Error(`restore answered ${res.status}`);
        });
      }
    },
    done: async () => {
      await restore;
      return { startedBefore, closedAtRestore };
    },
  };
}

const junitFailures = (xml: string): string[] => {
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    testsuites: { testsuite: { testcase: { '@_name': string; failure?: { '@_message': string } }[] }[] };
  };
  return parsed.testsuites.testsuite
    .flatMap((suite) => suite.testcase)
    .filter((item) => item.failure !== undefined)
    .map((item) => `${item['@_name']}: ${item.failure?.['@_message']}`);
};

it.each(['closed', 'open'] as const)(
  'passes a clean %s-model run with every contact held once',
  async (model) => {
    const result = await run(model);
    expect(result.text).toContain('PASSED');
    expect(result.exitCode).toBe(0);
    expect(result.report.flows.failed).toBe(0);
    expect(result.report.flows.succeeded).toBe(model === 'closed' ? 8 : 9);
    expect(result.report.ledgerCounts).toMatchObject({
      lost: 0,
      duplicated: 0,
      unexpected: 0,
      unsent: 0,
      vanished: 0,
    });
    expect(result.report.ledgerCounts.held).toBe(result.report.flows.succeeded * 6);
    expect(result.report.amplification).toBe(1);
    // Every answer counted by step, status and code: one login per flow, each a 200.
    expect(result.report.answers).toContainEqual({
      step: 'login',
      status: 200,
      code: null,
      count: result.report.flows.succeeded,
    });
    expect(junitFailures(result.junit), result.text).toEqual([]);
    expect(result.generator.requests).toBeGreaterThan(0);
    expect(result.generator.cpuSeconds).toBeGreaterThan(0);
  },
);

it.each(['closed', 'open'] as const)(
  'rides out every first answer lost after it was applied (%s model): retried with the same keys, nothing held twice',
  async (model) => {
    const result = await run(model, { FAULTS: 'reset@after#1' });
    expect(junitFailures(result.junit), result.text).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.report.amplification).toBeGreaterThan(1.5);
    // The first upload of each shift was applied and its answer lost: the retry is answered `duplicate`.
    expect(result.report.contacts.duplicate).toBeGreaterThan(0);
    expect(result.report.ledgerCounts).toMatchObject({ lost: 0, duplicated: 0, unexpected: 0, vanished: 0 });
    expect(
      result.report.answers.find((row) => row.step === 'upload' && row.status === 0)?.count,
    ).toBeGreaterThan(0);
  },
);

it.each([
  ['closed', 'known'],
  ['open', 'known'],
  ['closed', 'k6'],
  ['open', 'k6'],
] as const)(
  'fails a %s-model run whose mock was rolled back mid-run (ledger judged as the %s runner does)',
  async (model, ledgerAs) => {
    let adminUrl = '';
    const rollback = rollbackMidRun(() => adminUrl);
    const mock = await startMock();
    adminUrl = mock.adminUrl;
    const summaryDir = await mkdtemp(join(tmpdir(), 'icontact-load-'));
    dirs.push(summaryDir);
    const result = await runLoad({
      // Twice the flows of the other runs, so that the rollback comes well before the end.
      env: { ...MODELS[model], ...LONGER[model], BASE_URL: mock.apiUrl, ADMIN_URL: mock.adminUrl },
      workers: 2,
      summaryDir,
      ledgerAs,
      onProgress: rollback.onProgress,
      progressIntervalMs: rollback.progressIntervalMs,
    });
    const { startedBefore, closedAtRestore } = await rollback.done();
    expect(closedAtRestore).toBeGreaterThanOrEqual(startedBefore + 2);
    expect(result.exitCode).toBe(99);
    const { lost, vanished } = result.report.ledgerCounts;
    // Two flows, at least, started after the snapshot and closed before the restore: their 2 × 6
    // contacts are gone. Judged from the server alone, such a flow looks as if it never ran: the
    // balance of promised and held contacts sees it in every model (k6 judges so).
    expect(ledgerAs === 'known' ? lost : vanished, result.text).toBeGreaterThanOrEqual(12);
    const failures = junitFailures(await readFile(join(summaryDir, 'k6-junit.xml'), 'utf8'));
    expect(failures.some((line) => /contacts_lost|ledger_balance|promised|acknowledged/.test(line))).toBe(
      true,
    );
    // A failed threshold names what it measured.
    expect(result.text).toMatch(/✗ \S+ \S+ failed: measured \d/);
  },
);
