import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const CHECK_CREDENTIALS_RU =
  'Проверьте правильность занесенных данных: логин должен быть написан только маленькими буквами. Будьте внимательны, у логина и пароля пробелов в начале или в конце быть не должно. Если так и не получается – нажмите на кнопку «сбросить пароль» и пройдите по ссылке, которая пришла к вам на почту. Пройдя по ссылке – поменяйте пароль и зайдите на планшете в свою учетную запись, используя новый пароль.';
const CHECK_CREDENTIALS_EN =
  'Check what you typed: the login is lowercase only, and neither login nor password may have spaces at the start or end. If it still fails, press "Reset password", open the link sent to your email, set a new password, then log in on the tablet with it.';

/** Errors of logging in and of the password reset (R1–R7). */
export const loginEntries: readonly ErrorEntry[] = [
  {
    code: Code.login_before_shift_window,
    guideEntries: [3],
    area: 'login',
    wire: { kind: 'http', status: 403 },
    appText: 'Учетная запись временно деактивирована до начала следующей смены',
    matchers: ['Учетная запись временно деактивирована до начала следующей смены'],
    message: {
      ru: 'До начала смены больше 15 минут: вход ещё закрыт. Это не ошибка.',
      en: 'The shift starts in more than 15 minutes, so login is not open yet. This is not an error.',
    },
    retry: { when: 'shift_window' },
    remedy: {
      ru: 'Вы можете залогиниться в программе только за 15 минут до начала смены. Данное сообщение не является ошибкой.',
      en: 'You can log in only from 15 minutes before your shift starts. This message is not an error.',
    },
  },
  {
    code: Code.outside_shift,
    guideEntries: [4],
    area: 'login',
    wire: { kind: 'http', status: 403 },
    appText: 'Работа разрешена только во время смены.',
    matchers: ['Работа разрешена только во время смены'],
    message: {
      ru: 'Вход и работа разрешены только во время смены (и за 15 минут до её начала).',
      en: 'Logging in and working are allowed only during the shift (and from 15 minutes before it).',
    },
    retry: { when: 'shift_window' },
    remedy: {
      ru: 'Вы можете залогиниться в программе только за 15 минут до начала смены. Данное сообщение не является ошибкой, вам необходимо повторить попытку входа за 15 минут до начала смены.',
      en: 'You can log in only from 15 minutes before your shift starts. This message is not an error: try again from 15 minutes before the shift.',
    },
  },
  {
    code: Code.no_active_account,
    guideEntries: [5],
    area: 'login',
    wire: { kind: 'http', status: 401 },
    appText: 'No active account found with the given credentials',
    matchers: [
      'No active account found with the given credentials',
      'Активная учетная запись с указанными учетными данными не найдена',
    ],
    message: {
      ru: 'Активная учетная запись с указанными учетными данными не найдена.',
      en: 'No active account has this login and password.',
    },
    retry: { when: 'never' },
    remedy: { ru: CHECK_CREDENTIALS_RU, en: CHECK_CREDENTIALS_EN },
  },
  {
    code: Code.invalid_credentials,
    guideEntries: [6],
    area: 'login',
    wire: { kind: 'http', status: 401 },
    appText: 'Неверная пара логин или пароль',
    matchers: ['Неверная пара логин или пароль'],
    message: {
      ru: 'Логин или пароль неверны.',
      en: 'The login or the password is wrong.',
    },
    retry: { when: 'never' },
    remedy: { ru: CHECK_CREDENTIALS_RU, en: CHECK_CREDENTIALS_EN },
  },
  {
    code: Code.too_many_login_attempts,
    guideEntries: [7],
    area: 'login',
    wire: { kind: 'http', status: 429, retryAfter: 600 },
    appText: 'Too many failed login attempts',
    matchers: ['Too many failed login attempts', 'Слишком много неудачных попыток входа'],
    message: {
      ru: 'Слишком много неудачных попыток входа: учетная запись заблокирована на 10 минут.',
      en: 'Too many failed login attempts: the account is locked for 10 minutes.',
    },
    retry: { when: 'after', seconds: 600 },
    remedy: {
      ru: 'Слишком много раз вводили неверные данные от своей учетной записи. Сбросьте пароль и пройдите по ссылке, которая пришла к вам на почту. Пройдя по ссылке – поменяйте пароль и зайдите на планшете в свою учетную запись, используя новый пароль.',
      en: 'You entered wrong credentials too many times. Reset your password with the link sent to your email, set a new password, then log in on the tablet with it.',
    },
  },
  {
    code: Code.account_locked,
    guideEntries: [8],
    area: 'login',
    wire: { kind: 'http', status: 403, retryAfter: 600 },
    appText: 'Ошибка 403',
    matchers: [],
    message: {
      ru: 'Аккаунт заблокирован из-за превышения числа попыток авторизации.',
      en: 'The account is locked after too many failed login attempts.',
    },
    retry: { when: 'after', seconds: 600 },
    remedy: {
      ru: 'Ваш аккаунт был заблокирован из-за превышения числа попыток авторизации (вы много раз вводили неправильно логин и пароль). Убедитесь, что вы вводите верный логин и пароль, подождите 10-15 минут и попробуйте заново.',
      en: 'Your account was locked because of too many login attempts with a wrong login or password. Make sure they are right, wait 10–15 minutes and try again.',
    },
  },
  {
    code: Code.account_deleted,
    guideEntries: [9],
    area: 'login',
    wire: { kind: 'http', status: 410 },
    appText: 'Ошибка 410',
    matchers: [],
    message: {
      ru: 'Аккаунт был удалён.',
      en: 'The account was deleted.',
    },
    retry: { when: 'after_supervisor' },
    remedy: {
      ru: 'Ваш аккаунт был удален, обратитесь к СВ или представителю агентства для создания запроса на восстановление аккаунта или для понимания дальнейших действий.',
      en: 'Your account was deleted. Ask your supervisor or the agency to file a request to restore it, or to tell you what to do next.',
    },
  },
  {
    code: Code.invalid_email,
    guideEntries: [12],
    area: 'reset',
    wire: { kind: 'http', status: 400 },
    appText: 'Укажите валидный email',
    matchers: ['Укажите валидный email', 'Enter a valid email address'],
    message: {
      ru: 'Адрес эл. почты указан неверно.',
      en: 'The email address is not valid.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Вы неверно вводите вашу эл. почту, проверьте данные после «@». После/до логина может быть пробел – удалите его.',
      en: 'The email address is wrong: check what comes after "@", and remove any space before or after it.',
    },
  },
  {
    code: Code.password_reset_token_invalid,
    guideEntries: [],
    area: 'reset',
    wire: { kind: 'http', status: 400 },
    appText: 'Ссылка для сброса пароля недействительна или устарела',
    matchers: ['Ссылка для сброса пароля недействительна'],
    message: {
      ru: 'Ссылка для сброса пароля неизвестна, уже использована или устарела (она действует 60 минут).',
      en: 'The reset link is unknown, already used or expired (it lasts 60 minutes).',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Запросите сброс пароля ещё раз и пройдите по новой ссылке из письма в течение часа.',
      en: 'Ask for a password reset again and open the new link from the email within an hour.',
    },
  },
  {
    code: Code.password_too_weak,
    guideEntries: [],
    area: 'reset',
    wire: { kind: 'http', status: 400 },
    appText: 'Пароль не подходит: 8–128 символов, без пробелов в начале и в конце, не только цифры',
    matchers: ['Пароль не подходит'],
    message: {
      ru: 'Новый пароль не подходит: нужно 8–128 символов, без пробелов в начале и в конце, не только цифры.',
      en: 'The new password is refused: it needs 8–128 characters, no spaces at either end, and not only digits.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Придумайте другой пароль: 8–128 символов, без пробелов в начале и в конце, не только из цифр.',
      en: 'Choose another password: 8–128 characters, no spaces at either end, not only digits.',
    },
  },
  {
    code: Code.credentials_have_spaces,
    guideEntries: [5, 6],
    area: 'login',
    wire: { kind: 'local', failure: 'input' },
    appText: 'Логин или пароль начинается или заканчивается пробелом',
    matchers: [],
    message: {
      ru: 'В начале или в конце логина или пароля есть пробел.',
      en: 'The login or the password starts or ends with a space.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Будьте внимательны, у логина и пароля пробелов в начале или в конце быть не должно. Логин пишется только маленькими буквами.',
      en: 'Neither login nor password may have spaces at the start or end. The login is lowercase only.',
    },
  },
];
