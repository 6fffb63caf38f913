/** Measures one request against one target with k6 (`src/request-rate.ts`). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REQUEST_RATE_SCRIPT, runK6Script } from '../src/testing/run-k6.ts';
import type { BenchRequest } from './targets/bench-request.ts';

/** The figures of one run. */
export interface RequestFigures {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** The share of answers with another status than expected; above 0 the run does not count. */
  readonly failedShare: number;
}

/** How hard to push. */
export interface RequestLoad {
  /** Virtual users sending back to back. */
  readonly vus: number;
  /** How long, a k6 duration. */
  readonly duration: string;
}

/**
 * Sends `request` to `apiUrl` with k6 for the load's duration and returns the figures.
 *
 * @param workDir - a scratch folder for the body and the summary
 * @throws Error when k6 fails or an answer had another status than expected
 */
export async function measureRequest(
  apiUrl: string,
  request: BenchRequest,
  load: RequestLoad,
  workDir: string,
): Promise<RequestFigures> {
  const summaryFile = join(workDir, 'request-rate.json');
  const env: Record<string, string> = {
    URL: `${apiUrl}${request.path}`,
    METHOD: request.method,
    HEADERS: JSON.stringify(request.headers),
    EXPECT: String(request.expect),
    VUS: String(load.vus),
    DURATION: load.duration,
    SUMMARY_FILE: summaryFile,
  };
  if (request.body !== undefined) {
    const bodyFile = join(workDir, 'body.json');
    await writeFile(bodyFile, request.body);
    env.BODY_FILE = bodyFile;
  }
  const run = await runK6Script(REQUEST_RATE_SCRIPT, env, 10 * 60_000);
  if (run.exitCode !== 0) throw new Error(`k6 failed (${run.exitCode}) on ${env.URL}:\n${run.stderr}`);
  const figures = JSON.parse(await readFile(summaryFile, 'utf8')) as RequestFigures;
  if (figures.failedShare > 0) {
    throw new Error(
      `${(figures.failedShare * 100).toFixed(2)}% of the answers of ${env.URL} were not ${request.expect}`,
    );
  }
  return figures;
}
