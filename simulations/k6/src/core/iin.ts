/**
 * The ИИН check-digit rule, ported from `@icontact/domain` so that k6 can make valid test data without
 * loading anything from outside its scripts. `iin.test.ts` proves the port agrees with the domain
 * package on every case it draws.
 */
import type { SeededRandom } from './seeded-random.ts';

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11;
}

/**
 * The 12th digit of an ИИН for its first 11 digits (two-pass mod-11 rule), or `null` when no valid
 * ИИН has those 11 digits.
 */
export function iinCheckDigit(first11: string): number | null {
  const first = weightedSumMod11(first11, FIRST_PASS_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A valid ИИН drawn from the stream: a birth date in 1950–2007 (a real day), the century/sex digit
 * that goes with it, a random serial and the check digit. Draws again when the 11 digits are
 * unassignable (about one time in 121).
 */
export function randomIin(random: SeededRandom): string {
  for (;;) {
    const year = random.int(1950, 2007);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const century = year >= 2000 ? 5 : 3;
    const sexDigit = century + random.int(0, 1);
    const first11 = `${pad2(year % 100)}${pad2(month)}${pad2(day)}${sexDigit}${String(random.int(0, 9999)).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
