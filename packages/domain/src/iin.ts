/**
 * The Kazakhstan individual identification number (ИИН). A company's BIN shares its check digit but has
 * a 5th digit of 4–6, which no ИИН has (the tens of a day), so a BIN is never a valid ИИН.
 *
 * Layout of an ИИН (12 digits, a string: leading zeros are real):
 * digits 1–6 birth date `YYMMDD`; digit 7 century and sex (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s,
 * odd male, even female); digits 8–11 a serial; digit 12 the check digit.
 * Since 2013 the digits need not match the person, so the decoded date and sex are hints only.
 */
import { Code } from '@icontact/errors';
import { parseLocalDate } from './time.js';

/** The sex digit 7 encodes: odd `male`, even `female`. */
export type Sex = 'male' | 'female';

/** The first year of the century digit 7 encodes. */
export type IinCentury = 1800 | 1900 | 2000;

/**
 * Why a string is not a valid ИИН, in the order the checks run:
 * `length` (not 12 characters), `not_digits`, `century` (digit 7 not 1–6), `birth_date` (digits 1–6
 * are not a real day in that century), `unassignable` (both check-digit passes give 10, so no ИИН has
 * these first 11 digits), `check_digit` (digit 12 is wrong).
 */
export type IinFailureReason =
  | 'length'
  | 'not_digits'
  | 'century'
  | 'birth_date'
  | 'check_digit'
  | 'unassignable';

/** A valid ИИН, decoded. */
export interface ValidIin {
  readonly ok: true;
  /** The ИИН itself, unchanged. */
  readonly iin: string;
  /** The encoded birth date, `YYYY-MM-DD` (a hint since 2013). */
  readonly birthDate: string;
  /** The encoded sex (a hint since 2013). */
  readonly sex: Sex;
  /** The first year of the encoded century. */
  readonly century: IinCentury;
}

/** A string refused as an ИИН: the API answers `iin_invalid`. */
export interface InvalidIin {
  readonly ok: false;
  readonly code: typeof Code.iin_invalid;
  readonly reason: IinFailureReason;
}

/** The result of {@link parseIin}. */
export type IinParseResult = ValidIin | InvalidIin;

/** Weights of the first check-digit pass. */
const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** Weights of the second pass, used when the first gives 10. */
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const DIGITS = /^\d+$/;
const CENTURY_BY_DIGIT: Readonly<Record<string, IinCentury>> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11;
}

/**
 * The check digit (12th digit) for the first 11 digits of an ИИН or BIN, by the two-pass mod-11 rule:
 * Σ dᵢ·i mod 11; if that is 10, Σ dᵢ·wᵢ mod 11 with w = 3..11, 1, 2.
 *
 * @param first11 - exactly 11 ASCII digits
 * @returns the check digit 0–9, or `null` when the second pass gives 10 again (no valid number exists)
 * @throws RangeError when `first11` is not 11 digits
 */
export function computeCheckDigit(first11: string): number | null {
  if (first11.length !== 11 || !DIGITS.test(first11)) {
    throw new RangeError(`computeCheckDigit needs exactly 11 digits, got "${first11}"`);
  }
  const first = weightedSumMod11(first11, FIRST_PASS_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
}

function refuse(reason: IinFailureReason): InvalidIin {
  return { ok: false, code: Code.iin_invalid, reason };
}

/**
 * Parses and validates an ИИН: 12 digits, century/sex digit 1–6, a real birth date, the check digit.
 * Nothing is trimmed: the caller decides whether to clean input first.
 *
 * @param value - the candidate ИИН
 * @returns the decoded ИИН, or the first reason it is invalid (with code `iin_invalid`)
 */
export function parseIin(value: string): IinParseResult {
  if (value.length !== 12) return refuse('length');
  if (!DIGITS.test(value)) return refuse('not_digits');
  const centuryDigit = value.charAt(6);
  const century = CENTURY_BY_DIGIT[centuryDigit];
  if (century === undefined) return refuse('century');
  const birthDate = `${century + Number(value.slice(0, 2))}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
  if (!parseLocalDate(birthDate)) return refuse('birth_date');
  const check = computeCheckDigit(value.slice(0, 11));
  if (check === null) return refuse('unassignable');
  if (check !== Number(value.charAt(11))) return refuse('check_digit');
  const sex: Sex = Number(centuryDigit) % 2 === 1 ? 'male' : 'female';
  return { ok: true, iin: value, birthDate, sex, century };
}

/**
 * Whether a string is a valid ИИН (shorthand for `parseIin(value).ok`).
 *
 * @param value - the candidate ИИН
 */
export function isValidIin(value: string): boolean {
  return parseIin(value).ok;
}

/** What {@link makeIin} encodes. */
export interface MakeIinInput {
  /** The birth date, `YYYY-MM-DD`, a real day in the years 1800–2099. */
  readonly birthDate: string;
  /** The sex to encode in digit 7. */
  readonly sex: Sex;
  /** The serial, digits 8–11: an integer 0–9999. */
  readonly serial: number;
}

/**
 * Builds a valid ИИН (for seed data and tests) from a birth date, a sex and a serial.
 *
 * About one in 121 combinations has no valid check digit; then it returns `null` and the caller
 * takes another serial.
 *
 * @returns the 12-digit ИИН, or `null` when these 11 digits are unassignable
 * @throws RangeError when the birth date is not a real day in 1800–2099 or the serial is not 0–9999
 */
export function makeIin(input: MakeIinInput): string | null {
  const date = parseLocalDate(input.birthDate);
  if (!date || date.year < 1800 || date.year > 2099) {
    throw new RangeError(`makeIin: birthDate "${input.birthDate}" must be a real day in 1800–2099`);
  }
  if (!Number.isInteger(input.serial) || input.serial < 0 || input.serial > 9999) {
    throw new RangeError(`makeIin: serial ${input.serial} must be an integer 0–9999`);
  }
  const centuryIndex = Math.floor(date.year / 100) - 18; // 0, 1, 2
  const centuryDigit = centuryIndex * 2 + (input.sex === 'male' ? 1 : 2);
  const first11 =
    input.birthDate.slice(2, 4) +
    input.birthDate.slice(5, 7) +
    input.birthDate.slice(8, 10) +
    String(centuryDigit) +
    String(input.serial).padStart(4, '0');
  const check = computeCheckDigit(first11);
  return check === null ? null : first11 + String(check);
}
