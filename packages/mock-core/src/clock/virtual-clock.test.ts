import { describe, expect, it } from 'vitest';
import { createVirtualClock, defaultClockStart } from './virtual-clock.js';

function realTime(startMs = 1_000_000) {
  let now = startMs;
  return { now: () => now, pass: (ms: number) => (now += ms) };
}

describe('virtual clock', () => {
  it('starts today at 08:30 Asia/Almaty by default', () => {
    // 2026-11-24T20:00Z is already 2026-11-25 01:00 in Almaty.
    expect(defaultClockStart(Date.parse('2026-11-24T20:00:00Z')).toISOString()).toBe(
      '2026-11-25T03:30:00.000Z',
    );
    expect(defaultClockStart(Date.parse('2026-11-24T10:00:00Z')).toISOString()).toBe(
      '2026-11-24T03:30:00.000Z',
    );
  });

  it('follows real time at speed 1', () => {
    const real = realTime();
    const clock = createVirtualClock({ start: '2026-11-24T04:00:00Z', realNow: real.now });
    real.pass(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-24T04:01:30.000Z');
  });

  it('stands still at speed 0 and moves only when set or advanced', () => {
    const real = realTime();
    const clock = createVirtualClock({ start: '2026-11-24T04:00:00Z', speed: 0, realNow: real.now });
    real.pass(3_600_000);
    expect(clock.now().toISOString()).toBe('2026-11-24T04:00:00.000Z');
    expect(clock.advance(15 * 60_000).toISOString()).toBe('2026-11-24T04:15:00.000Z');
    expect(clock.set('2026-12-01T00:00:00+05:00').toISOString()).toBe('2026-11-30T19:00:00.000Z');
    expect(clock.describe()).toEqual({ now: '2026-11-30T19:00:00.000Z', speed: 0 });
  });

  it('changes speed without a jump', () => {
    const real = realTime();
    const clock = createVirtualClock({ start: '2026-11-24T04:00:00Z', realNow: real.now });
    real.pass(1000);
    clock.setSpeed(60);
    expect(clock.now().toISOString()).toBe('2026-11-24T04:00:01.000Z');
    real.pass(1000);
    expect(clock.now().toISOString()).toBe('2026-11-24T04:01:01.000Z');
  });

  it.each([
    ['an unparseable instant', () => createVirtualClock({ start: 'yesterday' })],
    ['a negative speed', () => createVirtualClock({ speed: -1 })],
    ['an infinite advance', () => createVirtualClock().advance(Number.POSITIVE_INFINITY)],
  ])('refuses %s with a RangeError', (_name, act) => {
    expect(act).toThrow(RangeError);
  });
});
