import { formatAlmatyTime } from './almaty-time.js';
import { getEntry } from './catalogue.js';
import type { ErrorCode } from './codes.js';
import { describeRetry } from './describe-retry.js';
import type { Lang } from './entry.js';
import { OPERATION_LABELS, type Operation } from './operation.js';

/** What the report is built from: the error and the context the app knows. */
export interface DiagnosticInput {
  /** The catalogue code of the error (see `recognise`). */
  readonly code: ErrorCode;
  /** The server's `detail` or the error's own message, as it came. Absent: no such line. */
  readonly detail?: string;
  /** The answer's `X-Request-Id` / body `requestId`. Absent: no such line. */
  readonly requestId?: string;
  /** The shift's number as the app shows it. Absent: printed as "not given" (the guide asks for it). */
  readonly shiftNumber?: string | number;
  /** The app's version. Absent: printed as "not given" (the guide asks for it). */
  readonly appVersion?: string;
  /** What the consultant was doing. Absent: no such line. */
  readonly operation?: Operation;
  /** When the error happened; printed in Asia/Almaty time. */
  readonly at: Date;
  /** The consultant's login. Absent: no such line. */
  readonly consultantLogin?: string;
  /** The report's language. */
  readonly lang: Lang;
}

/** The longest a free text (detail, ids) may be in the report before it is cut with "…". */
export const DIAGNOSTIC_FIELD_MAX_LENGTH = 300;

const LABELS = {
  ru: {
    title: 'Отчёт об ошибке iContact',
    code: 'Код',
    guide: (numbers: string) => `гайд, п. ${numbers}`,
    seen: 'На экране',
    meaning: 'Что это значит',
    remedy: 'Что делать',
    retry: 'Повтор',
    shift: 'Номер смены',
    version: 'Версия приложения',
    operation: 'Действие',
    login: 'Логин',
    requestId: 'ID запроса',
    time: 'Время',
    zone: 'Алматы, UTC+05:00',
    detail: 'Ответ сервера',
    notGiven: 'не указан',
  },
  en: {
    title: 'iContact error report',
    code: 'Code',
    guide: (numbers: string) => `guide entry ${numbers}`,
    seen: 'On screen',
    meaning: 'Meaning',
    remedy: 'What to do',
    retry: 'Retry',
    shift: 'Shift number',
    version: 'App version',
    operation: 'Operation',
    login: 'Login',
    requestId: 'Request id',
    time: 'Time',
    zone: 'Asia/Almaty, UTC+05:00',
    detail: 'Server detail',
    notGiven: 'not given',
  },
} as const;

/**
 * A short plain-text report of an error that a consultant copies to the supervisor instead of a
 * photo of the screen: the code, the app's text, what it means, what to do, the shift number, the
 * app version, the request id and the time in Asia/Almaty. One fact a line, "Label: value"; the same
 * input always gives the same text. Free texts are put on one line and cut at
 * `DIAGNOSTIC_FIELD_MAX_LENGTH` characters.
 *
 * @throws RangeError when `at` is an invalid date or `code` is not a catalogue code.
 */
export function buildDiagnosticReport(input: DiagnosticInput): string {
  const entry = getEntry(input.code);
  const l = LABELS[input.lang];
  const guide = entry.guideEntries.length > 0 ? ` (${l.guide(entry.guideEntries.join(', '))})` : '';
  const lines: string[] = [
    l.title,
    `${l.code}: ${entry.code}${guide}`,
    `${l.seen}: ${entry.appText}`,
    `${l.meaning}: ${entry.message[input.lang]}`,
    `${l.remedy}: ${entry.remedy[input.lang]}`,
    `${l.retry}: ${describeRetry(entry.retry, input.lang)}`,
    `${l.shift}: ${present(input.shiftNumber) ?? l.notGiven}`,
    `${l.version}: ${present(input.appVersion) ?? l.notGiven}`,
  ];
  if (input.operation !== undefined)
    lines.push(`${l.operation}: ${OPERATION_LABELS[input.operation][input.lang]}`);
  const login = present(input.consultantLogin);
  if (login !== undefined) lines.push(`${l.login}: ${login}`);
  const requestId = present(input.requestId);
  if (requestId !== undefined) lines.push(`${l.requestId}: ${requestId}`);
  lines.push(`${l.time}: ${formatAlmatyTime(input.at)} (${l.zone})`);
  const detail = present(input.detail);
  if (detail !== undefined) lines.push(`${l.detail}: ${detail}`);
  return `${lines.join('\n')}\n`;
}

/** `value` as one clean line, or `undefined` when it is absent or blank. */
function present(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const line = String(value)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
  if (line === '') return undefined;
  return line.length > DIAGNOSTIC_FIELD_MAX_LENGTH
    ? `${line.slice(0, DIAGNOSTIC_FIELD_MAX_LENGTH - 1)}…`
    : line;
}
