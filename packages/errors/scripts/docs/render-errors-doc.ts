import { catalogue, entriesForGuide } from '../../src/catalogue.js';
import { describeRetry, describeWire } from '../../src/describe-retry.js';
import { developerRemedy } from '../../src/developer/index.js';
import type { ErrorArea, ErrorEntry, TextMatcher } from '../../src/entry.js';
import { GUIDE_ENTRIES } from '../../src/guide-entries.js';
import { statusInText } from '../../src/recognise/status-in-text.js';
import { STATUS_RULES } from '../../src/recognise/status-table.js';
import { sameText } from '../../src/recognise/text-match.js';
import { markdownTable } from './markdown-table.js';

/** The areas in the order the document presents them, with their headings. */
const AREAS: readonly { readonly area: ErrorArea; readonly ru: string; readonly en: string }[] = [
  { area: 'login', ru: 'Вход', en: 'Login' },
  { area: 'reset', ru: 'Сброс пароля', en: 'Password reset' },
  { area: 'shift', ru: 'Смены', en: 'Shifts' },
  { area: 'contact', ru: 'Контакты', en: 'Contacts' },
  { area: 'iin', ru: 'Проверка ИИН', en: 'IIN check' },
  { area: 'sms', ru: 'СМС', en: 'SMS' },
  { area: 'sync', ru: 'Синхронизация', en: 'Sync' },
  { area: 'any', ru: 'В любой момент работы', en: 'Anywhere' },
];

/** The first line of the generated document; the drift check and readers both look for it. */
export const GENERATED_HEADER =
  '<!-- Generated from @icontact/errors (packages/errors/src/entries). Do not edit by hand: run `./run pnpm --filter @icontact/errors generate`. -->';

/**
 * The whole of `docs/errors.md`, rendered from the catalogue: an introduction for consultants and
 * for developers, an index by guide entry 1–31, a table of every code, then one section per code
 * grouped by area (Russian first, then English, then the developer's facts). Pure and stable.
 */
export function renderErrorsDoc(): string {
  return `${[GENERATED_HEADER, '', ...intro(), ...guideIndex(), ...codeTable(), ...areaSections()].join('\n').trimEnd()}\n`;
}

function intro(): string[] {
  return [
    '# Ошибки iContact · iContact errors',
    '',
    '**Для МК.** Найдите в указателе ниже пункт гайда или текст, который вы видите на экране, и откройте его код: там написано, что это значит и что делать. Если такой ошибки нет в списке, отправьте вашему СВ отчёт об ошибке, если приложение его составляет, или полное, ровное фото экрана, на котором видны номер смены и версия приложения.',
    '',
    "**For developers.** Every error of the API and the SDK has a stable `code`: the body's `code`, and `Code.<code>` in `@icontact/errors`. Each section below gives the wire signature (HTTP status and `Retry-After`, or the transport or local failure), the retry policy, the texts that recognise it in a real backend's `detail` or an OkHttp/undici message, the guide entries it covers, and the developer remedy (`developerRemedy(code)` on the entry `@icontact/errors/developer`, which an app need not bundle). `recognise()` maps what a client saw to a code; `buildDiagnosticReport()` writes the report a consultant sends instead of a photo.",
    '',
  ];
}

function guideIndex(): string[] {
  const rows = GUIDE_ENTRIES.map((guide) => {
    const codes = entriesForGuide(guide.number)
      .map((entry) => `[\`${entry.code}\`](#${entry.code})`)
      .join(', ');
    return [String(guide.number), `${guide.where.ru} · ${guide.where.en}`, guide.seen.ru, codes];
  });
  return [
    '## Указатель по пунктам гайда · Index by guide entry',
    '',
    ...markdownTable(
      [
        { header: '№', align: 'right' },
        { header: 'Где · Where' },
        { header: 'Что видно на экране · What the consultant sees' },
        { header: 'Код · Code' },
      ],
      rows,
    ),
    '',
  ];
}

function codeTable(): string[] {
  return [
    '## Все коды · All codes',
    '',
    ...markdownTable(
      [
        { header: 'Код · Code' },
        { header: 'Где · Area' },
        { header: 'Сигнатура · Wire' },
        { header: 'Повтор · Retry' },
        { header: 'Гайд · Guide', align: 'right' },
      ],
      catalogue.map((entry) => [
        `[\`${entry.code}\`](#${entry.code})`,
        entry.area,
        describeWire(entry.wire),
        describeRetry(entry.retry, 'en'),
        entry.guideEntries.join(', '),
      ]),
    ),
    '',
  ];
}

function areaSections(): string[] {
  return AREAS.flatMap(({ area, ru, en }) => {
    const entries = catalogue.filter((entry) => entry.area === area);
    if (entries.length === 0) return [];
    return [`## ${ru} · ${en}`, '', ...entries.flatMap(section)];
  });
}

function section(entry: ErrorEntry): string[] {
  const guide = entry.guideEntries.length > 0 ? entry.guideEntries.map((n) => `#${n}`).join(', ') : '—';
  return [
    `### \`${entry.code}\``,
    '',
    `**Что вы видите.** ${seen(entry, '«', '»')}  `,
    `**Что это значит.** ${entry.message.ru}  `,
    `**Что делать.** ${entry.remedy.ru}  `,
    `**Повтор.** ${capitalise(describeRetry(entry.retry, 'ru'))}.`,
    '',
    `_English._ **You see:** ${seen(entry, '"', '"')}. **Meaning:** ${entry.message.en} **What to do:** ${entry.remedy.en} **Retry:** ${describeRetry(entry.retry, 'en')}.`,
    '',
    ...markdownTable(
      [{ header: 'Для разработчиков · For developers' }, { header: '' }],
      [
        ['Code', `\`${entry.code}\``],
        ['Wire', wireCell(entry)],
        ['Retry policy', `\`${JSON.stringify(entry.retry)}\``],
        ['Recognised by', recognisedBy(entry)],
        ['Guide entries', guide],
        ['Developer remedy', developerRemedy(entry.code)],
      ],
    ),
    '',
  ];
}

/** The app's text in quotes; an advisory entry's text describes a situation and stays unquoted. */
function seen(entry: ErrorEntry, open: string, close: string): string {
  return entry.wire.kind === 'advisory' ? entry.appText : `${open}${entry.appText}${close}`;
}

function wireCell(entry: ErrorEntry): string {
  return entry.wire.kind === 'http'
    ? `${describeWire(entry.wire)} · body \`code: "${entry.code}"\``
    : describeWire(entry.wire);
}

function recognisedBy(entry: ErrorEntry): string {
  const ways: string[] = [];
  if (entry.wire.kind === 'http') ways.push(`body \`code: "${entry.code}"\``);
  const appTextIsMatched = entry.matchers.some(
    (matcher) => typeof matcher === 'string' && sameText(matcher, entry.appText),
  );
  if (statusInText(entry.appText) === undefined && !appTextIsMatched) {
    ways.push(`the exact text ${quoteText(entry.appText)}`);
  }
  if (entry.matchers.length > 0)
    ways.push(`a text containing ${entry.matchers.map(quoteMatcher).join(', ')}`);
  const statuses = statusWays(entry);
  if (statuses.length > 0) ways.push(`a bare ${statuses.join(', ')} (given, or named in a text)`);
  return ways.length > 0 ? ways.join('; ') : 'nothing on the wire: the app or the SDK names it';
}

function statusWays(entry: ErrorEntry): string[] {
  return Object.entries(STATUS_RULES).flatMap(([status, rule]) => {
    const at = Object.entries(rule.at ?? {})
      .filter(([, code]) => code === entry.code)
      .map(([operation]) => `\`${operation}\``);
    const ways = at.length > 0 ? [`HTTP ${status} at ${at.join(', ')}`] : [];
    return rule.otherwise === entry.code
      ? [`HTTP ${status}${ways.length > 0 ? ' elsewhere' : ''}`, ...ways]
      : ways;
  });
}

function quoteMatcher(matcher: TextMatcher): string {
  return typeof matcher === 'string' ? quoteText(matcher) : `\`${String(matcher)}\``;
}

function quoteText(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
