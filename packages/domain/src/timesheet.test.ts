import { describe, expect, it } from 'vitest';
import { atLocalTime } from './time.js';
import {
  computeTimesheet,
  isClosedCorrectly,
  latenessMinutes,
  underworkMinutes,
  workedMinutes,
} from './timesheet.js';

const DAY = '2026-11-24';
const at = (time: string) => atLocalTime(DAY, time);
const seconds = (time: string, s: number) => new Date(at(time).getTime() + s * 1000);

describe('timesheet', () => {
  it.each([
    ['on time', at('09:00'), 0],
    ['early', at('08:50'), 0],
    ['one second late', seconds('09:00', 1), 1],
    ['exactly 12 minutes late', at('09:12'), 12],
    ['12 minutes 30 seconds late', seconds('09:12', 30), 13],
  ])('counts lateness when started %s', (_name, actualStart, minutes) => {
    expect(latenessMinutes(at('09:00'), actualStart)).toBe(minutes);
  });

  it.each([
    ['at the planned end', at('18:00'), 0],
    ['after the planned end', at('18:30'), 0],
    ['20 minutes early', at('17:40'), 20],
    ['20 minutes 1 second early', seconds('17:39', 59), 21],
  ])('counts under-work when closed %s', (_name, actualEnd, minutes) => {
    expect(underworkMinutes(at('18:00'), actualEnd)).toBe(minutes);
  });

  it('counts under-work even when the shift was started early (early start banks no time)', () => {
    const sheet = computeTimesheet({
      plannedStart: at('09:00'),
      plannedEnd: at('18:00'),
      actualStart: at('08:00'),
      actualEnd: at('17:00'),
      closedBy: 'consultant',
      finalSyncCompletedAt: at('16:58'),
    });
    expect(sheet).toEqual({
      latenessMinutes: 0,
      underworkMinutes: 60,
      workedMinutes: 540,
      closedCorrectly: true,
    });
  });

  it('counts worked minutes rounded down, never negative', () => {
    expect(workedMinutes(at('09:00'), seconds('17:59', 59))).toBe(539);
    expect(workedMinutes(at('09:00'), at('08:00'))).toBe(0);
  });

  it.each([
    ['by the consultant after the final sync', 'consultant', at('17:59'), true],
    ['by the consultant at the moment the sync completed', 'consultant', at('18:00'), true],
    ['by the consultant with the sync completing later', 'consultant', at('18:01'), false],
    ['by the consultant without a final sync', 'consultant', null, false],
    ['by the server at the end of the day', 'server', at('17:59'), false],
  ] as const)('counts a shift closed %s as closed correctly: %s', (_name, closedBy, syncedAt, correct) => {
    expect(isClosedCorrectly(closedBy, syncedAt, at('18:00'))).toBe(correct);
  });

  it('leaves unknown figures null while a shift is open or was never started', () => {
    const base = { plannedStart: at('09:00'), plannedEnd: at('18:00'), finalSyncCompletedAt: null };
    expect(computeTimesheet({ ...base, actualStart: at('09:05'), actualEnd: null, closedBy: null })).toEqual({
      latenessMinutes: 5,
      underworkMinutes: null,
      workedMinutes: null,
      closedCorrectly: null,
    });
    expect(computeTimesheet({ ...base, actualStart: null, actualEnd: null, closedBy: null })).toEqual({
      latenessMinutes: null,
      underworkMinutes: null,
      workedMinutes: null,
      closedCorrectly: null,
    });
  });
});
