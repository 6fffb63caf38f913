import { Code, type ErrorCode } from '@icontact/errors';
import { withCheckDigit, withWrongCheckDigit } from '../support/iin-digits.js';

/** What a case needs from the running mock: a started shift and an open contact of it. */
export interface BadInputContext {
  readonly shiftId: string;
  readonly contactId: string;
  readonly activityTypeId: string;
}

/** One bad request and the refusal it must get. */
export interface BadInputCase {
  readonly name: string;
  readonly method: string;
  /** The path under `/api/v1`. */
  readonly path: (context: BadInputContext) => string;
  /** A JSON body. */
  readonly json?: (context: BadInputContext) => unknown;
  /** A body sent as is (with {@link contentType}). */
  readonly rawBody?: string;
  readonly contentType?: string;
  /** Whether the consultant's token goes with it. Default `true`. */
  readonly authenticated?: boolean;
  readonly status: number;
  readonly code: ErrorCode;
}

/** A complete, valid consumer (Kazakh letters in the name), changed per case. */
export const VALID_CONSUMER = {
  surname: 'Нұрланова',
  firstName: 'Әсел',
  patronymic: 'Қайратқызы',
  iin: '061211600012',
  phone: '+77011234567',
} as const;

const consumerPath = (context: BadInputContext): string => `/contacts/${context.contactId}/consumer`;

/** A consumer whose `field` is `value`, for `PUT /contacts/{id}/consumer`. */
function consumerCase(
  name: string,
  field: keyof typeof VALID_CONSUMER,
  value: unknown,
  status: number,
  code: ErrorCode,
): BadInputCase {
  return {
    name,
    method: 'PUT',
    path: consumerPath,
    json: () => ({ ...VALID_CONSUMER, [field]: value }),
    status,
    code,
  };
}

/** A sync item of the shift, well formed. */
export function syncItem(context: BadInputContext, index: number): Record<string, unknown> {
  const hex = index.toString(16).padStart(12, '0');
  return {
    idempotencyKey: `00000000-0000-4000-8000-${hex}`,
    contactId: context.contactId,
    recordedAt: '2026-11-24T04:40:00.000Z',
    contact: { activityTypeId: context.activityTypeId, step: 'refused', refusalReason: 'test' },
  };
}

const LOGIN = { login: 'mk.aset', password: 'Passw0rd!' };

/** The matrix: each bad request, each with its 4xx and catalogue code. */
export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  // ── the body as a whole ──
  {
    name: 'malformed JSON (cut short)',
    method: 'POST',
    path: () => '/auth/token',
    rawBody: '{"login": "mk.aset", "password": ',
    authenticated: false,
    status: 400,
    code: Code.malformed_json,
  },
  {
    name: 'malformed JSON (a trailing comma)',
    method: 'PUT',
    path: consumerPath,
    rawBody: '{"surname": "Ким",}',
    status: 400,
    code: Code.malformed_json,
  },
  {
    name: 'wrong content type (text/plain)',
    method: 'POST',
    path: () => '/auth/token',
    rawBody: JSON.stringify(LOGIN),
    contentType: 'text/plain',
    authenticated: false,
    status: 415,
    code: Code.unsupported_media_type,
  },
  {
    name: 'wrong content type (form-urlencoded)',
    method: 'PUT',
    path: consumerPath,
    rawBody: 'surname=Ким&firstName=Виктор',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    code: Code.unsupported_media_type,
  },
  {
    name: 'oversized body (2 MiB of name)',
    method: 'PUT',
    path: consumerPath,
    json: () => ({ ...VALID_CONSUMER, surname: 'Ж'.repeat(1024 * 1024) }),
    status: 413,
    code: Code.payload_too_large,
  },
  // ── fields ──
  {
    name: 'wrong type: login is a number',
    method: 'POST',
    path: () => '/auth/token',
    json: () => ({ login: 12345, password: 'Passw0rd!' }),
    authenticated: false,
    status: 400,
    code: Code.validation_failed,
  },
  {
    name: 'wrong type: the body is an array',
    method: 'POST',
    path: () => '/auth/token',
    json: () => [LOGIN],
    authenticated: false,
    status: 400,
    code: Code.validation_failed,
  },
  {
    name: 'missing field: no password',
    method: 'POST',
    path: () => '/auth/token',
    json: () => ({ login: 'mk.aset' }),
    authenticated: false,
    status: 400,
    code: Code.validation_failed,
  },
  {
    name: 'extra field: a role next to the credentials',
    method: 'POST',
    path: () => '/auth/token',
    json: () => ({ ...LOGIN, role: 'supervisor' }),
    authenticated: false,
    status: 400,
    code: Code.validation_failed,
  },
  {
    name: 'wrong type: quantity of a device is a string',
    method: 'PUT',
    path: (context) => `/contacts/${context.contactId}/details`,
    json: () => ({
      devices: [{ model: 'Tulpar X1', quantity: 'one' }],
      compliment: { kind: 'Кружка', quantity: 1 },
    }),
    status: 400,
    code: Code.validation_failed,
  },
  consumerCase('missing field: no patronymic', 'patronymic', undefined, 422, Code.consumer_incomplete),
  consumerCase('empty patronymic', 'patronymic', '', 422, Code.consumer_incomplete),
  // ── names: Unicode and Cyrillic edge cases ──
  consumerCase('a name with an emoji', 'firstName', 'Әсел😀', 400, Code.validation_failed),
  consumerCase('a name with a zero-width space', 'surname', 'Нұрла\u200Bнова', 400, Code.validation_failed),
  consumerCase('a name with a zero-width joiner', 'firstName', 'Ә\u200Dсел', 400, Code.validation_failed),
  consumerCase('a name in Arabic script (RTL)', 'surname', 'نورلانوفا', 400, Code.validation_failed),
  consumerCase('a name with a right-to-left mark', 'surname', 'Нұрланова\u200F', 400, Code.validation_failed),
  consumerCase('a name of combining marks alone', 'firstName', '\u0301\u0308', 400, Code.validation_failed),
  consumerCase(
    'a name with stacked combining marks (no composed form)',
    'firstName',
    'А\u0301\u0308\u0323сел',
    400,
    Code.validation_failed,
  ),
  consumerCase('a name with a digit', 'surname', 'Ким2', 400, Code.validation_failed),
  consumerCase('a name of 65 letters', 'surname', 'Ә'.repeat(65), 400, Code.validation_failed),
  // ── ИИН: one case per way to be malformed ──
  consumerCase('ИИН of 11 digits', 'iin', '79102830272', 422, Code.iin_invalid),
  consumerCase('ИИН of 13 digits', 'iin', '7910283027281', 422, Code.iin_invalid),
  consumerCase('ИИН with a letter', 'iin', '79102830272A', 422, Code.iin_invalid),
  consumerCase('ИИН with spaces', 'iin', '791028 302728', 422, Code.iin_invalid),
  consumerCase('ИИН with Arabic-Indic digits', 'iin', '٧٩١٠٢٨٣٠٢٧٢٨', 422, Code.iin_invalid),
  consumerCase('ИИН with century digit 0', 'iin', withCheckDigit('79102800272'), 422, Code.iin_invalid),
  consumerCase('ИИН with century digit 7', 'iin', withCheckDigit('79102870272'), 422, Code.iin_invalid),
  consumerCase('ИИН with century digit 9', 'iin', withCheckDigit('79102890272'), 422, Code.iin_invalid),
  consumerCase('ИИН born in month 13', 'iin', withCheckDigit('79132830272'), 422, Code.iin_invalid),
  consumerCase('ИИН born on 30 February', 'iin', withCheckDigit('79023030272'), 422, Code.iin_invalid),
  consumerCase('ИИН born on day 00', 'iin', withCheckDigit('79100030272'), 422, Code.iin_invalid),
  consumerCase(
    'ИИН with a wrong check digit',
    'iin',
    withWrongCheckDigit('79102830272'),
    422,
    Code.iin_invalid,
  ),
  // ── phones of other countries ──
  consumerCase('a Russian mobile (+7 916)', 'phone', '+79161234567', 422, Code.phone_invalid),
  consumerCase('an Uzbek mobile (+998)', 'phone', '+998901234567', 422, Code.phone_invalid),
  consumerCase('a US number (+1)', 'phone', '+14155552671', 422, Code.phone_invalid),
  consumerCase('a Kyrgyz mobile (+996)', 'phone', '+996555123456', 422, Code.phone_invalid),
  consumerCase('an Almaty landline (+7 727)', 'phone', '+77272123456', 422, Code.phone_invalid),
  consumerCase('a Kazakh mobile one digit short', 'phone', '+7701123456', 422, Code.phone_invalid),
  // ── batches ──
  {
    name: 'a sync batch of 101 items',
    method: 'POST',
    path: (context) => `/shifts/${context.shiftId}/sync`,
    json: (context) => ({ items: Array.from({ length: 101 }, (_, index) => syncItem(context, index)) }),
    status: 413,
    code: Code.sync_batch_too_large,
  },
  {
    name: 'a sync batch of 1000 items',
    method: 'POST',
    path: (context) => `/shifts/${context.shiftId}/sync`,
    json: (context) => ({ items: Array.from({ length: 1000 }, (_, index) => syncItem(context, index)) }),
    status: 413,
    code: Code.sync_batch_too_large,
  },
  {
    name: 'a sync batch of 5000 items (over the 1 MiB body limit)',
    method: 'POST',
    path: (context) => `/shifts/${context.shiftId}/sync`,
    json: (context) => ({ items: Array.from({ length: 5000 }, (_, index) => syncItem(context, index)) }),
    status: 413,
    code: Code.payload_too_large,
  },
  {
    name: 'a sync body without items',
    method: 'POST',
    path: (context) => `/shifts/${context.shiftId}/sync`,
    json: () => ({ contacts: [] }),
    status: 400,
    code: Code.sync_bad_request,
  },
  // ── methods ──
  {
    name: 'an undeclared method (TRACE) on a known path',
    method: 'TRACE',
    path: () => '/shifts',
    status: 405,
    code: Code.method_not_allowed,
  },
  {
    name: 'an undeclared method (DELETE) on a known path',
    method: 'DELETE',
    path: (context) => `/contacts/${context.contactId}`,
    status: 405,
    code: Code.method_not_allowed,
  },
];
