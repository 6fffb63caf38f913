import { expect, it } from 'vitest';
import { formatAlmatyTime } from './almaty-time.js';

it.each([
  ['a morning in UTC', '2026-11-24T04:00:00.000Z', '2026-11-24 09:00:00'],
  ['an evening that is already tomorrow in Almaty', '2026-12-31T20:30:15.000Z', '2027-01-01 01:30:15'],
  ['a summer day (no daylight saving)', '2026-07-01T12:00:00.000Z', '2026-07-01 17:00:00'],
  ['a date before 2024, still at UTC+05:00 as decided', '2020-01-01T00:00:00.000Z', '2020-01-01 05:00:00'],
])('writes %s in Almaty time', (_name, iso, want) => {
  expect(formatAlmatyTime(new Date(iso))).toBe(want);
});

it('refuses an invalid date', () => {
  expect(() => formatAlmatyTime(new Date('not a date'))).toThrow(RangeError);
});
