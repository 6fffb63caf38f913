import { expect } from 'vitest';
import type { RunResult } from '../run/run-result.js';

/** Asserts that a run passed, showing every failed expectation and the harness error when it did not. */
export function expectPassed(result: RunResult): void {
  const failures = result.verdicts
    .filter((verdict) => !verdict.passed)
    .map((verdict) => `${verdict.title}: ${verdict.message}`);
  expect({ error: result.error, failures }).toEqual({ error: null, failures: [] });
  expect(result.passed).toBe(true);
}
