import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLocalTime,
  daysInMonth,
  endOfLocalDay,
  localDateOf,
  monthKey,
  parseLocalDate,
  startOfLocalDay,
  startOfNextLocalMonth,
} from './time.js';

describe('Asia/Almaty time', () => {
  it.each([
    ['2026-11-23T18:59:59.999Z', '2026-11-23'],
    ['2026-11-23T19:00:00.000Z', '2026-11-24'],
    ['2026-11-24T04:00:00.000Z', '2026-11-24'],
    ['2023-06-01T18:30:00.000Z', '2023-06-01'], // fixed +05:00 even before Kazakhstan's 2024 zone change
    ['2026-12-31T19:00:00.000Z', '2027-01-01'],
  ])('puts %s on the local day %s', (instant, day) => {
    expect(localDateOf(new Date(instant))).toBe(day);
  });

  it('starts a local day at 19:00 UTC of the day before and ends it 24 hours later', () => {
    expect(startOfLocalDay('2026-11-24').toISOString()).toBe('2026-11-23T19:00:00.000Z');
    expect(endOfLocalDay('2026-11-24').toISOString()).toBe('2026-11-24T19:00:00.000Z');
  });

  it('turns a local wall-clock time into its UTC instant', () => {
    expect(atLocalTime('2026-11-24', '09:00').toISOString()).toBe('2026-11-24T04:00:00.000Z');
    expect(atLocalTime('2026-11-24', '23:59').toISOString()).toBe('2026-11-24T18:59:00.000Z');
  });

  it.each(['24:00', '9:00', '09:60', 'nine'])('refuses the local time %s', (time) => {
    expect(() => atLocalTime('2026-11-24', time)).toThrow(RangeError);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '26-01-01', ''])(
    'refuses the local date "%s"',
    (day) => {
      expect(parseLocalDate(day)).toBeNull();
      expect(() => startOfLocalDay(day)).toThrow(RangeError);
    },
  );

  it('knows month lengths, leap years included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2026, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
    expect(daysInMonth(2026, 11)).toBe(30);
  });

  it.each([
    ['2026-11-30T18:59:59.999Z', '2026-11', '2026-11-30T19:00:00.000Z'],
    ['2026-11-30T19:00:00.000Z', '2026-12', '2026-12-31T19:00:00.000Z'],
    ['2026-12-31T19:00:00.000Z', '2027-01', '2027-01-31T19:00:00.000Z'],
  ])('puts %s in the month %s, whose successor starts at %s', (instant, month, next) => {
    expect(monthKey(new Date(instant))).toBe(month);
    expect(startOfNextLocalMonth(new Date(instant)).toISOString()).toBe(next);
  });

  it('refuses an invalid Date instead of answering NaN-NaN', () => {
    expect(() => localDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('places every instant inside its local day, and the next month after its own', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        (now) => {
          const day = localDateOf(now);
          expect(startOfLocalDay(day).getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime()).toBeLessThan(endOfLocalDay(day).getTime());
          const next = startOfNextLocalMonth(now);
          expect(next.getTime()).toBeGreaterThan(now.getTime());
          expect(monthKey(next) > monthKey(now)).toBe(true);
          expect(monthKey(new Date(next.getTime() - 1))).toBe(monthKey(now));
          expect(localDateOf(next).endsWith('-01')).toBe(true);
        },
      ),
    );
  });
});
