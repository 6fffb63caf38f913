/**
 * The end-of-test outputs: `k6-summary.json` (the run's report and k6's own summary data), `k6-junit.xml`,
 * and a short text on stdout. Written by k6 itself (`handleSummary`), with no remote module.
 */
import { renderJunit } from '../core/junit.ts';
import { JUNIT_FILE, SUMMARY_FILE } from '../core/run-config.ts';
import {
  buildRunReport,
  junitSuites,
  type RunContext,
  type RunReport,
  type SummaryData,
} from '../core/summary-report.ts';

const fixed = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));

function textSummary(report: RunReport, files: readonly string[]): string {
  const lines = [
    `k6 ${report.profile} against ${report.baseUrl}: ${report.passed ? 'PASSED' : 'FAILED'} in ${report.durationSeconds.toFixed(1)} s`,
    `  faults: ${report.faults.length === 0 ? 'none' : report.faults.join(', ')}`,
    `  flows: ${report.flows.succeeded} closed correctly, ${report.flows.failed} failed`,
    `  contacts: ${report.contacts.accepted} accepted, ${report.contacts.duplicate} duplicate answers, ${report.contacts.rejected} rejected`,
    report.ledger
      ? `  ledger (${report.ledgerCounts.checks} comparisons): ${report.ledgerCounts.lost} lost, ${report.ledgerCounts.duplicated} duplicated, ${report.ledgerCounts.unexpected} unexpected, ${report.ledgerCounts.unsent} left unsent`
      : '  ledger: not run (the target is not the mock)',
    `  retry amplification: ${fixed(report.amplification, 3)} attempts per operation`,
    '  step           requests   p95 ms   p99 ms   attempts/op',
    ...report.steps.map(
      (s) =>
        `  ${s.step.padEnd(14)} ${String(s.requests).padStart(8)} ${fixed(s.p95Ms).padStart(8)} ${fixed(s.p99Ms).padStart(8)} ${fixed(s.amplification, 3).padStart(13)}`,
    ),
    ...report.thresholds.filter((t) => !t.ok).map((t) => `  ✗ threshold ${t.metric}: ${t.expression}`),
    `  written: ${files.join(', ')}`,
    '',
  ];
  return lines.join('\n');
}

/** The outputs of `handleSummary`: file name → content, and `stdout`. */
export function summaryOutputs(
  data: SummaryData,
  context: RunContext,
  summaryDir: string,
): Record<string, string> {
  const report = buildRunReport(data, context);
  const json = `${summaryDir}/${SUMMARY_FILE}`;
  const junit = `${summaryDir}/${JUNIT_FILE}`;
  return {
    [json]: `${JSON.stringify({ report, k6: data }, null, 2)}\n`,
    [junit]: renderJunit(`k6 ${context.profile}`, junitSuites(report)),
    stdout: textSummary(report, [json, junit]),
  };
}
