import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit, type IinFailureReason, isValidIin, makeIin, parseIin } from './iin.js';

/** An independent oracle: does this 11-digit prefix fall back to the second check-digit pass? */
function needsSecondPass(first11: string): boolean {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (i + 1);
  return sum % 11 === 10;
}

function withDigit(value: string, position: number, digit: number): string {
  return value.slice(0, position) + String(digit) + value.slice(position + 1);
}

const birthDate = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const sex = fc.constantFrom('male' as const, 'female' as const);
const serial = fc.integer({ min: 0, max: 9999 });
const generatedIin = fc
  .record({ birthDate, sex, serial })
  .map((input) => ({ input, iin: makeIin(input) }))
  .filter((generated): generated is { input: typeof generated.input; iin: string } => generated.iin !== null);

describe('ИИН', () => {
  it.each([
    ['791028302728', { birthDate: '1979-10-28', sex: 'male', century: 1900 }],
    ['061211600012', { birthDate: '2006-12-11', sex: 'female', century: 2000 }],
  ])('accepts the publicly documented ИИН %s and decodes it', (iin, decoded) => {
    expect(parseIin(iin)).toEqual({ ok: true, iin, ...decoded });
  });

  it.each<[string, string, IinFailureReason]>([
    ['empty', '', 'length'],
    ['11 digits', '79102830272', 'length'],
    ['13 digits', '7910283027280', 'length'],
    ['spaces around', ' 79102830272', 'not_digits'],
    ['a letter', '79102830272a', 'not_digits'],
    ['non-ASCII digits', '٧٩١٠٢٨٣٠٢٧٢٨', 'not_digits'],
    ['century digit 0', '791028002728', 'century'],
    ['century digit 7', '791028702728', 'century'],
    ['month 13', '791328302728', 'birth_date'],
    ['day 00', '791000302728', 'birth_date'],
    ['31 November', '791131302728', 'birth_date'],
    ['29 February 1900 (not a leap year)', '000229300001', 'birth_date'],
    ['wrong check digit', '791028302729', 'check_digit'],
  ])('refuses %s as %s', (_name, value, reason) => {
    expect(parseIin(value)).toEqual({ ok: false, code: 'iin_invalid', reason });
  });

  it('accepts 29 February of a leap year (2000 is one)', () => {
    const iin = makeIin({ birthDate: '2000-02-29', sex: 'female', serial: 1 });
    expect(iin).not.toBeNull();
    expect(parseIin(iin ?? '')).toMatchObject({ ok: true, birthDate: '2000-02-29', century: 2000 });
  });

  it('keeps leading zeros: an ИИН of someone born in 2001 starts with 0', () => {
    const iin = makeIin({ birthDate: '2001-05-04', sex: 'male', serial: 12 });
    expect(iin).toHaveLength(12);
    expect(iin?.slice(0, 11)).toBe('01050450012');
    expect(isValidIin(iin ?? '')).toBe(true);
  });

  it('computes the first-pass check digit as Σ dᵢ·i mod 11', () => {
    expect(computeCheckDigit('79102830272')).toBe(8);
    expect(computeCheckDigit('06121160001')).toBe(2);
  });

  it('falls back to the second pass (weights 3..11, 1, 2) when the first gives 10', () => {
    // 85031730000: first pass 10, second pass 9
    expect(needsSecondPass('85031730000')).toBe(true);
    expect(computeCheckDigit('85031730000')).toBe(9);
  });

  it('returns null and refuses as unassignable when both passes give 10', () => {
    const first11 = Array.from({ length: 10_000 }, (_, s) => `8503173${String(s).padStart(4, '0')}`).find(
      (candidate) => computeCheckDigit(candidate) === null,
    );
    expect(first11).toBeDefined();
    const prefix = first11 ?? '';
    for (let check = 0; check <= 9; check++) {
      expect(parseIin(prefix + String(check))).toEqual({
        ok: false,
        code: 'iin_invalid',
        reason: 'unassignable',
      });
    }
    expect(makeIin({ birthDate: '1985-03-17', sex: 'male', serial: Number(prefix.slice(7)) })).toBeNull();
  });

  it('refuses a computeCheckDigit input that is not 11 digits', () => {
    expect(() => computeCheckDigit('1234567890')).toThrow(RangeError);
    expect(() => computeCheckDigit('1234567890a')).toThrow(RangeError);
  });

  it.each([
    [{ birthDate: '1799-12-31', sex: 'male' as const, serial: 1 }],
    [{ birthDate: '2100-01-01', sex: 'male' as const, serial: 1 }],
    [{ birthDate: '1990-02-30', sex: 'male' as const, serial: 1 }],
    [{ birthDate: '1990-01-01', sex: 'male' as const, serial: 10_000 }],
    [{ birthDate: '1990-01-01', sex: 'male' as const, serial: 1.5 }],
  ])('makeIin refuses out-of-range input %o', (input) => {
    expect(() => makeIin(input)).toThrow(RangeError);
  });

  it('validates every generated ИИН and decodes the birth date and sex it was made from', () => {
    fc.assert(
      fc.property(generatedIin, ({ input, iin }) => {
        const parsed = parseIin(iin);
        expect(parsed).toMatchObject({ ok: true, birthDate: input.birthDate, sex: input.sex });
        expect(iin.slice(7, 11)).toBe(String(input.serial).padStart(4, '0'));
      }),
    );
  });

  it('catches any change of the check digit itself', () => {
    fc.assert(
      fc.property(generatedIin, fc.integer({ min: 1, max: 9 }), ({ iin }, delta) => {
        const changed = withDigit(iin, 11, (Number(iin[11]) + delta) % 10);
        expect(parseIin(changed)).toMatchObject({ ok: false, reason: 'check_digit' });
      }),
    );
  });

  it('catches a one-digit change in positions 1–10 whenever neither number needs the second pass', () => {
    // Weights 1..10 are non-zero mod 11 (a prime), so the first-pass sum always moves.
    fc.assert(
      fc.property(
        generatedIin,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        ({ iin }, position, delta) => {
          const changed = withDigit(iin, position, (Number(iin[position]) + delta) % 10);
          fc.pre(!needsSecondPass(iin.slice(0, 11)) && !needsSecondPass(changed.slice(0, 11)));
          expect(parseIin(changed).ok).toBe(false);
        },
      ),
    );
  });

  it.each([
    // Digit 11 has first-pass weight 11 ≡ 0 (mod 11): the first pass cannot see it.
    ['digit 11 under the first pass', '791028302728', '791028302738'],
    // A change that moves one number onto the second pass can land on the same check digit.
    ['digit 1, onto the first pass from the second', '850317300009', '750317300009'],
    ['digit 6, onto the first pass from the second', '850317300009', '850315300009'],
  ])('documents that the scheme misses some one-digit changes: %s', (_name, original, changed) => {
    expect(isValidIin(original)).toBe(true);
    expect(isValidIin(changed)).toBe(true);
  });
});

describe('BIN', () => {
  it('never takes a real BIN (5th digit 4, valid check digit) for an ИИН', () => {
    expect(computeCheckDigit('97124000131')).toBe(5);
    expect(isValidIin('971240001315')).toBe(false);
  });

  it('never validates a number with a 5th digit of 4–6 as an ИИН', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}[4-6]\d{7}$/), (value) => {
        expect(isValidIin(value)).toBe(false);
      }),
    );
  });
});
