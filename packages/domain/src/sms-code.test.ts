import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSmsCode, issueSmsCode, type SmsCodeState, verifySmsCode } from './sms-code.js';

const issuedAt = new Date('2026-11-24T06:00:00.000Z');
const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);
const issued: SmsCodeState = issueSmsCode({ now: issuedAt, random: () => 0.123456 });

/** A small seeded generator (mulberry32), as a caller would pass. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('SMS code', () => {
  it('issues a 6-digit code valid for 5 minutes', () => {
    expect(issued).toEqual({ code: '123456', issuedAt, expiresAt: later(300), triesUsed: 0 });
  });

  it.each([
    [0, '000000'],
    [0.000001, '000001'],
    [0.9999999, '999999'],
  ])('keeps leading zeros: a draw of %d gives %s', (draw, code) => {
    expect(generateSmsCode(() => draw)).toBe(code);
  });

  it.each([1, -0.1, Number.NaN, 2])('refuses a random source returning %d', (draw) => {
    expect(() => generateSmsCode(() => draw)).toThrow(RangeError);
  });

  it('is deterministic under a seed', () => {
    const a = seeded(42);
    const b = seeded(42);
    const codes = Array.from({ length: 5 }, () => generateSmsCode(a));
    expect(Array.from({ length: 5 }, () => generateSmsCode(b))).toEqual(codes);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
  });

  it('accepts the right code within its lifetime', () => {
    expect(verifySmsCode(issued, { code: '123456', now: later(299) }).verdict).toEqual({ ok: true });
  });

  it('answers sms_code_invalid with the tries left, then sms_code_attempts_exceeded on the 4th try', () => {
    let state = issued;
    const verdicts = ['111111', '222222', '333333', '123456'].map((code) => {
      const step = verifySmsCode(state, { code, now: later(10) });
      state = step.state;
      return step.verdict;
    });
    expect(verdicts).toEqual([
      { ok: false, code: 'sms_code_invalid', triesLeft: 2 },
      { ok: false, code: 'sms_code_invalid', triesLeft: 1 },
      { ok: false, code: 'sms_code_invalid', triesLeft: 0 },
      { ok: false, code: 'sms_code_attempts_exceeded' },
    ]);
  });

  it('accepts the right code on the 3rd try', () => {
    const afterTwo: SmsCodeState = { ...issued, triesUsed: 2 };
    expect(verifySmsCode(afterTwo, { code: '123456', now: later(10) })).toEqual({
      state: { ...issued, triesUsed: 3 },
      verdict: { ok: true },
    });
  });

  it('answers sms_code_expired from the 5-minute mark on, even with the right code', () => {
    expect(verifySmsCode(issued, { code: '123456', now: later(300) }).verdict).toEqual({
      ok: false,
      code: 'sms_code_expired',
      expiredAt: later(300),
    });
  });

  it('never accepts a wrong code, and never accepts anything after 3 tries', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6}$/),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 299 }),
        (code, triesUsed, seconds) => {
          const { verdict, state } = verifySmsCode({ ...issued, triesUsed }, { code, now: later(seconds) });
          expect(state.triesUsed).toBe(triesUsed + 1);
          if (verdict.ok) {
            expect(code).toBe(issued.code);
            expect(triesUsed).toBeLessThan(3);
          }
        },
      ),
    );
  });
});
