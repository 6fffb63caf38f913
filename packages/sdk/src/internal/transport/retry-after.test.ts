import { expect, it } from 'vitest';
import { retryAfterSeconds } from './retry-after.js';

const now = Date.parse('2026-11-24T04:00:00.000Z');

it.each([
  ['delta-seconds', '120', 120],
  ['delta-seconds with spaces', ' 5 ', 5],
  ['zero', '0', 0],
  ['an HTTP-date in the future', 'Tue, 24 Nov 2026 04:00:30 GMT', 30],
  ['an HTTP-date in the past', 'Tue, 24 Nov 2026 03:59:00 GMT', 0],
  ['garbage', 'soon', undefined],
  ['a negative number', '-3', undefined],
  ['no header', null, undefined],
] as const)('reads Retry-After given %s', (_name, header, want) => {
  expect(retryAfterSeconds(header, now)).toBe(want);
});
