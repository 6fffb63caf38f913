import { readFile } from 'node:fs/promises';
import { ScenarioFileError } from '@icontact/faults';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { renderTerminalReport } from '../report/terminal-report.js';
import { FILE_REPORTERS, type FileReporter, writeReports } from '../report/write-reports.js';
import { SILENT_PROGRESS } from '../run/run-recorder.js';
import type { QaReport, RunResult } from '../run/run-result.js';
import { runScenario } from '../run/run-scenario.js';
import { findScenarioFiles, type LoadedScenario, loadScenarios } from '../scenario/load-scenarios.js';
import { parseScenarioFile } from '../scenario/parse-scenario-file.js';
import { expandLogins } from '../scenario/scenario-schema.js';
import { createProgressDisplay, type ProgressStream } from './progress-display.js';

/** Exit codes of `icontact-qa`. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/** Every reporter `--reporter` takes. */
export const REPORTERS = ['terminal', ...(Object.keys(FILE_REPORTERS) as FileReporter[])] as const;

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}

function reporters(value: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(REPORTERS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new InvalidArgumentError(`unknown reporter ${unknown.join(', ')}: use ${REPORTERS.join(', ')}`);
  return names;
}

function hostPort(value: string): { host: string; port: number } {
  const match = /^(.+):(\d+)$/.exec(value);
  if (match === null) throw new InvalidArgumentError('expected HOST:PORT, e.g. 127.0.0.1:5353');
  return { host: match[1] as string, port: Number(match[2]) };
}

interface RunFlags {
  readonly baseUrl?: string;
  readonly adminUrl?: string;
  readonly adminToken?: string;
  readonly dnsServer?: { host: string; port: number };
  readonly reportDir: string;
  readonly reporter: string[];
  readonly progress: boolean;
}

/**
 * Runs `icontact-qa` with `argv` (without the node and script names) and resolves its exit code:
 * 0 when every scenario passed, 1 when one failed, 2 for a usage error or an invalid scenario file.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.passed;
  const program = new Command('icontact-qa')
    .description(
      "Replays the consultants' guide against the iContact mock: virtual consultants, a fault plan, expectations, reports.",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  program
    .command('run')
    .description('run scenario files (or every *.yaml of the folders given)')
    .argument('<paths...>', 'scenario files or folders')
    .option('--base-url <url>', "a running mock's API base URL (…/api/v1); default: start a mock in process")
    .option('--admin-url <url>', "the mock's admin API; default: /__admin on the base URL's origin")
    .option('--admin-token <token>', "the mock's admin token (its --admin-token)")
    .addOption(
      new Option(
        '--dns-server <host:port>',
        "the mock's DNS responder, for dns_failure faults against --base-url",
      ).argParser(hostPort),
    )
    .option('--report-dir <dir>', 'where the json, junit and html reports go', 'reports/qa')
    .addOption(
      new Option('--reporter <list>', `comma-separated: ${REPORTERS.join(', ')}`)
        .argParser(reporters)
        .default(['terminal']),
    )
    .option('--no-progress', 'no progress display while scenarios run')
    .action(async (paths: string[], flags: RunFlags) => {
      exitCode = await runCommand(paths, flags, io);
    });
  program
    .command('validate')
    .description('check scenario files (or every *.yaml of the folders given) without running them')
    .argument('<paths...>', 'scenario files or folders')
    .action(async (paths: string[]) => {
      exitCode = await validateCommand(paths, io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.passed : EXIT.usage;
    throw error;
  }
  return exitCode;
}

/** Reads the files among `paths`, or says which cannot be read; `undefined` after saying so. */
async function scenarioFiles(paths: readonly string[], io: CliIo): Promise<string[] | undefined> {
  try {
    const files = await findScenarioFiles(paths);
    if (files.length === 0)
      io.stderr.write(`No scenario file (*.yaml, *.yml, *.json) in ${paths.join(', ')}\n`);
    return files.length === 0 ? undefined : files;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') {
      io.stderr.write(`Cannot read ${(error as NodeJS.ErrnoException).path ?? paths.join(', ')}: ${code}\n`);
      return undefined;
    }
    throw error;
  }
}

/**
 * `validate`: parses every scenario file as `run` would — format, steps, local times, faults,
 * expectations — and runs none. Lists each file with what it holds, or every problem of it; exits 0 when
 * every file is valid, 2 otherwise.
 */
async function validateCommand(paths: readonly string[], io: CliIo): Promise<number> {
  const files = await scenarioFiles(paths, io);
  if (files === undefined) return EXIT.usage;
  let invalid = 0;
  for (const file of files) {
    try {
      const scenario = parseScenarioFile(await readFile(file, 'utf8'), file);
      const consultants = scenario.team.consultants.reduce(
        (sum, entry) => sum + expandLogins(entry.login, entry.count).length,
        0,
      );
      io.stdout.write(
        `valid    ${file}: "${scenario.name}", ${consultants} consultant(s), ${scenario.faults.length} fault(s), ${scenario.expect.length} expectation(s)\n`,
      );
    } catch (error) {
      if (!(error instanceof ScenarioFileError)) throw error;
      invalid += 1;
      io.stdout.write(`invalid  ${error.message}\n`);
    }
  }
  io.stdout.write(
    `${files.length - invalid} valid, ${invalid} invalid${invalid > 0 ? ' (the QA scenario format is in docs/qa.md)' : ''}\n`,
  );
  return invalid === 0 ? EXIT.passed : EXIT.usage;
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the run command's exit paths (usage, I/O, failure) kept beside the error each maps
async function runCommand(paths: readonly string[], flags: RunFlags, io: CliIo): Promise<number> {
  let scenarios: LoadedScenario[];
  try {
    scenarios = await loadScenarios(paths);
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      io.stderr.write(`${error.message}\nFix the places listed: the QA scenario format is in docs/qa.md.\n`);
      return EXIT.usage;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr.write(`Cannot read ${(error as NodeJS.ErrnoException).path ?? paths.join(', ')}: ${code}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (scenarios.length === 0) {
    io.stderr.write(`No scenario file (*.yaml, *.yml, *.json) in ${paths.join(', ')}\n`);
    return EXIT.usage;
  }
  const progress = flags.progress ? createProgressDisplay(io.stderr) : SILENT_PROGRESS;
  const createdAt = new Date().toISOString();
  const runs: RunResult[] = [];
  for (const loaded of scenarios) {
    runs.push(
      await runScenario(loaded, {
        progress,
        ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
        ...(flags.adminUrl === undefined ? {} : { adminUrl: flags.adminUrl }),
        ...(flags.adminToken === undefined ? {} : { adminToken: flags.adminToken }),
        ...(flags.dnsServer === undefined ? {} : { dnsServer: flags.dnsServer }),
      }),
    );
  }
  const report: QaReport = { version: 1, createdAt, passed: runs.every((run) => run.passed), runs };
  if (flags.reporter.includes('terminal')) {
    io.stdout.write(renderTerminalReport(report, { color: io.stdout.isTTY === true }));
  }
  const files = flags.reporter.filter((name): name is FileReporter => name in FILE_REPORTERS);
  if (files.length > 0) {
    for (const path of await writeReports(report, flags.reportDir, files))
      io.stdout.write(`report: ${path}\n`);
  }
  return report.passed ? EXIT.passed : EXIT.failed;
}
