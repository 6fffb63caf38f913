import { endOfLocalDay, localDateOf, startOfLocalDay } from '@icontact/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { localDayBounds } from './almaty-day.ts';

it('agrees with @icontact/domain on the local day of any instant', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }), (ms) => {
      const day = localDayBounds(ms);
      const date = localDateOf(new Date(ms));
      expect(day).toEqual({
        date,
        start: startOfLocalDay(date).getTime(),
        end: endOfLocalDay(date).getTime(),
      });
    }),
    { numRuns: 2000 },
  );
});

it.each([
  ['2026-11-24T18:59:59.999Z', '2026-11-24'],
  ['2026-11-24T19:00:00.000Z', '2026-11-25'],
  ['2026-11-24T03:30:00.000Z', '2026-11-24'],
])('puts %s on the local day %s', (instant, date) => {
  expect(localDayBounds(Date.parse(instant)).date).toBe(date);
});
