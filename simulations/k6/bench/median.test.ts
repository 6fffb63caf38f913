import { expect, it } from 'vitest';
import { median } from './median.ts';

it.each([
  [[3], 3],
  [[5, 1, 3], 3],
  [[4, 1, 3, 2], 2.5],
  [[10, 10, 1000], 10],
])('takes the median of %j as %d', (values, expected) => {
  expect(median(values)).toBe(expected);
});

it('refuses an empty list', () => {
  expect(() => median([])).toThrow(RangeError);
});
