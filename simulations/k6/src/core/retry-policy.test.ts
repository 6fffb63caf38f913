import { expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs } from './retry-policy.ts';

it.each([
  [0, true],
  [408, true],
  [425, false],
  [429, true],
  [500, true],
  [502, true],
  [503, true],
  [504, true],
  [200, false],
  [400, false],
  [401, false],
  [409, false],
  [422, false],
])('retries status %i: %s', (status, retryable) => {
  expect(isRetryableStatus(status)).toBe(retryable);
});

it('honours Retry-After up to its cap', () => {
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, '1', 0.5)).toBe(1000);
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, '300', 0.5)).toBe(
    DEFAULT_RETRY_POLICY.maxRetryAfterSeconds * 1000,
  );
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, '0', 0.5)).toBe(0);
});

it.each([
  [1, 100],
  [2, 200],
  [3, 400],
  [6, 2000],
  [10, 2000],
])('waits with full jitter below the exponential ceiling at attempt %i (%i ms)', (attempt, ceiling) => {
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, attempt, undefined, 0)).toBe(0);
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, attempt, undefined, 0.999_999)).toBe(ceiling - 1);
  expect(retryDelayMs(DEFAULT_RETRY_POLICY, attempt, 'soon', 0.5)).toBe(Math.floor(ceiling / 2));
});
