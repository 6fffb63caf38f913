import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const KOMPRA_DOWN_RU =
  'Проверьте корректность внесенных данных. Если все корректно, значит проблема на стороне гос. сервиса KOMPRA, который делает проверку ИИН. Подождите и попробуйте заново через 5-10 минут.';
const KOMPRA_DOWN_EN =
  'Check the data you entered. If it is right, the problem is on the side of KOMPRA, the service that checks IINs: wait 5–10 minutes and try again.';
const FIX_IIN_RU = 'ИИН введен некорректно, исправьте вводимые данные и попробуйте заново.';
const FIX_IIN_EN = 'The IIN was entered incorrectly: correct it and try again.';

/** Errors of the ИИН check through KOMPRA (R13, R15). */
export const iinEntries: readonly ErrorEntry[] = [
  {
    code: Code.iin_invalid,
    guideEntries: [31],
    area: 'iin',
    wire: { kind: 'http', status: 422 },
    appText: 'ИИН введен некорректно',
    matchers: ['ИИН введен некорректно', 'ИИН введён некорректно'],
    message: {
      ru: 'ИИН неверный: нужно 12 цифр с верной датой рождения и контрольной цифрой.',
      en: 'The IIN is malformed: it needs 12 digits with a real birth date and a valid check digit.',
    },
    retry: { when: 'never' },
    remedy: { ru: FIX_IIN_RU, en: FIX_IIN_EN },
  },
  {
    code: Code.iin_malformed_server_error,
    guideEntries: [31],
    area: 'iin',
    wire: { kind: 'http', status: 500 },
    appText: 'Ошибка запроса (HTTP 500 Internal Server Error)',
    matchers: [],
    message: {
      ru: 'Ошибка сервера при проверке ИИН: так настоящий сервер отвечает на неверный ИИН.',
      en: 'A server error at the IIN check: what the real backend answers to a malformed IIN.',
    },
    retry: { when: 'never' },
    remedy: { ru: FIX_IIN_RU, en: FIX_IIN_EN },
  },
  {
    code: Code.kompra_unavailable,
    guideEntries: [29],
    area: 'iin',
    wire: { kind: 'http', status: 503, retryAfter: 300 },
    appText: 'Сервис проверки ИИН (KOMPRA) временно недоступен',
    matchers: [],
    message: {
      ru: 'Сервис KOMPRA, который проверяет ИИН, не отвечает: данные могут быть верными.',
      en: 'KOMPRA, the service that verifies IINs, is down: the data may well be right.',
    },
    retry: { when: 'after', seconds: 300 },
    remedy: { ru: KOMPRA_DOWN_RU, en: KOMPRA_DOWN_EN },
  },
  {
    code: Code.kompra_timeout,
    guideEntries: [29],
    area: 'iin',
    wire: { kind: 'http', status: 504, retryAfter: 300 },
    appText: 'Сервис проверки ИИН (KOMPRA) не ответил вовремя',
    matchers: [],
    message: {
      ru: 'Сервис KOMPRA не ответил за 5 секунд: данные могут быть верными.',
      en: 'KOMPRA did not answer within 5 seconds: the data may well be right.',
    },
    retry: { when: 'after', seconds: 300 },
    remedy: { ru: KOMPRA_DOWN_RU, en: KOMPRA_DOWN_EN },
  },
];
