/**
 * Measures the shift-close flow on a fresh mock with the Node runner (`src/node/cli.ts`, profile `load`:
 * an open model at a constant rate of flows) in a child process of its own, optionally with stored
 * contacts preloaded; the mock runs in this process, so that its heap and its CPU time can be read apart
 * from the generator's.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '@icontact/mock-server';
import { durationSeconds } from '../src/core/duration.ts';
import { SUMMARY_FILE } from '../src/core/run-config.ts';
import type { RunReport, SummaryData } from '../src/core/summary-report.ts';
import type { GeneratorFigures } from '../src/node/run-load.ts';
import { runLoad } from '../src/node/run-load.ts';
import { inflateSnapshot, type Snapshot } from './inflate-snapshot.ts';
import { ownCpuSeconds } from './process-cpu.ts';

/** The p95 latency budget of every step of the flow, in ms. */
export const FLOW_P95_BUDGET_MS = 50;

const CLI = new URL('../src/node/cli.ts', import.meta.url).pathname;

/** One run of flows. */
export interface FlowLoad {
  /** Flows started per second. */
  readonly rate: number;
  /** How long flows keep arriving, a k6-style duration. */
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
  /** Flows the runner could not start in time (no free virtual user): the mock fell behind. */
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
  /** HTTP requests of the flows. */
  readonly requests: number;
  /** The mock's CPU time per request, in µs (this process, while the flows ran). */
  readonly serverCpuUsPerRequest: number;
  /** The generator's CPU time per request, in µs (its own process, every thread). */
  readonly generatorCpuUsPerRequest: number;
}

function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs the Node runner's CLI in a child process and reads its summary. */
async function runCli(env: Readonly<Record<string, string>>, summaryDir: string) {
  const args = [CLI, '--quiet', '--no-html', '--out', summaryDir];
  for (const [name, value] of Object.entries(env)) args.push('-e', `${name}=${value}`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0 && code !== 99) throw new Error(`the Node runner failed (${code}):\n${output}`);
  return JSON.parse(await readFile(join(summaryDir, SUMMARY_FILE), 'utf8')) as {
    report: RunReport;
    generator: GeneratorFigures;
    k6: SummaryData;
  };
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
    const cpuBefore = ownCpuSeconds();
    const { report, generator, k6 } = await runCli(
      {
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
    );
    const serverCpu = ownCpuSeconds() - cpuBefore;
    const stepP95 = report.steps.map((step) => step.p95Ms ?? 0);
    const upload = report.steps.find((step) => step.step === 'upload');
    const dropped = k6.metrics.dropped_iterations?.values.count ?? 0;
    const requests = Math.max(1, generator.requests);
    return {
      flowsPerSecond: report.flows.succeeded / durationSeconds(load.duration),
      failedFlows: report.flows.failed,
      droppedFlows: dropped,
      worstStepP95Ms: Math.max(...stepP95),
      uploadP95Ms: upload?.p95Ms ?? 0,
      uploadP99Ms: upload?.p99Ms ?? 0,
      closeP95Ms: k6.metrics.shift_close_duration?.values['p(95)'] ?? 0,
      passed: report.passed && dropped === 0,
      heapUsedBytes,
      requests: generator.requests,
      serverCpuUsPerRequest: (serverCpu / requests) * 1e6,
      generatorCpuUsPerRequest: (generator.cpuSeconds / requests) * 1e6,
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
  try {
    const run = await runLoad({
      env: {
        PROFILE: 'smoke',
        FLOWS: String(flows),
        CONTACTS: String(contacts),
        BATCH_SIZE: '50',
        BASE_URL: mock.apiUrl,
        ADMIN_URL: mock.adminUrl,
      },
      workers: 1,
      summaryDir: null,
    });
    if (run.exitCode !== 0) throw new Error(`the template run failed:\n${run.text}`);
    return server.backend.admin.snapshot() as Snapshot;
  } finally {
    await server.close();
  }
}
