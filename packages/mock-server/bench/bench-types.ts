/** The shapes the benchmark's processes exchange (as JSON in environment variables and on stdout). */

/** One request the load generator repeats. */
export interface BenchRequest {
  readonly method: 'GET' | 'POST';
  /** The path under the API's base, e.g. `/shifts/<id>`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The status every answer must have; a run with another one does not count. */
  readonly expect: number;
}

/** What the mock answered to a {@link BenchRequest}: the bytes the floor answers. */
export interface RecordedAnswer {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A request-rate run of the generator. */
export interface RequestLoad {
  readonly url: string;
  readonly request: BenchRequest;
  readonly connections: number;
  readonly seconds: number;
}

/** What the generator measured, and the CPU it spent itself. */
export interface RequestFigures {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers with another status than expected, and socket errors. */
  readonly unexpected: number;
  /** The generator's own CPU time over the run, ms. */
  readonly generatorCpuMs: number;
}

/** A consultant of the flows. */
export interface FlowCredentials {
  readonly login: string;
  readonly password: string;
}

/** A flow run: closed (a number of flows, `concurrency` at a time per worker) or open (`rate` flows/s). */
export interface FlowLoad {
  readonly apiUrl: string;
  readonly credentials: readonly FlowCredentials[];
  readonly workers: number;
  /** Closed model: flows in flight per worker. */
  readonly concurrency?: number;
  /** Open model: flows started per second in all (spread over the workers). */
  readonly rate?: number;
  /** Contacts per shift. */
  readonly contacts: number;
  /** Items per upload. */
  readonly batch: number;
  /** The `X-App-Version` the tablets send. */
  readonly appVersion: string;
}

/** Steps of a flow, in order; `open_contact` happens once per contact. */
export const FLOW_STEPS = [
  'login',
  'read_shifts',
  'start_shift',
  'open_contact',
  'upload',
  'final_sync',
  'close',
  'timesheet',
] as const;

/** One step of {@link FLOW_STEPS}. */
export type FlowStep = (typeof FLOW_STEPS)[number];

/** What the flow runner measured. */
export interface FlowFigures {
  readonly flows: number;
  readonly failedFlows: number;
  readonly requests: number;
  readonly seconds: number;
  /** p95 of each step, ms. */
  readonly p95Ms: Readonly<Record<FlowStep, number>>;
  /** The runner's own CPU time (every worker), ms. */
  readonly generatorCpuMs: number;
  /** The first failure, to say why. */
  readonly firstError?: string;
}
