/**
 * A worker thread of the Node runner: runs its share of the flows (every `workers`-th arrival of an open
 * model, or its VUs of a closed one pulling flow numbers from one shared counter) with the same core
 * modules as k6, and posts its metrics, timeline and ledger entries when done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { arrivalTimes } from '../core/arrivals.ts';
import { durationSeconds } from '../core/duration.ts';
import type { FlowLedger } from '../core/ledger.ts';
import type { Recorder } from '../core/recorder.ts';
import { resolveRunConfig } from '../core/run-config.ts';
import { runFlow, runParts, type SetupData } from '../core/run-lifecycle.ts';
import { METRIC } from '../core/steps.ts';
import { httpTransport } from './http-transport.ts';
import { MetricsRegistry, type SerializedMetrics } from './metrics-registry.ts';
import { nodeRecorder } from './node-recorder.ts';
import { progressWriter, SLOT } from './progress-slots.ts';
import { type SerializedTimeline, Timeline } from './timeline.ts';

/** What the main thread gives a worker when it starts it (`workerData`). */
export type WorkerInput = Omit<WorkerRun, 'startAt'>;

/** What a worker runs by: its input and, once every worker is loaded, the common start. */
interface WorkerRun {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly data: SetupData;
  readonly index: number;
  readonly workers: number;
  /** When the scenario starts, epoch ms (the same for every worker). */
  readonly startAt: number;
  /** The sub-metrics to keep apart. */
  readonly tracked: readonly string[];
  /** Closed model: the next flow number, shared. */
  readonly nextFlow: SharedArrayBuffer;
  readonly progress: SharedArrayBuffer;
}

/** What a worker posts at its end. */
export interface WorkerOutput {
  readonly metrics: SerializedMetrics;
  readonly timeline: SerializedTimeline;
  readonly ledgers: readonly (readonly [number, FlowLedger])[];
}

// Loaded: say so, and wait for the common start, so that no worker's loading falls in the run (or in
// the generator's measured CPU time).
parentPort?.postMessage({ ready: true });
const startAt = await new Promise<number>((resolve) => {
  parentPort?.once('message', (message: { startAt: number }) => resolve(message.startAt));
});
const input: WorkerRun = { ...(workerData as WorkerInput), startAt };
const config = resolveRunConfig(input.env);
const { scenario } = config.profile;
const registry = new MetricsRegistry(input.tracked);
const timeline = new Timeline(input.startAt);
const transport = httpTransport(registry, timeline);
const progress = progressWriter(input.progress, input.index);
const counting: typeof transport = {
  ...transport,
  request: async (request) => {
    const answer = await transport.request(request);
    progress.add(SLOT.requests);
    return answer;
  },
};
const recorder: Recorder = nodeRecorder(registry, timeline);
const ledgers: [number, FlowLedger][] = [];

async function oneFlow(flow: number): Promise<void> {
  progress.add(SLOT.started);
  progress.add(SLOT.active);
  timeline.flowStarted(Date.now());
  registry.count('iterations', 1);
  // The flow's own view of the recorder notes how it ended, for the progress line.
  let succeeded = false;
  const flowRecorder: Recorder = {
    ...recorder,
    rate: (metric, ok, tags) => {
      if (metric === METRIC.flowSucceeded) succeeded = ok;
      recorder.rate(metric, ok, tags);
    },
  };
  try {
    const entry = await runFlow(runParts(config, counting, flowRecorder), input.data, flow);
    if (entry !== null) ledgers.push([flow, entry]);
  } catch (error) {
    // A flow that throws is a failed flow, not a failed run.
    flowRecorder.rate(METRIC.flowSucceeded, false);
    recorder.check('flow: ends without an error', false);
    registry.count('flow_errors', 1, { error: (error as Error).name });
  } finally {
    progress.add(succeeded ? SLOT.succeeded : SLOT.failed);
    progress.add(SLOT.active, -1);
  }
}

const waitUntil = (epochMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));

/** Waits `ms` without keeping the thread alive. */
const grace = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function openModel(times: readonly number[]): Promise<void> {
  const maxVUs = 'maxVUs' in scenario && scenario.maxVUs !== undefined ? scenario.maxVUs : 50;
  const cap = Math.max(1, Math.ceil(maxVUs / input.workers));
  const running = new Set<Promise<void>>();
  for (let flow = input.index; flow < times.length; flow += input.workers) {
    await waitUntil(input.startAt + (times[flow] ?? 0) * 1000);
    if (running.size >= cap) {
      // No free virtual user: the flow is dropped, as k6 drops an iteration.
      registry.count('dropped_iterations', 1);
      progress.add(SLOT.dropped);
      continue;
    }
    const run = oneFlow(flow).finally(() => running.delete(run));
    running.add(run);
  }
  const graceMs = durationSeconds(scenario.gracefulStop ?? '30s') * 1000;
  await Promise.race([Promise.allSettled([...running]), grace(graceMs)]);
  registry.count('iterations_interrupted', running.size);
}

async function closedModel(): Promise<void> {
  if (scenario.executor !== 'shared-iterations') throw new Error(`no Node runner for ${scenario.executor}`);
  const iterations = scenario.iterations ?? 1;
  const vus = scenario.vus ?? 1;
  const mine = Math.floor(vus / input.workers) + (input.index < vus % input.workers ? 1 : 0);
  const deadline = input.startAt + durationSeconds(scenario.maxDuration ?? '10m') * 1000;
  const next = new Int32Array(input.nextFlow);
  await waitUntil(input.startAt);
  const vu = async () => {
    for (;;) {
      if (Date.now() >= deadline) return;
      const flow = Atomics.add(next, 0, 1);
      if (flow >= iterations) return;
      await oneFlow(flow);
    }
  };
  await Promise.all(Array.from({ length: mine }, vu));
}

const times = arrivalTimes(scenario);
await (times === null ? closedModel() : openModel(times));
transport.close();
const output: WorkerOutput = { metrics: registry.serialize(), timeline: timeline.serialize(), ledgers };
parentPort?.postMessage(output);
