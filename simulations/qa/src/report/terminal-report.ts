import pc from 'picocolors';
import type { QaReport, RunResult } from '../run/run-result.js';
import { formatDuration } from '../scenario/duration.js';

function errorsByCode(run: RunResult): string {
  const counts = new Map<string, number>();
  for (const observation of run.observations)
    counts.set(observation.code, (counts.get(observation.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `${code}×${count}`).join(' ') || 'none';
}

function runLines(run: RunResult): string[] {
  const mark = run.passed ? pc.green('✓') : pc.red('✗');
  const contacts = run.contacts.length;
  const retries = run.timeline.filter((event) => event.type === 'retry').length;
  const lines = [
    `${mark} ${pc.bold(run.name)} ${pc.dim(`(${run.file}, ${(run.realDurationMs / 1000).toFixed(1)} s, ${formatDuration(run.virtualEnd - run.virtualStart)} virtual)`)}`,
    pc.dim(
      `    contacts ${contacts} · retries ${retries} · faults injected ${run.injected.length} · errors seen: ${errorsByCode(run)}`,
    ),
  ];
  if (run.error !== null) lines.push(pc.red(`    harness error: ${run.error}`));
  for (const verdict of run.verdicts) {
    if (!verdict.passed) lines.push(`    ${pc.red('✗')} ${verdict.title}: ${pc.red(verdict.message)}`);
  }
  return lines;
}

/** A summary for the terminal: a line per scenario, each failed expectation with what the run showed, the totals. */
export function renderTerminalReport(report: QaReport, options: { readonly color?: boolean } = {}): string {
  const text = [
    ...report.runs.flatMap(runLines),
    '',
    `${report.runs.filter((run) => run.passed).length} passed, ${report.runs.filter((run) => !run.passed).length} failed`,
    '',
  ].join('\n');
  return options.color === false ? stripAnsi(text) : text;
}

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts every ANSI sequence
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
