import { computeCheckDigit, isValidIin } from '@icontact/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { iinCheckDigit, randomIin } from './iin.ts';
import { createSeededRandom } from './seeded-random.ts';

it('computes the same check digit as @icontact/domain for any 11 digits', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
      expect(iinCheckDigit(first11)).toBe(computeCheckDigit(first11));
    }),
    { numRuns: 5000 },
  );
});

it('draws only ИИНs that @icontact/domain accepts', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      const random = createSeededRandom(seed);
      for (let i = 0; i < 20; i++) expect(isValidIin(randomIin(random))).toBe(true);
    }),
    { numRuns: 200 },
  );
});

it('finds the public examples valid', () => {
  for (const iin of ['791028302728', '061211600012']) {
    expect(iinCheckDigit(iin.slice(0, 11))).toBe(Number(iin.slice(11)));
  }
});
