import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsumerNameFieldReason, normaliseNamePart, validateConsumerName } from './consumer-name.js';

/** Name-like strings: letters of both scripts, separators, a combining breve, a digit. */
const nameLike = fc.string({
  unit: fc.constantFrom('а', 'Ә', 'і', 'қ', 'z', 'Q', ' ', '-', "'", '\u0438', '\u0306', '1'),
  maxLength: 70,
});

describe('consumer name', () => {
  it.each([
    ['Russian Cyrillic', 'Иванова', 'Иванова'],
    ['Kazakh letters', 'Әбілқасымұлы', 'Әбілқасымұлы'],
    ['every Kazakh letter', 'ӘәҒғҚқҢңӨөҰұҮүҺһІі', 'ӘәҒғҚқҢңӨөҰұҮүҺһІі'],
    ['Latin', 'Smith', 'Smith'],
    ['a hyphen inside', 'Мухаммед-Али', 'Мухаммед-Али'],
    ['a single inner space', 'Ахмед Шах', 'Ахмед Шах'],
    ['an apostrophe', "O'Brien", "O'Brien"],
    ['a typographic apostrophe', 'D’Artagnan', 'D’Artagnan'],
    ['spaces around (trimmed)', '  Асель ', 'Асель'],
    ['ё', 'Сёмин', 'Сёмин'],
    ['й typed as и + combining breve (NFC)', 'Никола\u0438\u0306', 'Николай'],
    ['one letter', 'Я', 'Я'],
    ['64 letters', 'а'.repeat(64), 'а'.repeat(64)],
  ])('accepts %s', (_name, raw, value) => {
    expect(normaliseNamePart(raw)).toEqual({ ok: true, value });
  });

  it.each<[string, string | null | undefined, ConsumerNameFieldReason]>([
    ['undefined', undefined, 'missing'],
    ['null', null, 'missing'],
    ['empty', '', 'missing'],
    ['blank', '   ', 'missing'],
    ['65 letters', 'а'.repeat(65), 'too_long'],
    ['digits', 'Иван0в', 'invalid_characters'],
    ['a double inner space', 'Ахмед  Шах', 'invalid_characters'],
    ['a leading hyphen', '-Али', 'invalid_characters'],
    ['a trailing apostrophe', "Али'", 'invalid_characters'],
    ['a hyphen with spaces', 'Анна - Мария', 'invalid_characters'],
    ['a dot', 'Иван.', 'invalid_characters'],
    ['Greek letters', 'Αλέξανδρος', 'invalid_characters'],
    ['CJK', '王', 'invalid_characters'],
    ['an emoji', 'Иван😀', 'invalid_characters'],
    ['a tab inside', 'Ахмед\tШах', 'invalid_characters'],
  ])('refuses %s as %s', (_name, raw, reason) => {
    expect(normaliseNamePart(raw)).toEqual({ ok: false, reason });
  });

  it('returns the whole name normalised when every field is valid', () => {
    expect(
      validateConsumerName({ surname: ' Серікбаев ', firstName: 'Нұрлан', patronymic: 'Асқарұлы' }),
    ).toEqual({
      ok: true,
      name: { surname: 'Серікбаев', firstName: 'Нұрлан', patronymic: 'Асқарұлы' },
    });
  });

  it('answers consumer_incomplete with every bad field when a field is missing', () => {
    expect(validateConsumerName({ surname: 'Иванов', firstName: 'Иван1' })).toEqual({
      ok: false,
      code: 'consumer_incomplete',
      errors: [
        { field: 'firstName', reason: 'invalid_characters', code: 'validation_failed' },
        { field: 'patronymic', reason: 'missing', code: 'consumer_incomplete' },
      ],
    });
  });

  it('answers validation_failed when every field is present but one is malformed', () => {
    expect(
      validateConsumerName({ surname: 'Иванов', firstName: 'Иван', patronymic: 'x'.repeat(65) }),
    ).toEqual({
      ok: false,
      code: 'validation_failed',
      errors: [{ field: 'patronymic', reason: 'too_long', code: 'validation_failed' }],
    });
  });

  it('is idempotent: a normalised name normalises to itself', () => {
    fc.assert(
      fc.property(nameLike, (raw) => {
        const once = normaliseNamePart(raw);
        if (once.ok) expect(normaliseNamePart(once.value)).toEqual(once);
      }),
    );
  });

  it('only ever returns trimmed, NFC, 1–64-character values made of letters and single separators', () => {
    fc.assert(
      fc.property(nameLike, (raw) => {
        const result = normaliseNamePart(raw);
        if (result.ok) {
          expect(result.value).toBe(result.value.trim());
          expect([...result.value].length).toBeLessThanOrEqual(64);
          expect(result.value).toBe(result.value.normalize('NFC'));
          expect(result.value).not.toMatch(/[ \-']{2}|\d|\u0306/u);
        }
      }),
    );
  });
});
