import { expect, it } from 'vitest';
import { iinCheckDigit, validIin, withCheckDigit, withWrongCheckDigit } from './iin-digits.js';

it.each([
  ['791028302728', '79102830272'],
  ['061211600012', '06121160001'],
])('gives the public validators’ example %s its check digit', (iin, first11) => {
  expect(withCheckDigit(first11)).toBe(iin);
});

it('makes a wrong check digit differ from the right one', () => {
  expect(withWrongCheckDigit('79102830272')).toBe('791028302729');
});

it('returns undefined when both passes give 10, and valid ИИНs for every serial asked', () => {
  const undefinedSomewhere = Array.from({ length: 200 }, (_, serial) =>
    iinCheckDigit(`9001013${String(serial).padStart(4, '0')}`),
  ).some((digit) => digit === undefined);
  expect(undefinedSomewhere).toBe(true);
  for (let serial = 0; serial < 200; serial += 1) {
    const iin = validIin(serial);
    expect(iinCheckDigit(iin.slice(0, 11))).toBe(Number(iin[11]));
  }
});
