import type { z } from 'zod';

/** One problem found in a fault spec, a header or a scenario file. */
export interface SpecIssue {
  /** Where the problem is, as keys and indexes from the root (`['faults', 2, 'target', 'probability']`). */
  readonly path: readonly (string | number)[];
  /** What is wrong and, where it helps, what to write instead. */
  readonly message: string;
}

/**
 * Writes a path the way a person reads it: `faults[2].target.probability`; the root is `(root)`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text === '' ? '(root)' : text;
}

/** Turns zod's issues into {@link SpecIssue}s, in zod's order; an unknown field gets an issue at its own path. */
export function issuesFromZod(error: z.ZodError): SpecIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"` }));
    }
    return [{ path, message: issue.message }];
  });
}

/** `path: message` lines, one per issue. */
export function formatIssues(issues: readonly SpecIssue[], prefixOf: (issue: SpecIssue) => string): string {
  return issues.map((issue) => `${prefixOf(issue)}: ${issue.message}`).join('\n');
}
