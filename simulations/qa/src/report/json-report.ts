import type { QaReport } from '../run/run-result.js';

/** The report as JSON (`version: 1`), virtual instants as epoch milliseconds. */
export function renderJsonReport(report: QaReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
