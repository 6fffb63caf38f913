/**
 * The consumer's full name (R13): surname, first name and patronymic, all required.
 */
import { Code } from '@icontact/errors';

/** The three name fields, in the order the app asks for them. */
export const CONSUMER_NAME_FIELDS = ['surname', 'firstName', 'patronymic'] as const;

/** One of the consumer's name fields. */
export type ConsumerNameField = (typeof CONSUMER_NAME_FIELDS)[number];

/** The most characters (Unicode code points, after NFC) one name field may hold. */
export const CONSUMER_NAME_MAX_LENGTH = 64;

/** The name as submitted: any field may be missing. */
export type ConsumerNameInput = {
  readonly [F in ConsumerNameField]?: string | null | undefined;
};

/** A valid name: every field trimmed and NFC-normalised. */
export type ConsumerName = { readonly [F in ConsumerNameField]: string };

/**
 * Why one field is refused: `missing` (absent or blank), `too_long` (more than
 * {@link CONSUMER_NAME_MAX_LENGTH} characters) or `invalid_characters` (anything but letters joined by
 * single spaces, hyphens or apostrophes).
 */
export type ConsumerNameFieldReason = 'missing' | 'too_long' | 'invalid_characters';

/** One refused field. `code` is `consumer_incomplete` for a missing field, else `validation_failed`. */
export interface ConsumerNameFieldError {
  readonly field: ConsumerNameField;
  readonly reason: ConsumerNameFieldReason;
  readonly code: typeof Code.consumer_incomplete | typeof Code.validation_failed;
}

/**
 * The result of {@link validateConsumerName}. A refusal's `code` is `consumer_incomplete` when any
 * field is missing (decision 0001), otherwise `validation_failed`; `errors` lists every bad field.
 */
export type ConsumerNameResult =
  | { readonly ok: true; readonly name: ConsumerName }
  | {
      readonly ok: false;
      readonly code: typeof Code.consumer_incomplete | typeof Code.validation_failed;
      readonly errors: readonly ConsumerNameFieldError[];
    };

/**
 * A letter: any letter of the Cyrillic script (Russian, and Kazakh ә ғ қ ң ө ұ ү һ і) or of the Latin
 * script. Parts are letters joined by exactly one space, hyphen or apostrophe (' ’ ʼ).
 */
const LETTER = String.raw`(?:(?=\p{L})[\p{Script=Cyrillic}\p{Script=Latin}])`;
const NAME = new RegExp(String.raw`^${LETTER}+(?:[ \-'’ʼ]${LETTER}+)*$`, 'u');

/** The result of {@link normaliseNamePart}: the normalised value, or why the field is refused. */
export type NamePartResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: ConsumerNameFieldReason };

/**
 * Validates and normalises one name field: trims, NFC-normalises, then checks length and characters.
 *
 * @param raw - the field as submitted
 * @returns the normalised value, or why it is refused
 */
export function normaliseNamePart(raw: string | null | undefined): NamePartResult {
  const value = (raw ?? '').normalize('NFC').trim();
  if (value.length === 0) return { ok: false, reason: 'missing' };
  if ([...value].length > CONSUMER_NAME_MAX_LENGTH) return { ok: false, reason: 'too_long' };
  if (!NAME.test(value)) return { ok: false, reason: 'invalid_characters' };
  return { ok: true, value };
}

/**
 * Validates the consumer's full name and returns it normalised, or every field's problem.
 *
 * @param input - surname, first name and patronymic as submitted
 */
export function validateConsumerName(input: ConsumerNameInput): ConsumerNameResult {
  const errors: ConsumerNameFieldError[] = [];
  const name: Record<ConsumerNameField, string> = { surname: '', firstName: '', patronymic: '' };
  for (const field of CONSUMER_NAME_FIELDS) {
    const check = normaliseNamePart(input[field]);
    if (check.ok) name[field] = check.value;
    else
      errors.push({
        field,
        reason: check.reason,
        code: check.reason === 'missing' ? Code.consumer_incomplete : Code.validation_failed,
      });
  }
  if (errors.length === 0) return { ok: true, name };
  const code = errors.some((error) => error.reason === 'missing')
    ? Code.consumer_incomplete
    : Code.validation_failed;
  return { ok: false, code, errors };
}
