import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAZAKH_MOBILE_PREFIXES, normalisePhone, type PhoneFailureReason, parsePhone } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['+77011234567', '+77011234567', '701'],
    ['87011234567', '+77011234567', '701'],
    ['8 (701) 123-45-67', '+77011234567', '701'],
    ['+7 747 123 45 67', '+77471234567', '747'],
    ['+7-785-000-00-00', '+77850000000', '785'],
    ['8\u00a0777\u00a0000\u00a00000', '+77770000000', '777'],
  ])('accepts %s as %s', (input, phone, prefix) => {
    expect(parsePhone(input)).toEqual({ ok: true, phone, prefix });
  });

  it.each<[string, PhoneFailureReason]>([
    ['', 'format'],
    ['77011234567', 'format'], // no "+": only +7 and 8 are accepted
    ['+7701123456', 'format'],
    ['+770112345678', 'format'],
    ['+77011234a67', 'format'],
    ['+7.701.123.45.67', 'format'],
    ['+87011234567', 'format'],
    ['+375291234567', 'format'],
    ['+77271234567', 'not_mobile'], // Almaty landline
    ['87172123456', 'not_mobile'], // Astana landline
    ['+77031234567', 'not_mobile'],
    ['+77721234567', 'not_mobile'],
    ['+77861234567', 'not_mobile'],
  ])('refuses %s as %s', (input, reason) => {
    expect(parsePhone(input)).toEqual({ ok: false, code: 'phone_invalid', reason });
  });

  it('accepts exactly the 19 listed mobile prefixes', () => {
    const accepted = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')).filter(
      (prefix) => parsePhone(`+7${prefix}0000000`).ok,
    );
    expect(accepted).toEqual([...KAZAKH_MOBILE_PREFIXES]);
    expect(accepted).toHaveLength(19);
  });

  it('normalises the domestic 8 to +7 and leaves other shapes cleaned but unjudged', () => {
    expect(normalisePhone('8 (700) 000-00-00')).toBe('+77000000000');
    expect(normalisePhone('(123) 45')).toBe('12345');
  });

  it('gives the same answer for a number written domestically and internationally', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (national) => {
        expect(parsePhone(`8${national}`)).toEqual(parsePhone(`+7${national}`));
      }),
    );
  });

  it('returns an accepted number in canonical form, which parses to itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KAZAKH_MOBILE_PREFIXES),
        fc.stringMatching(/^\d{7}$/),
        (prefix, rest) => {
          const parsed = parsePhone(`8 (${prefix}) ${rest.slice(0, 3)}-${rest.slice(3)}`);
          expect(parsed).toEqual({ ok: true, phone: `+7${prefix}${rest}`, prefix });
          if (parsed.ok) expect(parsePhone(parsed.phone)).toEqual(parsed);
        },
      ),
    );
  });
});
