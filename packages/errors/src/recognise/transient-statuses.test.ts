import { expect, it } from 'vitest';
import { isTransientStatus, TRANSIENT_STATUSES } from './transient-statuses.js';

it('holds the statuses whose catalogue meaning is retried at once or after a wait', () => {
  expect([...TRANSIENT_STATUSES].sort((a, b) => a - b)).toEqual([408, 429, 500, 502, 503, 504]);
});

it.each([
  [429, true],
  [500, true],
  [503, true],
  [400, false],
  [401, false],
  [408, true],
  [409, false],
  [425, false],
  [501, false],
])('calls status %i transient: %s', (status, transient) => {
  expect(isTransientStatus(status)).toBe(transient);
});
