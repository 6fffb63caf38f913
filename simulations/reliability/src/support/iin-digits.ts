/**
 * The ИИН's check digit (shared/domain.md): c = Σ dᵢ·wᵢ mod 11 with w = 1…11; when c is 10, again with
 * w = 3…11,1,2; when that is 10 too, no valid ИИН has those eleven digits (`undefined`). Written here on
 * its own, not taken from @icontact/domain, so that the suite does not check the mock with its own rule.
 */
export function iinCheckDigit(first11: string): number | undefined {
  if (!/^\d{11}$/u.test(first11)) throw new RangeError(`eleven digits expected, got "${first11}"`);
  const digits = [...first11].map(Number);
  const sum = (weights: readonly number[]): number =>
    digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0) % 11;
  const first = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (first !== 10) return first;
  const second = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return second === 10 ? undefined : second;
}

/** Eleven digits and their check digit; throws when no check digit exists for them. */
export function withCheckDigit(first11: string): string {
  const check = iinCheckDigit(first11);
  if (check === undefined) throw new RangeError(`no valid ИИН starts with ${first11}`);
  return `${first11}${check}`;
}

/** The same ИИН with a check digit that is wrong. */
export function withWrongCheckDigit(first11: string): string {
  const check = iinCheckDigit(first11) ?? 0;
  return `${first11}${(check + 1) % 10}`;
}

/**
 * A valid ИИН whose serial is `serial` (0…9999): born 1990-01-01 (`900101`), a man of the 1900s (`3`),
 * the serial, the check digit. Serials whose check digit does not exist are skipped to the next one.
 */
export function validIin(serial: number): string {
  for (let candidate = serial; ; candidate += 1) {
    const first11 = `9001013${String(candidate % 10_000).padStart(4, '0')}`;
    if (iinCheckDigit(first11) !== undefined) return withCheckDigit(first11);
  }
}
