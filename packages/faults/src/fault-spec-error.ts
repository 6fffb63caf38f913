import { Code, type ErrorCode } from '@icontact/errors';
import { formatIssues, formatPath, type SpecIssue } from './spec-issue.js';

/** Where a refused fault spec came from, for the message. */
export type FaultSpecSource = 'spec' | 'header' | 'options';

/**
 * A fault spec, a one-off fault header or the engine's options were refused.
 *
 * An admin API answers it as `validation_failed` (400) with `issues` as the per-field `errors`.
 * Sending the same spec again cannot help: fix the fields `issues` names.
 */
export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError';
  /** The catalogue code an API answers with. */
  readonly code: ErrorCode = Code.validation_failed;
  /** Always `false`: the same input is refused again. */
  readonly retryable = false;
  /** What to do about it. */
  readonly remedy: string;
  /** Every problem found, each with its path. */
  readonly issues: readonly SpecIssue[];
  /** What was being read: a fault spec, an `X-Mock-Fault` header, or the engine's options. */
  readonly source: FaultSpecSource;

  constructor(source: FaultSpecSource, issues: readonly SpecIssue[], remedy?: string) {
    const label = LABELS[source];
    super(`Invalid ${label}:\n${formatIssues(issues, (issue) => `  ${formatPath(issue.path)}`)}`);
    this.source = source;
    this.issues = issues;
    this.remedy = remedy ?? `Fix the ${label} at the paths listed (see docs/faults.md for the format).`;
  }
}

const LABELS: Readonly<Record<FaultSpecSource, string>> = {
  spec: 'fault spec',
  header: 'X-Mock-Fault header',
  options: 'fault engine options',
};
