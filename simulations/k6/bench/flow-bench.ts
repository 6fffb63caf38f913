/**
 * Measures the shift-close flow on a fresh mock with the load script (`src/shift-close.ts`, profile
 * `load`: an open model at a constant rate of flows), optionally with stored contacts preloaded.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '@icontact/mock-server';
import { durationSeconds } from '../src/core/duration.ts';
import { runK6 } from '../src/testing/run-k6.ts';
import { inflateSnapshot, type Snapshot } from './inflate-snapshot.ts';

/** The p95 latency budget of every step of the flow, in ms. */
export const FLOW_P95_BUDGET_MS = 50;

/** One run of flows. */
export interface FlowLoad {
  /** Flows started per second. */
  readonly rate: number;
  /** How long flows keep arriving, a k6 duration. */
  readonly duration: string;
  readonly contacts: number;
  readonly batchSize: number;
  /** Copies of a template's closed shifts to preload, and the template. Default: an empty mock. */
  readonly preload?: { readonly template: Snapshot; readonly copies: number };
}

/** The figures of one run. */
export interface FlowFigures {
  /** Flows closed correctly per second of arrival. */
  readonly flowsPerSecond: number;
  readonly failedFlows: number;
  /** Flows k6 could not start in time (no free VU): the mock fell behind. */
  readonly droppedFlows: number;
  /** The highest p95 of any step, in ms. */
  readonly worstStepP95Ms: number;
  readonly uploadP95Ms: number;
  readonly uploadP99Ms: number;
  /** The p95 of the whole close (first upload to timesheet), in ms. */
  readonly closeP95Ms: number;
  /** Every threshold held (each step's p95 under the budget, no failed flow, the ledger clean). */
  readonly passed: boolean;
  /** The mock's heap after a full GC, once loaded (needs `node --expose-gc`), in bytes. */
  readonly heapUsedBytes: number | null;
}

function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs flows against a fresh in-process mock and returns the figures. */
export async function measureFlows(load: FlowLoad): Promise<FlowFigures> {
  const server = await createMockServer({ port: 0, adminPort: false, seed: 1, logLevel: 'silent' });
  const mock = await server.listen();
  const summaryDir = await mkdtemp(join(tmpdir(), 'icontact-bench-'));
  try {
    if (load.preload !== undefined) {
      server.backend.admin.restore(inflateSnapshot(load.preload.template, load.preload.copies, randomUUID));
    }
    const heapUsedBytes = heapAfterGc();
    const run = await runK6({
      env: {
        PROFILE: 'load',
        BASE_URL: mock.apiUrl,
        ADMIN_URL: mock.adminUrl,
        RATE: String(load.rate),
        DURATION: load.duration,
        CONTACTS: String(load.contacts),
        BATCH_SIZE: String(load.batchSize),
        P95_MS: String(FLOW_P95_BUDGET_MS),
        MAX_VUS: String(Math.max(50, load.rate * 10)),
      },
      summaryDir,
      timeoutMs: 15 * 60_000,
    });
    const { report } = run;
    const stepP95 = report.steps.map((step) => step.p95Ms ?? 0);
    const upload = report.steps.find((step) => step.step === 'upload');
    const close = run.k6.metrics.shift_close_duration?.values['p(95)'];
    return {
      flowsPerSecond: report.flows.succeeded / durationSeconds(load.duration),
      failedFlows: report.flows.failed,
      droppedFlows: run.k6.metrics.dropped_iterations?.values.count ?? 0,
      worstStepP95Ms: Math.max(...stepP95),
      uploadP95Ms: upload?.p95Ms ?? 0,
      uploadP99Ms: upload?.p99Ms ?? 0,
      closeP95Ms: close ?? 0,
      passed: report.passed && (run.k6.metrics.dropped_iterations?.values.count ?? 0) === 0,
      heapUsedBytes,
    };
  } finally {
    await server.close();
    await rm(summaryDir, { recursive: true, force: true });
  }
}

/** The state of a mock after a few flows closed: the template that {@link inflateSnapshot} copies. */
export async function recordTemplate(flows: number, contacts: number): Promise<Snapshot> {
  const server = await createMockServer({ port: 0, adminPort: false, seed: 1, logLevel: 'silent' });
  const mock = await server.listen();
  const summaryDir = await mkdtemp(join(tmpdir(), 'icontact-bench-'));
  try {
    const run = await runK6({
      env: {
        PROFILE: 'smoke',
        FLOWS: String(flows),
        CONTACTS: String(contacts),
        BATCH_SIZE: '50',
        BASE_URL: mock.apiUrl,
        ADMIN_URL: mock.adminUrl,
      },
      summaryDir,
    });
    if (run.exitCode !== 0) throw new Error(`the template run failed:\n${run.stdout}\n${run.stderr}`);
    return server.backend.admin.snapshot() as Snapshot;
  } finally {
    await server.close();
    await rm(summaryDir, { recursive: true, force: true });
  }
}
