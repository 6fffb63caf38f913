import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const CHECK_BEFORE_RESEND_RU =
  'Проверьте корректность набранного номера. Попросите клиента проверить наличие мобильной сети и проверьте наличие интернет-соединения на планшете. Убедитесь, что все работает корректно, и только после этого отправляйте смс повторно. Помните: на один номер можно отправить только 3 смс в месяц.';
const CHECK_BEFORE_RESEND_EN =
  "Check the number you typed. Ask the consumer to check they have mobile network, and check the tablet's internet. Only when all of it works, send the SMS again. Remember: one number can receive only 3 SMS a month.";

/** Errors of the consumer's SMS confirmation (R16, R17). */
export const smsEntries: readonly ErrorEntry[] = [
  {
    code: Code.sms_quota_exceeded,
    guideEntries: [25],
    area: 'sms',
    wire: { kind: 'http', status: 429 },
    appText: 'Превышено количество попыток отправки на один номер',
    matchers: ['Превышено количество попыток отправки на один номер'],
    message: {
      ru: 'На этот номер в этом месяце уже отправлено 3 смс: лимит исчерпан.',
      en: 'This number already received its 3 SMS this month: the quota is used up.',
    },
    retry: { when: 'next_month' },
    remedy: {
      ru: 'Данный номер телефона больше не может участвовать в регистрации в этом месяце. Лимит – 3 смс на один номер телефона в месяц.',
      en: 'This phone number cannot take part in registration again this month. The limit is 3 SMS per phone number per month.',
    },
  },
  {
    code: Code.sms_gateway_unavailable,
    guideEntries: [26],
    area: 'sms',
    wire: { kind: 'http', status: 503, retryAfter: 300 },
    appText: 'HTTP 503 Service Unavailable',
    matchers: [],
    message: {
      ru: 'Сервис по отправке смс не отвечает. Попытка всё равно засчитана в лимит номера.',
      en: "The SMS gateway is not answering. The attempt still counts toward the number's quota.",
    },
    retry: { when: 'after', seconds: 300 },
    remedy: {
      ru: 'Сервис по отправке смс не отвечает, подождите 5-10 минут и попробуйте позже. Будьте аккуратны, так как на один номер можно отправить только 3 смс.',
      en: 'The SMS service is not answering: wait 5–10 minutes and try again. Be careful: one number can receive only 3 SMS.',
    },
  },
  {
    code: Code.sms_code_invalid,
    guideEntries: [28],
    area: 'sms',
    wire: { kind: 'http', status: 422 },
    appText: 'Неверный код из смс',
    matchers: ['Неверный код'],
    message: {
      ru: 'Код из смс введён неверно.',
      en: 'The SMS code is wrong.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Попросите клиента ещё раз прочитать код из смс и введите его внимательно. Всего есть 3 попытки.',
      en: 'Ask the consumer to read the SMS code again and type it carefully. There are 3 tries in all.',
    },
  },
  {
    code: Code.sms_code_expired,
    guideEntries: [28],
    area: 'sms',
    wire: { kind: 'http', status: 410 },
    appText: 'Срок действия кода истёк',
    matchers: ['Срок действия кода ист'],
    message: {
      ru: 'Код из смс устарел: он действует 5 минут.',
      en: 'The SMS code has expired: it lives 5 minutes.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: CHECK_BEFORE_RESEND_RU,
      en: CHECK_BEFORE_RESEND_EN,
    },
  },
  {
    code: Code.sms_code_attempts_exceeded,
    guideEntries: [28],
    area: 'sms',
    wire: { kind: 'http', status: 429 },
    appText: 'Превышено количество попыток ввода кода',
    matchers: ['попыток ввода кода'],
    message: {
      ru: 'Код введён неверно 3 раза: этот код больше не действует.',
      en: 'The code was entered wrongly 3 times: it no longer works.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: CHECK_BEFORE_RESEND_RU,
      en: CHECK_BEFORE_RESEND_EN,
    },
  },
  {
    code: Code.sms_not_delivered,
    guideEntries: [28],
    area: 'sms',
    wire: { kind: 'advisory' },
    appText: 'Клиенту не приходит СМС код подтверждения',
    matchers: [],
    message: {
      ru: 'Клиенту не приходит код: неверный номер, нет мобильной сети у клиента или нет интернета на планшете.',
      en: 'The consumer gets no code: a wrong number, no mobile network on their side, or no internet on the tablet.',
    },
    retry: { when: 'now' },
    remedy: { ru: CHECK_BEFORE_RESEND_RU, en: CHECK_BEFORE_RESEND_EN },
  },
];
