import { expect, it } from 'vitest';
import { durationSeconds } from './duration.ts';

it.each([
  ['90s', 90],
  ['5m', 300],
  ['1h30m', 5400],
  ['250ms', 0.25],
  ['1m0.5s', 60.5],
])('reads %s as %d seconds', (text, seconds) => {
  expect(durationSeconds(text)).toBe(seconds);
});

it.each(['', '5', '5 m', 'm5', '5d', '-5s'])('refuses "%s"', (text) => {
  expect(() => durationSeconds(text)).toThrow(RangeError);
});
