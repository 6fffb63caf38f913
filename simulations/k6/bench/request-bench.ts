/**
 * Measures one request against one target: autocannon in a child process (`request-generator.ts`), and
 * the CPU time the server and the generator each spent, so that the generator is shown not to be the
 * bottleneck.
 */
import { spawn } from 'node:child_process';
import { durationSeconds } from '../src/core/duration.ts';
import type { GeneratorFigures, GeneratorJob } from './request-generator.ts';
import type { BenchRequest } from './targets/bench-request.ts';

const GENERATOR = new URL('./request-generator.ts', import.meta.url).pathname;

/** The figures of one run. */
export interface RequestFigures {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The server's CPU time per request, in µs. */
  readonly serverCpuUsPerRequest: number | null;
  /** The generator's CPU time per request, in µs. */
  readonly generatorCpuUsPerRequest: number;
}

/** How hard to push. */
export interface RequestLoad {
  /** Connections sending back to back. */
  readonly vus: number;
  /** How long, a k6-style duration (`10s`). */
  readonly duration: string;
}

/**
 * Sends `request` to `apiUrl` for the load's duration and returns the figures.
 *
 * @param serverCpu - reads the server's CPU time so far, in seconds (`null` when it cannot be read)
 * @throws Error when the generator fails or an answer had another status than expected
 */
export async function measureRequest(
  apiUrl: string,
  request: BenchRequest,
  load: RequestLoad,
  serverCpu: () => number | null,
): Promise<RequestFigures> {
  const job: GeneratorJob = {
    url: `${apiUrl}${request.path}`,
    method: request.method,
    headers: {
      ...request.headers,
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(request.body === undefined ? {} : { body: request.body }),
    connections: load.vus,
    durationSeconds: durationSeconds(load.duration),
  };
  const before = serverCpu();
  const child = spawn(process.execPath, [GENERATOR, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const after = serverCpu();
  if (code !== 0) throw new Error(`the request generator failed (${code}) on ${job.url}:\n${stderr}`);
  const figures = JSON.parse(stdout) as GeneratorFigures;
  if (figures.non2xx > 0 || figures.errors > 0) {
    throw new Error(`${figures.non2xx} answers of ${job.url} were not 2xx and ${figures.errors} failed`);
  }
  const perRequest = (seconds: number) => (seconds / Math.max(1, figures.requests)) * 1e6;
  return {
    requestsPerSecond: figures.requestsPerSecond,
    requests: figures.requests,
    p50Ms: figures.p50Ms,
    p99Ms: figures.p99Ms,
    serverCpuUsPerRequest: before === null || after === null ? null : perRequest(after - before),
    generatorCpuUsPerRequest: perRequest(figures.cpuSeconds),
  };
}
