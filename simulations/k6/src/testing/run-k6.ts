/** Runs a k6 script with the real k6 and reads what it wrote (exit code, JSON summary, JUnit XML). */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JUNIT_FILE, SUMMARY_FILE } from '../core/run-config.ts';
import type { RunReport, SummaryData } from '../core/summary-report.ts';
import { k6Binary } from './k6-binary.ts';

/** The load script, `src/shift-close.ts`. */
export const SHIFT_CLOSE_SCRIPT = new URL('../shift-close.ts', import.meta.url).pathname;
/** The one-request benchmark script, `src/request-rate.ts`. */
export const REQUEST_RATE_SCRIPT = new URL('../request-rate.ts', import.meta.url).pathname;

/** What a k6 process left on its way out. */
export interface K6Process {
  /** 0 when every threshold held; 99 when one was crossed (k6's own codes); `null` when killed. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `k6 run` on a script and waits for it to end.
 *
 * @param env - variables for the script (`-e NAME=value`)
 * @param timeoutMs - kill k6 after this many ms
 */
export async function runK6Script(
  script: string,
  env: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<K6Process> {
  const args = ['run', '--quiet', '--no-usage-report', '--no-color'];
  for (const [name, value] of Object.entries(env)) args.push('-e', `${name}=${value}`);
  args.push(script);
  const child = spawn(k6Binary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  return { exitCode, stdout, stderr };
}

/** What a run of the load script left. */
export interface K6Run extends K6Process {
  /** The run's report from `k6-summary.json`. */
  readonly report: RunReport;
  /** k6's own summary data, from `k6-summary.json`. */
  readonly k6: SummaryData;
  /** `k6-junit.xml`. */
  readonly junit: string;
}

/** Options of {@link runK6}. */
export interface RunK6Options {
  /** Variables for the script (`-e NAME=value`). */
  readonly env: Readonly<Record<string, string>>;
  /** An existing folder where the script writes its summary and JUnit XML (its `SUMMARY_DIR`). */
  readonly summaryDir: string;
  /** Kill k6 after this many ms. Default: 120 000. */
  readonly timeoutMs?: number;
}

/** Runs the load script (`src/shift-close.ts`) and reads its report. */
export async function runK6(options: RunK6Options): Promise<K6Run> {
  const run = await runK6Script(
    SHIFT_CLOSE_SCRIPT,
    { ...options.env, SUMMARY_DIR: options.summaryDir },
    options.timeoutMs ?? 120_000,
  );
  const summary = JSON.parse(await readFile(join(options.summaryDir, SUMMARY_FILE), 'utf8')) as {
    report: RunReport;
    k6: SummaryData;
  };
  const junit = await readFile(join(options.summaryDir, JUNIT_FILE), 'utf8');
  return { ...run, report: summary.report, k6: summary.k6, junit };
}
