import { Code } from '@icontact/errors';

/** One problem of a `createTeam` input. */
export interface TeamSpecIssue {
  /** Where, as the admin API writes a field: `consultants[2].login`, `shift.projectId`, `(root)`. */
  readonly field: string;
  /** What kind of problem: `invalid`, `too_big`, `login_taken`, `unknown` (no such supervisor or project). */
  readonly code: 'invalid' | 'too_big' | 'login_taken' | 'unknown';
  /** What is wrong, and what to send instead. */
  readonly message: string;
}

/**
 * `createTeam` refused its input; nothing was created. The admin API answers it as 400
 * `validation_failed` with one `errors` entry per issue.
 */
export class TeamSpecError extends Error {
  override readonly name = 'TeamSpecError';
  /** The catalogue code an API answers with. */
  readonly code = Code.validation_failed;
  /** Always `false`: the same input is refused again. */
  readonly retryable = false;
  /** What to do about it. */
  readonly remedy =
    'Fix the fields listed in issues; a taken login needs another login (GET /__admin/state/users lists them).';
  /** Every problem found. */
  readonly issues: readonly TeamSpecIssue[];

  constructor(issues: readonly TeamSpecIssue[]) {
    super(`Invalid team:\n${issues.map((issue) => `  ${issue.field}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}
