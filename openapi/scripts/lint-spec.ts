/**
 * `pnpm lint:spec`: lints the contract with Redocly on the strict ruleset of `redocly.yaml` and
 * fails on any problem, warnings included (Redocly itself exits 0 on warnings).
 */
import { redoclyConfig, specSource } from './paths.ts';
import { redocly } from './redocly.ts';

interface LintProblem {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly location: readonly {
    readonly source: { readonly ref: string };
    readonly pointer: string;
    readonly start?: { readonly line: number; readonly col: number };
  }[];
}

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number; readonly ignored: number };
  readonly problems: readonly LintProblem[];
}

/**
 * Formats one problem as `file:line:col  severity  rule  message`.
 *
 * @param problem - a problem of Redocly's JSON report
 */
export function formatProblem(problem: LintProblem): string {
  const where = problem.location[0];
  const position = where?.start ? `${where.start.line}:${where.start.col}` : (where?.pointer ?? '');
  return `${where?.source.ref ?? '?'}:${position}  ${problem.severity}  ${problem.ruleId}  ${problem.message}`;
}

async function main(): Promise<void> {
  const output = await redocly(['lint', specSource, '--config', redoclyConfig, '--format', 'json']).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(output.stdout) as LintReport;
  const { errors, warnings } = report.totals;
  if (errors + warnings === 0 && report.problems.length === 0) {
    process.stdout.write('openapi.yaml: 0 errors, 0 warnings (redocly.yaml: recommended-strict and more)\n');
    return;
  }
  process.stderr.write(`${report.problems.map(formatProblem).join('\n')}\n`);
  process.stderr.write(
    `openapi.yaml: ${errors} errors, ${warnings} warnings; the contract must lint clean\n`,
  );
  process.exitCode = 1;
}

if (import.meta.main) {
  await main();
}
