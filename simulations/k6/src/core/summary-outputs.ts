/**
 * The end-of-test outputs: `k6-summary.json` (the run's report and the runner's summary data),
 * `k6-junit.xml`, and a short text for the terminal. Written by k6 itself (`handleSummary`, no remote
 * module) and by the Node runner, from the same summary data.
 */
import { renderJunit } from './junit.ts';
import { JUNIT_FILE, SUMMARY_FILE } from './run-config.ts';
import {
  buildRunReport,
  failedAnswerLines,
  junitSuites,
  type RunContext,
  type RunReport,
  type SummaryData,
  thresholdFailure,
} from './summary-report.ts';

const fixed = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));

/** The terminal's summary of a run. */
export function textSummary(report: RunReport, files: readonly string[]): string {
  const failedAnswers = failedAnswerLines(report);
  const lines = [
    `${report.runner} ${report.profile} against ${report.baseUrl}: ${report.passed ? 'PASSED' : 'FAILED'} in ${report.durationSeconds.toFixed(1)} s`,
    `  faults: ${report.faults.length === 0 ? 'none' : report.faults.join(', ')}`,
    `  flows: ${report.flows.succeeded} closed correctly, ${report.flows.failed} failed`,
    `  contacts: ${report.contacts.accepted} accepted, ${report.contacts.duplicate} duplicate answers, ${report.contacts.rejected} rejected`,
    report.ledger
      ? `  ledger (${report.ledgerCounts.checks} comparisons): ${report.ledgerCounts.lost} lost, ${report.ledgerCounts.duplicated} duplicated, ${report.ledgerCounts.unexpected} unexpected, ${report.ledgerCounts.unsent} left unsent; ${report.ledgerCounts.promised} promised, ${report.ledgerCounts.held} held, ${report.ledgerCounts.vanished} vanished`
      : '  ledger: not run (the target is not the mock)',
    `  retry amplification: ${fixed(report.amplification, 3)} attempts per operation`,
    '  step           requests   p95 ms   p99 ms   attempts/op   failed ops',
    ...report.steps.map(
      (s) =>
        `  ${s.step.padEnd(14)} ${String(s.requests).padStart(8)} ${fixed(s.p95Ms).padStart(8)} ${fixed(s.p99Ms).padStart(8)} ${fixed(s.amplification, 3).padStart(13)} ${String(s.failedOperations).padStart(12)}`,
    ),
    ...(failedAnswers.length === 0
      ? []
      : [
          '  answers that were no success (step: status code × count):',
          ...failedAnswers.slice(0, 12).map((line) => `    ${line}`),
        ]),
    ...report.thresholds.filter((t) => !t.ok).map((t) => `  ✗ ${thresholdFailure(t)}`),
    `  written: ${files.join(', ')}`,
    '',
  ];
  return lines.join('\n');
}

/**
 * The outputs of a run: file name → content, and `stdout`.
 *
 * @param extra - more top-level fields of the JSON summary (the Node runner's generator figures)
 */
export function summaryOutputs(
  data: SummaryData,
  context: RunContext,
  summaryDir: string,
  extra: Readonly<Record<string, unknown>> = {},
): Record<string, string> {
  const report = buildRunReport(data, context);
  const json = `${summaryDir}/${SUMMARY_FILE}`;
  const junit = `${summaryDir}/${JUNIT_FILE}`;
  return {
    [json]: `${JSON.stringify({ report, ...extra, k6: data }, null, 2)}\n`,
    [junit]: renderJunit(`${context.runner} ${context.profile}`, junitSuites(report)),
    stdout: textSummary(report, [json, junit]),
  };
}
