/**
 * The benchmark's generator of plain request rates, in a process of its own so that its CPU is its own:
 * autocannon (MIT) sends one request back to back over N connections for a while, and this prints its
 * figures and its own CPU time as one line of JSON.
 *
 *   node bench/request-generator.ts '<json of GeneratorJob>'
 */
import autocannon from 'autocannon';

/** What to send. */
export interface GeneratorJob {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connections: number;
  readonly durationSeconds: number;
}

/** What it measured. */
export interface GeneratorFigures {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers that were not 2xx, and transport errors. */
  readonly non2xx: number;
  readonly errors: number;
  /** The generator's own CPU time, in seconds. */
  readonly cpuSeconds: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as GeneratorJob;
const cpuStart = process.cpuUsage();
const result = await autocannon({
  url: job.url,
  method: job.method,
  headers: { ...job.headers },
  ...(job.body === undefined ? {} : { body: job.body }),
  connections: job.connections,
  duration: job.durationSeconds,
});
const cpu = process.cpuUsage(cpuStart);
const figures: GeneratorFigures = {
  requestsPerSecond: result.requests.total / result.duration,
  requests: result.requests.total,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
