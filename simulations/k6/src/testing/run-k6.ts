/** Runs the load script with the real k6 and reads what it wrote (exit code, JSON summary, JUnit XML). */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../core/summary-report.ts';
import { k6Binary } from './k6-binary.ts';

/** The load script, `src/shift-close.ts`. */
export const SHIFT_CLOSE_SCRIPT = new URL('../shift-close.ts', import.meta.url).pathname;

/** What a k6 run left. */
export interface K6Run {
  /** 0 when every threshold held; 99 when one was crossed (k6's own codes). */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The run's report from `summary.json`. */
  readonly report: RunReport;
  /** `junit.xml`. */
  readonly junit: string;
}

/** Options of {@link runK6}. */
export interface RunK6Options {
  /** Variables for the script (`-e NAME=value`). */
  readonly env: Readonly<Record<string, string>>;
  /** Where the script writes `summary.json` and `junit.xml` (its `SUMMARY_DIR`). */
  readonly summaryDir: string;
  /** Kill k6 after this many ms. Default: 120 000. */
  readonly timeoutMs?: number;
}

/** Runs `k6 run` on the load script and waits for it to end. */
export async function runK6(options: RunK6Options): Promise<K6Run> {
  const env = { ...options.env, SUMMARY_DIR: options.summaryDir };
  const args = ['run', '--quiet', '--no-usage-report', '--no-color'];
  for (const [name, value] of Object.entries(env)) args.push('-e', `${name}=${value}`);
  args.push(SHIFT_CLOSE_SCRIPT);
  const child = spawn(k6Binary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  const summary = JSON.parse(await readFile(join(options.summaryDir, 'summary.json'), 'utf8')) as {
    report: RunReport;
  };
  const junit = await readFile(join(options.summaryDir, 'junit.xml'), 'utf8');
  return { exitCode, stdout, stderr, report: summary.report, junit };
}
