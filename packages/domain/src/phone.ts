/**
 * Kazakh mobile phone numbers: `+7` and 10 digits, of which the first three are a mobile prefix.
 */
import { Code } from '@icontact/errors';

/**
 * The Kazakh mobile prefixes (the three digits after `+7`) the API accepts. Numbers move between
 * operators, so the prefix says nothing about the operator.
 */
export const KAZAKH_MOBILE_PREFIXES: readonly string[] = [
  '700',
  '701',
  '702',
  '705',
  '706',
  '707',
  '708',
  '747',
  '760',
  '761',
  '762',
  '763',
  '764',
  '771',
  '775',
  '776',
  '777',
  '778',
  '785',
];

const PREFIXES = new Set(KAZAKH_MOBILE_PREFIXES);
const SEPARATORS = /[\s\-()]/gu;
const INTERNATIONAL = /^\+7(\d{10})$/;
const DOMESTIC = /^8(\d{10})$/;

/**
 * Why a phone number is refused: `format` (not `+7` or `8` followed by 10 digits) or `not_mobile`
 * (a well-formed number whose prefix is not a Kazakh mobile prefix).
 */
export type PhoneFailureReason = 'format' | 'not_mobile';

/** The result of {@link parsePhone}. */
export type PhoneParseResult =
  | {
      readonly ok: true;
      /** The number in canonical form, `+7XXXXXXXXXX`. */
      readonly phone: string;
      /** The mobile prefix, e.g. `701`. */
      readonly prefix: string;
    }
  | { readonly ok: false; readonly code: typeof Code.phone_invalid; readonly reason: PhoneFailureReason };

/**
 * Normalises a phone number's form without judging it: removes spaces, dashes and parentheses and
 * turns a domestic `8XXXXXXXXXX` into `+7XXXXXXXXXX`. Anything else is returned as cleaned.
 *
 * @param input - the number as typed, e.g. `8 (701) 123-45-67`
 * @returns e.g. `+77011234567`
 */
export function normalisePhone(input: string): string {
  const cleaned = input.replace(SEPARATORS, '');
  const domestic = DOMESTIC.exec(cleaned);
  return domestic ? `+7${domestic[1]}` : cleaned;
}

/**
 * Normalises and validates a Kazakh mobile number. Only `+7XXXXXXXXXX` and `8XXXXXXXXXX` (with any
 * spaces, dashes, parentheses) are accepted; a bare `7XXXXXXXXXX` is refused as `format`.
 *
 * @param input - the number as typed
 * @returns the canonical number and its prefix, or `phone_invalid` with the reason
 */
export function parsePhone(input: string): PhoneParseResult {
  const phone = normalisePhone(input);
  const national = INTERNATIONAL.exec(phone)?.[1];
  if (national === undefined) return { ok: false, code: Code.phone_invalid, reason: 'format' };
  const prefix = national.slice(0, 3);
  if (!PREFIXES.has(prefix)) return { ok: false, code: Code.phone_invalid, reason: 'not_mobile' };
  return { ok: true, phone, prefix };
}
