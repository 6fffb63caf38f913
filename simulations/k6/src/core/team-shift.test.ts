import { expect, it } from 'vitest';
import { NoRoomForShiftError, teamShift } from './team-shift.ts';

it.each([
  ['in the morning: began 10 minutes ago, ends 8 hours from now', '2026-11-24T03:30:00.000Z', -10, 490],
  ['in the evening: ends a minute before the local midnight', '2026-11-24T15:00:00.000Z', -10, 249],
  ['just after the local midnight: begins at it', '2026-11-24T19:05:00.000Z', -5, 485],
])('places the run’s shift %s', (_when, now, startOffsetMinutes, durationMinutes) => {
  expect(teamShift(Date.parse(now))).toEqual({ startOffsetMinutes, durationMinutes });
});

it('refuses a virtual now at the end of the local day, saying to set the clock earlier', () => {
  expect(() => teamShift(Date.parse('2026-11-24T18:58:30.000Z'))).toThrow(NoRoomForShiftError);
  expect(() => teamShift(Date.parse('2026-11-24T18:58:30.000Z'))).toThrow(/set it earlier/);
});
