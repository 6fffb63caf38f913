/**
 * The Node runner: the k6 script's plain modules driven from Node, for the test suite, the benchmark and
 * engineers without k6. The main thread makes the team and the fault mix (`setupRun`), worker threads run
 * the flows (`flow-worker.ts`) so that the generator is never the bottleneck, and the main thread adds up
 * their metrics, checks the run's ledger with every flow's exact entry (`teardownRun`), judges the same
 * thresholds as k6 and writes the same summary, JUnit XML and an HTML report.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FlowLedger, LedgerReport } from '../core/ledger.ts';
import { resolveRunConfig } from '../core/run-config.ts';
import { runParts, setupRun, teardownRun } from '../core/run-lifecycle.ts';
import { FLOW_STEPS } from '../core/steps.ts';
import { summaryOutputs } from '../core/summary-outputs.ts';
import {
  buildRunReport,
  type RunReport,
  type SummaryData,
  type SummaryMetric,
} from '../core/summary-report.ts';
import { meets, parseThreshold } from '../core/threshold-expression.ts';
import { buildThresholds } from '../core/thresholds.ts';
import type { WorkerInput, WorkerOutput } from './flow-worker.ts';
import { renderHtmlReport } from './html-report.ts';
import { httpTransport } from './http-transport.ts';
import { MetricsRegistry } from './metrics-registry.ts';
import { nodeRecorder } from './node-recorder.ts';
import { type Progress, progressBuffer, readProgress } from './progress-slots.ts';
import { Timeline } from './timeline.ts';

/** Options of {@link runLoad}. */
export interface LoadRunOptions {
  /** The variables, as `k6 run -e` takes them (`PROFILE`, `BASE_URL`, `RATE`…). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Worker threads that run the flows. Default: half the CPUs, at least 1, at most 4. */
  readonly workers?: number;
  /** Write `k6-summary.json`, `k6-junit.xml` (and the HTML report) there. Default: `SUMMARY_DIR`, or nothing when unset. */
  readonly summaryDir?: string | null;
  /** The HTML report's file. Default: `load-report.html` in the summary folder; `null` for none. */
  readonly htmlFile?: string | null;
  /** Called with the live counters every `progressIntervalMs`. */
  readonly onProgress?: (progress: Progress, elapsedSeconds: number) => void;
  /** Default: 1000. */
  readonly progressIntervalMs?: number;
  /**
   * How the run's ledger knows which flows ran: `known` (default) from every flow's own entry, exact;
   * `k6` as the k6 script must, from what the server shows (started or closed shifts, every flow in a
   * closed model) and `ledger_balance` — to prove the k6 script's ledger against the real mock.
   */
  readonly ledgerAs?: 'known' | 'k6';
}

/** What the generator itself cost. */
export interface GeneratorFigures {
  readonly workers: number;
  /** CPU time of the runner's process (every thread) while the flows ran, in seconds. */
  readonly cpuSeconds: number;
  /** The same over the whole run: loading the workers, setup and teardown included. */
  readonly totalCpuSeconds: number;
  readonly wallSeconds: number;
  /** HTTP requests the flows sent. */
  readonly requests: number;
}

/** What a run left. */
export interface LoadRunResult {
  /** 0 when every threshold held, 99 otherwise (k6's codes). */
  readonly exitCode: 0 | 99;
  readonly report: RunReport;
  /** The k6-shaped summary data the report was built from. */
  readonly summary: SummaryData;
  readonly ledger: LedgerReport | null;
  readonly generator: GeneratorFigures;
  /** The terminal's summary text. */
  readonly text: string;
  /** Files written. */
  readonly files: readonly string[];
}

const WORKER = new URL('./flow-worker.ts', import.meta.url);

function defaultWorkers(): number {
  return Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
}

/** The sub-metrics the report and the thresholds select. */
function trackedKeys(thresholds: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set(Object.keys(thresholds).filter((key) => key.includes('{')));
  for (const step of FLOW_STEPS) {
    keys.add(`http_req_duration{step:${step}}`);
    keys.add(`http_req_failed{step:${step}}`);
  }
  return [...keys];
}

/** A started worker: loaded once `ready` settles, running its share once `start` is called. */
interface FlowWorker {
  readonly ready: Promise<void>;
  start(startAt: number): void;
  stop(): void;
  readonly done: Promise<WorkerOutput>;
}

function startWorker(input: WorkerInput): FlowWorker {
  const worker = new Worker(WORKER, { workerData: input });
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const done = new Promise<WorkerOutput>((resolve, reject) => {
    let output: WorkerOutput | undefined;
    worker.on('message', (message: WorkerOutput | { ready: true }) => {
      if ('ready' in message) return ready();
      output = message;
      // Flows cut off by the graceful stop may still be waiting: the worker's share is over.
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (output !== undefined) resolve(output);
      else reject(new Error(`a flow worker exited with ${code} before it reported`));
    });
  });
  // A worker that fails while loading must not leave the run waiting for it.
  return {
    ready: Promise.race([readyPromise, done.then(() => undefined)]),
    start: (startAt) => worker.postMessage({ startAt }),
    stop: () => void worker.terminate(),
    done,
  };
}

/** Adds each threshold's verdict to the metrics it judges (as k6's summary has them). */
function judge(
  metrics: Record<string, SummaryMetric>,
  thresholds: Readonly<Record<string, readonly unknown[]>>,
): Record<string, SummaryMetric> {
  const judged: Record<string, SummaryMetric> = { ...metrics };
  for (const [key, expressions] of Object.entries(thresholds)) {
    const metric = judged[key] ?? { type: 'counter' as const, values: {} };
    const verdicts: Record<string, { ok: boolean }> = {};
    for (const raw of expressions) {
      const expression = String(raw);
      const parsed = parseThreshold(expression);
      const measured = parsed === null ? undefined : metric.values[parsed.stat];
      // As in k6: a metric that got no sample is not judged.
      verdicts[expression] = { ok: parsed === null || measured === undefined || meets(parsed, measured) };
    }
    judged[key] = { ...metric, thresholds: verdicts };
  }
  return judged;
}

/**
 * Runs the load: setup, the flows on worker threads, teardown with the ledger, the thresholds and the
 * outputs.
 *
 * @throws the configuration's errors (`ProfileError`, `RunConfigError`, `FaultMixError`) and the setup's
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the Node runner's composition root (workers, thresholds, ledger, CPU), TODO(#17): split into named stages
export async function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const config = resolveRunConfig(options.env);
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const ledger = config.adminUrl !== null;
  const thresholds = buildThresholds({ profile: config.profile, faults: config.faults.length > 0, ledger });
  const tracked = trackedKeys(thresholds);
  const registry = new MetricsRegistry(tracked);
  const mainTransport = httpTransport(registry, null);
  const parts = runParts(config, mainTransport, nodeRecorder(registry, null));
  const cpuStart = process.cpuUsage();
  const started = Date.now();
  try {
    const data = await setupRun(parts, config.profile.maxFlows, false);
    const progress = progressBuffer(workers);
    const nextFlow = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const pool = Array.from({ length: workers }, (_, index) =>
      startWorker({ env: { ...options.env }, data, index, workers, tracked, nextFlow, progress }),
    );
    try {
      await Promise.all(pool.map((worker) => worker.ready));
    } catch (error) {
      for (const worker of pool) worker.stop();
      throw error;
    }
    const startAt = Date.now() + 20;
    const flowCpuStart = process.cpuUsage();
    for (const worker of pool) worker.start(startAt);
    const timeline = new Timeline(startAt);
    const ticker =
      options.onProgress === undefined
        ? undefined
        : setInterval(
            () => options.onProgress?.(readProgress(progress), (Date.now() - startAt) / 1000),
            options.progressIntervalMs ?? 1000,
          );
    let outputs: WorkerOutput[];
    try {
      outputs = await Promise.all(pool.map((worker) => worker.done));
    } finally {
      if (ticker !== undefined) clearInterval(ticker);
    }
    const flowsEnded = Date.now();
    const flowCpu = process.cpuUsage(flowCpuStart);
    const flows = new Map<number, FlowLedger>();
    for (const output of outputs) {
      registry.merge(output.metrics);
      timeline.merge(output.timeline);
      for (const [flow, entry] of output.ledgers) flows.set(flow, entry);
    }
    const closedModel = config.profile.scenario.executor === 'shared-iterations';
    const ledgerReport = await teardownRun(
      parts,
      data,
      options.ledgerAs === 'k6' ? { kind: closedModel ? 'all' : 'touched' } : { kind: 'known', flows },
    );
    const cpu = process.cpuUsage(cpuStart);
    const durationMs = flowsEnded - startAt;
    const summary: SummaryData = {
      metrics: judge(registry.summaryMetrics(durationMs / 1000), thresholds),
      root_group: { name: '', checks: registry.checks(), groups: [] },
      state: { testRunDurationMs: durationMs },
    };
    const context = {
      runner: 'node' as const,
      profile: config.profile.name,
      baseUrl: config.baseUrl,
      faults: config.faults.map((fault) => fault.entry),
      ledger,
    };
    const requests = readProgress(progress).requests;
    const generator: GeneratorFigures = {
      workers,
      cpuSeconds: (flowCpu.user + flowCpu.system) / 1e6,
      totalCpuSeconds: (cpu.user + cpu.system) / 1e6,
      wallSeconds: (Date.now() - started) / 1000,
      requests,
    };
    const summaryDir =
      options.summaryDir === undefined ? (options.env.SUMMARY_DIR ?? null) : options.summaryDir;
    const rendered = summaryOutputs(summary, context, summaryDir ?? '.', { generator });
    const report = buildRunReport(summary, context);
    const files: string[] = [];
    if (summaryDir !== null) {
      await mkdir(summaryDir, { recursive: true });
      for (const [file, content] of Object.entries(rendered)) {
        if (file === 'stdout') continue;
        await writeFile(file, content);
        files.push(file);
      }
      const html = options.htmlFile === undefined ? join(summaryDir, 'load-report.html') : options.htmlFile;
      if (html !== null) {
        await writeFile(
          html,
          await renderHtmlReport({ report, summary, timeline: timeline.rows(), generator }),
        );
        files.push(html);
      }
    }
    return {
      exitCode: report.passed ? 0 : 99,
      report,
      summary,
      ledger: ledgerReport,
      generator,
      text: rendered.stdout ?? '',
      files,
    };
  } finally {
    mainTransport.close();
  }
}
