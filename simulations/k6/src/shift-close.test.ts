import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer, type MockServer, type MockServerAddresses } from '@icontact/mock-server';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FLOW_STEPS } from './core/steps.ts';
import { runK6 } from './testing/run-k6.ts';

/** The smoke profile's shape (core/profiles.ts): 6 flows of 12 contacts in batches of 5. */
const SMOKE = { flows: 6, contacts: 12, batchSize: 5 };

let server: MockServer;
let mock: MockServerAddresses;
let summaryDir: string;

beforeEach(async () => {
  server = await createMockServer({ port: 0, seed: 1, logLevel: 'silent' });
  mock = await server.listen();
  summaryDir = await mkdtemp(join(tmpdir(), 'icontact-k6-'));
});

afterEach(async () => {
  await server.close();
  await rm(summaryDir, { recursive: true, force: true });
});

const target = (): Record<string, string> => ({ BASE_URL: mock.apiUrl, ADMIN_URL: mock.adminUrl });

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(`${mock.adminUrl}${path}`, init);
  if (!res.ok) throw new Error(`admin ${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

async function closedShifts(): Promise<number> {
  const shifts = (await (await admin('/state/shifts')).json()) as { status: string }[];
  return shifts.filter((shift) => shift.status === 'closed').length;
}

it('passes the smoke profile against the mock: every threshold holds and the ledger finds each contact once', async () => {
  const run = await runK6({ env: { PROFILE: 'smoke', ...target() }, summaryDir });

  expect(run.exitCode, run.stderr).toBe(0);
  const { report } = run;
  expect(report.passed).toBe(true);
  expect(report.thresholds.filter((t) => !t.ok)).toEqual([]);
  expect(report.thresholds.map((t) => t.metric)).toEqual(
    expect.arrayContaining([
      'contacts_lost',
      'contacts_duplicated',
      'checks',
      'http_req_duration{step:upload}',
    ]),
  );
  expect(report.flows).toEqual({ succeeded: SMOKE.flows, failed: 0 });
  expect(report.contacts).toEqual({ accepted: SMOKE.flows * SMOKE.contacts, duplicate: 0, rejected: 0 });
  expect(report.ledgerCounts).toMatchObject({ lost: 0, duplicated: 0, unexpected: 0, unsent: 0 });
  expect(report.ledgerCounts.checks).toBeGreaterThan(0);
  expect(report.amplification).toBe(1);
  for (const step of report.steps) expect(step.requests, step.step).toBeGreaterThan(0);
  expect(report.steps.map((s) => s.step)).toEqual([...FLOW_STEPS]);
  expect(report.steps.find((s) => s.step === 'upload')?.requests).toBe(
    SMOKE.flows * Math.ceil(SMOKE.contacts / SMOKE.batchSize),
  );

  // Every flow closed the shift of a consultant of its own, made by POST /__admin/team.
  const users = (await (await admin('/state/users')).json()) as { id: string; login: string }[];
  const shifts = (await (await admin('/state/shifts')).json()) as { status: string; consultantId: string }[];
  const closedBy = shifts.filter((shift) => shift.status === 'closed').map((shift) => shift.consultantId);
  expect(new Set(closedBy).size).toBe(SMOKE.flows);
  expect(
    users
      .filter((user) => closedBy.includes(user.id))
      .map((user) => user.login)
      .sort(),
  ).toEqual(Array.from({ length: SMOKE.flows }, (_, i) => `team1.mk${i + 1}`).sort());

  const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.junit);
  expect(junit.testsuites).toMatchObject({ failures: '0' });
  expect(Number(junit.testsuites.tests)).toBe(report.thresholds.length + report.checks.length + 4);
}, 120_000);

it('loses and duplicates nothing when the first answer of every request is lost after it was applied', async () => {
  const run = await runK6({ env: { PROFILE: 'smoke', FAULTS: 'reset@after#1', ...target() }, summaryDir });

  expect(run.exitCode, run.stderr).toBe(0);
  const { report } = run;
  expect(report.faults).toEqual(['reset@after#1']);
  expect(report.flows).toEqual({ succeeded: SMOKE.flows, failed: 0 });
  // Each shift's first batch was applied but its answer cut: sent again, it is answered `duplicate`.
  expect(report.contacts).toEqual({
    accepted: SMOKE.flows * (SMOKE.contacts - SMOKE.batchSize),
    duplicate: SMOKE.flows * SMOKE.batchSize,
    rejected: 0,
  });
  expect(report.ledgerCounts).toMatchObject({ lost: 0, duplicated: 0, unexpected: 0, unsent: 0 });
  expect(report.amplification).toBeGreaterThan(1);
  for (const step of ['login', 'upload', 'close'] as const) {
    expect(report.steps.find((s) => s.step === step)?.amplification, step).toBeGreaterThan(1);
  }
}, 120_000);

it('fails the run when the mock rolls closed shifts back: the ledger misses their contacts', async () => {
  // One flow after the other, each request 150 ms late, so that the rollback lands between flows.
  const running = runK6({
    env: { PROFILE: 'smoke', VUS: '1', FLOWS: '4', CONTACTS: '4', FAULTS: 'latency150:1', ...target() },
    summaryDir,
  });
  let ended = false;
  void running.finally(() => {
    ended = true;
  });
  let snapshot: string | undefined;
  for (let closed = 0; closed < 3; closed = await closedShifts()) {
    if (ended) throw new Error('k6 ended before three shifts were closed');
    if (snapshot === undefined && closed >= 1) snapshot = await (await admin('/snapshot')).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The state of when one shift was closed comes back: the next two closed shifts and their contacts go.
  if (snapshot === undefined) throw new Error('no snapshot was taken');
  await admin('/snapshot', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: snapshot,
  });
  const run = await running;

  expect(run.exitCode).toBe(99);
  const { report } = run;
  expect(report.passed).toBe(false);
  expect(report.ledgerCounts.unsent).toBeGreaterThanOrEqual(2 * 4);
  expect(report.thresholds.find((t) => t.metric === 'contacts_unsent')?.ok).toBe(false);
  expect(run.junit).toMatch(/name="every contact of a flow that ran reaches the server"[^>]*>\s*<failure/);
}, 120_000);
