import { describe, expect, it } from 'vitest';
import { canSyncOrClose, canWork, checkLoginWindow, loginWindowOpensAt } from './login-window.js';
import type { ShiftSchedule, ShiftStatus } from './shift.js';
import { atLocalTime } from './time.js';

interface TestShift extends ShiftSchedule {
  readonly id: string;
}

function shift(
  id: string,
  day: string,
  start: string,
  end: string,
  status: ShiftStatus = 'planned',
): TestShift {
  return { id, status, plannedStart: atLocalTime(day, start), plannedEnd: atLocalTime(day, end) };
}

const at = (day: string, time: string) => atLocalTime(day, time);
const DAY = '2026-11-24';
const NEXT_DAY = '2026-11-25';

describe('login window', () => {
  it('opens 15 minutes before the planned start', () => {
    expect(loginWindowOpensAt(shift('a', DAY, '09:00', '18:00')).toISOString()).toBe(
      '2026-11-24T03:45:00.000Z',
    );
  });

  it.each([
    ['at the opening, 08:45', '08:45', true],
    ['one minute before the opening, 08:44', '08:44', false],
    ['at the planned start', '09:00', true],
    ['one minute before the planned end', '17:59', true],
    ['at the planned end', '18:00', false],
  ])('for a 09:00–18:00 shift, lets a consultant in %s: %s', (_name, time, allowed) => {
    expect(
      checkLoginWindow({
        role: 'consultant',
        shifts: [shift('a', DAY, '09:00', '18:00')],
        now: at(DAY, time),
      }).ok,
    ).toBe(allowed);
  });

  it('names the shift whose window is open', () => {
    const shifts = [shift('a', DAY, '09:00', '13:00'), shift('b', DAY, '15:00', '19:00')];
    expect(checkLoginWindow({ role: 'consultant', shifts, now: at(DAY, '14:50') })).toEqual({
      ok: true,
      shift: shifts[1],
    });
  });

  it('answers login_before_shift_window with the opening when it is too early', () => {
    expect(
      checkLoginWindow({
        role: 'consultant',
        shifts: [shift('a', DAY, '09:00', '18:00')],
        now: at(DAY, '07:00'),
      }),
    ).toEqual({ ok: false, code: 'login_before_shift_window', opensAt: at(DAY, '08:45') });
  });

  it('points between two shifts of a day to the next one', () => {
    const shifts = [shift('a', DAY, '09:00', '13:00'), shift('b', DAY, '15:00', '19:00')];
    expect(checkLoginWindow({ role: 'consultant', shifts, now: at(DAY, '14:00') })).toEqual({
      ok: false,
      code: 'login_before_shift_window',
      opensAt: at(DAY, '14:45'),
    });
  });

  it('answers outside_shift after the last shift of the day ended, even with a shift tomorrow', () => {
    const shifts = [shift('a', DAY, '09:00', '18:00'), shift('b', NEXT_DAY, '09:00', '18:00')];
    expect(checkLoginWindow({ role: 'consultant', shifts, now: at(DAY, '19:00') })).toEqual({
      ok: false,
      code: 'outside_shift',
    });
  });

  it('answers outside_shift after the day\u2019s shift was closed early, before its planned end', () => {
    const shifts = [shift('a', DAY, '09:00', '18:00', 'closed')];
    expect(checkLoginWindow({ role: 'consultant', shifts, now: at(DAY, '17:30') })).toEqual({
      ok: false,
      code: 'outside_shift',
    });
  });

  it('points to tomorrow\u2019s shift when there is none today', () => {
    expect(
      checkLoginWindow({
        role: 'consultant',
        shifts: [shift('b', NEXT_DAY, '09:00', '18:00')],
        now: at(DAY, '12:00'),
      }),
    ).toEqual({ ok: false, code: 'login_before_shift_window', opensAt: at(NEXT_DAY, '08:45') });
  });

  it('answers opensAt null when no shift is assigned at all', () => {
    expect(checkLoginWindow({ role: 'consultant', shifts: [], now: at(DAY, '12:00') })).toEqual({
      ok: false,
      code: 'login_before_shift_window',
      opensAt: null,
    });
  });

  it('ignores deleted shifts: they neither open a window nor end the day', () => {
    const shifts = [
      shift('a', DAY, '09:00', '10:00', 'deleted'),
      shift('b', DAY, '11:00', '18:00', 'deleted'),
    ];
    expect(checkLoginWindow({ role: 'consultant', shifts, now: at(DAY, '11:30') })).toEqual({
      ok: false,
      code: 'login_before_shift_window',
      opensAt: null,
    });
  });

  it('keeps the window open while a shift is in progress, past its planned end', () => {
    const inProgress = shift('a', DAY, '09:00', '18:00', 'in_progress');
    expect(checkLoginWindow({ role: 'consultant', shifts: [inProgress], now: at(DAY, '23:30') })).toEqual({
      ok: true,
      shift: inProgress,
    });
  });

  it('gives supervisors no window', () => {
    expect(checkLoginWindow({ role: 'supervisor', shifts: [], now: at(DAY, '03:00') })).toEqual({
      ok: true,
      shift: null,
    });
  });
});

describe('work and sync during a shift', () => {
  it.each([
    ['planned, inside the window', 'planned', '08:50', { ok: true }],
    ['planned, before the window', 'planned', '08:00', { ok: false, code: 'outside_shift' }],
    ['planned, after the planned end', 'planned', '18:30', { ok: false, code: 'outside_shift' }],
    ['in progress, after the planned end', 'in_progress', '21:00', { ok: true }],
    ['closed', 'closed', '12:00', { ok: false, code: 'shift_already_closed' }],
    ['deleted', 'deleted', '12:00', { ok: false, code: 'shift_not_found' }],
  ] as const)('work on a 09:00–18:00 shift %s: %j', (_name, status, time, result) => {
    expect(canWork(shift('a', DAY, '09:00', '18:00', status), at(DAY, time))).toEqual(result);
  });

  it.each([
    ['in_progress', { ok: true }],
    ['planned', { ok: false, code: 'shift_not_started' }],
    ['closed', { ok: false, code: 'shift_already_closed' }],
    ['deleted', { ok: false, code: 'shift_not_found' }],
  ] as const)('sync and close of a %s shift: %j', (status, result) => {
    expect(canSyncOrClose({ status })).toEqual(result);
  });
});
