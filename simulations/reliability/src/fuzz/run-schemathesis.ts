import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type FuzzSummary, summariseFuzzReport } from './fuzz-report.js';
import {
  type FuzzRunOptions,
  schemathesisArgs,
  schemathesisBin,
  schemathesisEnv,
} from './schemathesis-command.js';

/** What a finished run left: its exit code, its console output and its report. */
export interface FuzzRun {
  readonly exitCode: number | null;
  readonly output: string;
  readonly summary: FuzzSummary;
}

/** Runs `st run` as a child process against a running mock and reads its report. */
export async function runSchemathesis(options: FuzzRunOptions): Promise<FuzzRun> {
  const child = spawn(schemathesisBin(), schemathesisArgs(options), {
    env: { ...process.env, ...schemathesisEnv(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const summary = summariseFuzzReport(await readFile(options.reportFile, 'utf8'));
  return { exitCode, output, summary };
}
