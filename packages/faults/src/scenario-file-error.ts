import { Code, type ErrorCode } from '@icontact/errors';
import { formatPath, type SpecIssue } from './spec-issue.js';

/** One problem in a scenario file, with where it is in the text when that is known. */
export interface ScenarioIssue extends SpecIssue {
  /** The 1-based line of the offending value (or of its nearest parent present in the file). */
  readonly line?: number;
  /** The 1-based column of that value. */
  readonly column?: number;
}

/**
 * A scenario file was refused: it is not YAML/JSON, or it does not follow the scenario format.
 * Loading it again cannot help: fix the places `issues` names.
 */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
  /** The catalogue code an API answers with. */
  readonly code: ErrorCode = Code.validation_failed;
  /** Always `false`: the same file is refused again. */
  readonly retryable = false;
  /** What to do about it. */
  readonly remedy: string;
  /** The file's name as given to the parser. */
  readonly file: string;
  /** Every problem found. */
  readonly issues: readonly ScenarioIssue[];

  constructor(file: string, issues: readonly ScenarioIssue[]) {
    super(
      `Invalid scenario file ${file}:\n${issues.map((issue) => `  ${describe(file, issue)}`).join('\n')}`,
    );
    this.file = file;
    this.issues = issues;
    this.remedy = `Fix ${file} at the places listed (the format is in docs/faults.md).`;
  }
}

function describe(file: string, issue: ScenarioIssue): string {
  const place = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  return `${place} ${formatPath(issue.path)}: ${issue.message}`;
}
