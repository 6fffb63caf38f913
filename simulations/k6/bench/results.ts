/** The benchmark's results, as `results.json` keeps them and the docs show them. */
import type { FlowFigures } from './flow-bench.ts';
import type { RequestFigures } from './request-bench.ts';

/** The servers compared. */
export const TARGETS = ['mock', 'prism', 'floor'] as const;
/** A server compared: the iContact mock, Stoplight Prism, a bare Fastify route. */
export type Target = (typeof TARGETS)[number];

/** Where the figures come from. */
export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  /** The load generators and their versions. */
  readonly generator: string;
  readonly prism: string;
  /** The 1-minute load average when the run started and when it ended (other work on the machine skews it). */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

/** One request on one target: every run and the medians. */
export interface RequestResult {
  readonly request: 'read' | 'upload';
  readonly description: string;
  readonly target: Target;
  readonly runs: readonly RequestFigures[];
  readonly medianRequestsPerSecond: number;
  readonly medianP99Ms: number;
  /** The server's CPU time per request, in µs (`null` when it could not be read). */
  readonly medianServerCpuUsPerRequest: number | null;
  /** The generator's CPU time per request, in µs. */
  readonly medianGeneratorCpuUsPerRequest: number;
}

/** Flows at one setting: every run and the medians. */
export interface FlowResult {
  readonly rate: number;
  readonly contacts: number;
  readonly batchSize: number;
  /** Contacts stored before the run. */
  readonly storedContacts: number;
  readonly runs: readonly FlowFigures[];
  readonly medianFlowsPerSecond: number;
  readonly medianWorstStepP95Ms: number;
  readonly medianUploadP95Ms: number;
  readonly medianUploadP99Ms: number;
  readonly medianCloseP95Ms: number;
  /** The mock's CPU time per request of the flows, in µs. */
  readonly medianServerCpuUsPerRequest: number;
  /** The generator's CPU time per request of the flows, in µs. */
  readonly medianGeneratorCpuUsPerRequest: number;
  /** Most runs held every threshold with no dropped flow. */
  readonly sustained: boolean;
}

/** Everything one benchmark run measured. */
export interface BenchResults {
  readonly date: string;
  readonly machine: Machine;
  /** Runs behind each median. */
  readonly runs: number;
  readonly requestLoad: { readonly vus: number; readonly duration: string };
  readonly flowDuration: string;
  readonly requests: readonly RequestResult[];
  /** Offered rates, lowest first, until the budget broke. */
  readonly capacity: readonly FlowResult[];
  /** The highest offered rate sustained with every step's p95 under the budget. */
  readonly sustainedFlowsPerSecond: number | null;
  readonly batchSizes: readonly FlowResult[];
  readonly storedContacts: readonly FlowResult[];
  /** Heap per stored contact (contact, sync item, its share of a shift), bytes; `null` without `--expose-gc`. */
  readonly bytesPerStoredContact: number | null;
}
