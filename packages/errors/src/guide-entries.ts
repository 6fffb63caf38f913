import type { LocalizedText } from './entry.js';

/** One of the 31 errors the consultants' guide documents (table in shared/domain.md). */
export interface GuideEntry {
  /** The entry's number, 1–31, in the guide's order. */
  readonly number: number;
  /** Where in the work the guide places it. */
  readonly where: LocalizedText;
  /** What the consultant sees, as the guide puts it. */
  readonly seen: LocalizedText;
}

/** The 31 errors of the consultants' guide, in its order. */
export const GUIDE_ENTRIES: readonly GuideEntry[] = Object.freeze([
  entry(1, ['любая', 'any'], ['Ошибка, которой нет в гайде', 'An error the guide does not list']),
  entry(
    2,
    ['смена', 'shift'],
    [
      'Не те активности или неверное название проекта в смене',
      'Wrong activities or project name in the shift',
    ],
  ),
  entry(
    3,
    ['вход', 'login'],
    [
      '«Учетная запись временно деактивирована до начала следующей смены»',
      '"Учетная запись временно деактивирована до начала следующей смены" (account deactivated until the next shift)',
    ],
  ),
  entry(
    4,
    ['вход / работа', 'login / work'],
    [
      '«Работа разрешена только во время смены.»',
      '"Работа разрешена только во время смены." (work is allowed only during the shift)',
    ],
  ),
  entry(
    5,
    ['вход', 'login'],
    [
      '«No active account found with the given credentials»',
      '"No active account found with the given credentials"',
    ],
  ),
  entry(
    6,
    ['вход', 'login'],
    ['«Неверная пара логин или пароль»', '"Неверная пара логин или пароль" (wrong login/password pair)'],
  ),
  entry(7, ['вход', 'login'], ['«Too many failed login attempts»', '"Too many failed login attempts"']),
  entry(8, ['вход', 'login'], ['Ошибка 403', 'HTTP 403']),
  entry(9, ['вход', 'login'], ['Ошибка 410', 'HTTP 410']),
  entry(10, ['вход', 'login'], ['HTTP 500 Internal Server Error', 'HTTP 500 Internal Server Error']),
  entry(11, ['вход', 'login'], ['«Доступ закрыт»', '"Доступ закрыт" (access closed)']),
  entry(
    12,
    ['сброс пароля', 'password reset'],
    ['«Укажите валидный email»', '"Укажите валидный email" (enter a valid email)'],
  ),
  entry(
    13,
    ['работа', 'work'],
    [
      '«Unrecoverable error. Mmap() failed: out of memory size…»',
      '"Unrecoverable error. Mmap() failed: out of memory size…"',
    ],
  ),
  entry(14, ['работа', 'work'], ['«Too many follow-up requests: 21»', '"Too many follow-up requests: 21"']),
  entry(
    15,
    ['работа', 'work'],
    [
      '«Ошибка запроса (Unable to resolve host "icontact.kz": No address associated with hostname)»',
      '"Ошибка запроса (Unable to resolve host "icontact.kz": No address associated with hostname)"',
    ],
  ),
  entry(16, ['работа', 'work'], ['«Unexpected end of stream»', '"Unexpected end of stream"']),
  entry(
    17,
    ['завершение смены', 'shift close'],
    ['«Ошибка при завершении смены»', '"Ошибка при завершении смены" (error while closing the shift)'],
  ),
  entry(
    18,
    ['работа', 'work'],
    [
      '«У вас старая версия приложения, проверьте актуальность версии»',
      '"У вас старая версия приложения, проверьте актуальность версии" (outdated app version)',
    ],
  ),
  entry(19, ['синхронизация', 'sync'], ['400 ошибка', 'HTTP 400 at sync']),
  entry(20, ['синхронизация', 'sync'], ['101 ошибка', '"101 ошибка" (app-level error 101)']),
  entry(
    21,
    ['работа', 'work'],
    ['«Failed to connect to icontact.kz/91.147…»', '"Failed to connect to icontact.kz/91.147…"'],
  ),
  entry(22, ['работа', 'work'], ['502 Bad Gateway', 'HTTP 502 Bad Gateway']),
  entry(
    23,
    ['смены', 'shifts'],
    [
      'Не отображается смена / не удается загрузить смены / смена удалена',
      'Shift missing, shifts cannot be loaded, or shift deleted',
    ],
  ),
  entry(
    24,
    ['контакт', 'contact'],
    ['Допущена ошибка при заведении контакта', 'A mistake while registering a contact'],
  ),
  entry(
    25,
    ['СМС', 'SMS'],
    [
      '«Превышено количество попыток отправки на один номер»',
      '"Превышено количество попыток отправки на один номер" (too many sends to one number)',
    ],
  ),
  entry(26, ['СМС', 'SMS'], ['HTTP 503 Service Unavailable', 'HTTP 503 Service Unavailable']),
  entry(27, ['СМС', 'SMS'], ['«Software caused connection abort»', '"Software caused connection abort"']),
  entry(
    28,
    ['СМС', 'SMS'],
    ['Клиенту не приходит СМС код подтверждения', 'The consumer gets no confirmation code'],
  ),
  entry(
    29,
    ['ИИН', 'IIN'],
    ['Проверка ИИН не проходит, хотя данные верны', 'The IIN check fails although the data are right'],
  ),
  entry(
    30,
    ['ИИН', 'IIN'],
    ['«Ошибка запроса (проверьте интернет…)»', '"Ошибка запроса (проверьте интернет…)" (check the internet)'],
  ),
  entry(
    31,
    ['ИИН', 'IIN'],
    [
      '«Ошибка запроса (HTTP 500 Internal Server Error)» при проверке ИИН',
      '"Ошибка запроса (HTTP 500 Internal Server Error)" at the IIN check',
    ],
  ),
]);

function entry(
  number: number,
  [whereRu, whereEn]: readonly [string, string],
  [seenRu, seenEn]: readonly [string, string],
): GuideEntry {
  return Object.freeze({ number, where: { ru: whereRu, en: whereEn }, seen: { ru: seenRu, en: seenEn } });
}
