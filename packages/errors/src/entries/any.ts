import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const PHOTO_TO_SUPERVISOR_RU =
  'Сделайте полное, ровное фото экрана. Проследите, чтобы ничего не отсвечивало и был виден номер смены и версия приложения. Отправьте фото вашему СВ и попросите его помочь вам. Кривые, некачественные фотографии не принимаются для исправления ошибок.';
const PHOTO_TO_SUPERVISOR_EN =
  'Take a full, straight photo of the screen with no glare, showing the shift number and the app version, send it to your supervisor and ask for help. Crooked or blurry photos are not accepted.';

/** Errors that can come from any request: server faults, protocol errors, authentication. */
export const anyEntries: readonly ErrorEntry[] = [
  {
    code: Code.unknown_error,
    guideEntries: [1],
    area: 'any',
    wire: { kind: 'advisory' },
    appText: 'Ошибка, которой нет в гайде',
    matchers: [],
    message: {
      ru: 'Ошибка, которой нет в гайде: приложение или сервер ответили так, как не описано.',
      en: 'An error the guide does not list: the app or the server answered in a way nobody documented.',
    },
    retry: { when: 'after_supervisor' },
    remedy: { ru: PHOTO_TO_SUPERVISOR_RU, en: PHOTO_TO_SUPERVISOR_EN },
  },
  {
    code: Code.internal_server_error,
    guideEntries: [10],
    area: 'any',
    wire: { kind: 'http', status: 500 },
    appText: 'HTTP 500 Internal Server Error',
    matchers: [],
    message: {
      ru: 'Внутренняя ошибка сервера.',
      en: 'The server failed while handling the request.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Проверьте корректность работы интернета, в крайнем случае перезагрузите планшет.',
      en: 'Check that the internet works; as a last resort, restart the tablet.',
    },
  },
  {
    code: Code.bad_gateway,
    guideEntries: [22],
    area: 'any',
    wire: { kind: 'http', status: 502 },
    appText: '502 Bad Gateway',
    matchers: [],
    message: {
      ru: 'Проблема на стороне сервера: шлюз не получил ответа от приложения сервера.',
      en: 'A server-side problem: the gateway got no valid answer from the application server.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Проблема на стороне сервера, сделайте полное/корректное фото ошибки и отправьте вашему СВ.',
      en: 'The problem is on the server side: take a full, clear photo of the error and send it to your supervisor.',
    },
  },
  {
    code: Code.service_unavailable,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 503, retryAfter: 60 },
    appText: 'HTTP 503 Service Unavailable',
    matchers: [],
    message: {
      ru: 'Сервер временно недоступен.',
      en: 'The backend is temporarily unavailable.',
    },
    retry: { when: 'after', seconds: 60 },
    remedy: {
      ru: 'Подождите минуту и попробуйте снова. Если ошибка не проходит, отправьте отчёт об ошибке вашему СВ.',
      en: 'Wait a minute and try again. If it persists, send the error report to your supervisor.',
    },
  },
  {
    code: Code.app_version_outdated,
    guideEntries: [18],
    area: 'any',
    wire: { kind: 'http', status: 426 },
    appText: 'У вас старая версия приложения, проверьте актуальность версии',
    matchers: ['У вас старая версия приложения'],
    message: {
      ru: 'Версия приложения ниже минимальной поддерживаемой.',
      en: 'The app version is below the minimum the server supports.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Обновите приложение до актуальной версии и войдите снова.',
      en: 'Update the app to the current version and log in again.',
    },
  },
  {
    code: Code.access_closed,
    guideEntries: [11],
    area: 'login',
    wire: { kind: 'http', status: 403 },
    appText: 'Доступ закрыт',
    matchers: ['Доступ закрыт'],
    message: {
      ru: 'МК может работать только через приложение на планшете.',
      en: 'A consultant may work only through the app on the tablet.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Если вы пытаетесь зайти через браузер – такая ошибка выйдет в любом случае, потому что МК могут работать только через приложение. Если вы сбросили пароль, то после смены пароля по ссылке зайдите с новым паролем в приложении на планшете.',
      en: 'Logging in from a browser always ends here: consultants can work only through the app. If you have just reset your password, log in with the new password in the app on the tablet.',
    },
  },
  {
    code: Code.rate_limited,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 429, retryAfter: 60 },
    appText: 'Request was throttled. Expected available in 60 seconds.',
    matchers: [/Request was throttled/i],
    message: {
      ru: 'Слишком много запросов: сервер просит подождать.',
      en: 'Too many requests: the server asks the client to wait.',
    },
    retry: { when: 'after', seconds: 60 },
    remedy: {
      ru: 'Подождите указанное время и попробуйте снова.',
      en: 'Wait for the time shown and try again.',
    },
  },
  {
    code: Code.validation_failed,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 400 },
    appText: 'Проверьте введённые данные',
    matchers: [],
    message: {
      ru: 'Данные запроса не прошли проверку.',
      en: 'The request data failed validation.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Проверьте поля, отмеченные приложением, исправьте их и отправьте снова.',
      en: 'Check the fields the app marks, correct them and send again.',
    },
  },
  {
    code: Code.malformed_json,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 400 },
    appText: 'JSON parse error',
    matchers: [/^JSON parse error/i],
    message: {
      ru: 'Тело запроса не является корректным JSON.',
      en: 'The request body is not valid JSON.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Ошибка приложения: отправьте отчёт об ошибке вашему СВ.',
      en: 'An app bug: send the error report to your supervisor.',
    },
  },
  {
    code: Code.unsupported_media_type,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 415 },
    appText: 'Unsupported media type in request.',
    matchers: [/^Unsupported media type/i],
    message: {
      ru: 'Сервер не принимает такой тип содержимого запроса.',
      en: "The server does not accept the request body's media type.",
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Ошибка приложения: отправьте отчёт об ошибке вашему СВ.',
      en: 'An app bug: send the error report to your supervisor.',
    },
  },
  {
    code: Code.payload_too_large,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 413 },
    appText: 'Request Entity Too Large',
    matchers: [],
    message: {
      ru: 'Запрос слишком большой.',
      en: 'The request body is too large.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Ошибка приложения: отправьте отчёт об ошибке вашему СВ.',
      en: 'An app bug: send the error report to your supervisor.',
    },
  },
  {
    code: Code.not_found,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 404 },
    appText: 'Not found.',
    matchers: [/^Not found\.?$/i, /^Страница не найдена\.?$/i],
    message: {
      ru: 'Такого адреса или объекта нет.',
      en: 'No such route or resource.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Вернитесь на основной экран и обновите данные. Если ошибка повторяется, отправьте отчёт об ошибке вашему СВ.',
      en: 'Go back to the home screen and refresh. If it happens again, send the error report to your supervisor.',
    },
  },
  {
    code: Code.method_not_allowed,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 405 },
    appText: 'Method not allowed.',
    matchers: [/^Method "?[A-Z]+"? not allowed/i],
    message: {
      ru: 'Этот метод HTTP не поддерживается по этому адресу.',
      en: 'The HTTP method is not allowed on this route.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Ошибка приложения: отправьте отчёт об ошибке вашему СВ.',
      en: 'An app bug: send the error report to your supervisor.',
    },
  },
  {
    code: Code.idempotency_key_reused,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 422 },
    appText: 'Idempotency-Key was already used with a different request.',
    matchers: [],
    message: {
      ru: 'Ключ идемпотентности уже использован для другого запроса.',
      en: 'The Idempotency-Key was already used with a different request body.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Ошибка приложения: отправьте отчёт об ошибке вашему СВ.',
      en: 'An app bug: send the error report to your supervisor.',
    },
  },
  {
    code: Code.idempotency_request_in_progress,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 409 },
    appText: 'A request with this Idempotency-Key is still in progress.',
    matchers: [],
    message: {
      ru: 'Запрос с тем же ключом ещё выполняется.',
      en: 'A request with the same Idempotency-Key is still being processed.',
    },
    retry: { when: 'after', seconds: 1 },
    remedy: {
      ru: 'Подождите несколько секунд: запрос ещё выполняется.',
      en: 'Wait a few seconds: the request is still being processed.',
    },
  },
  {
    code: Code.authentication_required,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 401 },
    appText: 'Authentication credentials were not provided.',
    matchers: ['Authentication credentials were not provided', 'Учетные данные не были предоставлены'],
    message: {
      ru: 'Запрос без входа в систему.',
      en: 'The request carries no access token.',
    },
    retry: { when: 'after_login' },
    remedy: {
      ru: 'Войдите в приложение заново.',
      en: 'Log in to the app again.',
    },
  },
  {
    code: Code.token_not_valid,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 401 },
    appText: 'Given token not valid for any token type',
    matchers: [
      'Given token not valid for any token type',
      'Token is invalid',
      'Token is expired',
      'Token is blacklisted',
    ],
    message: {
      ru: 'Сессия истекла или недействительна.',
      en: 'The token is invalid, expired, revoked or forged.',
    },
    retry: { when: 'after_login' },
    remedy: {
      ru: 'Нажмите «Выйти из аккаунта» и войдите заново.',
      en: 'Press "Log out" and log in again.',
    },
  },
  {
    code: Code.permission_denied,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'http', status: 403 },
    appText: 'You do not have permission to perform this action.',
    matchers: [
      'You do not have permission to perform this action',
      'У вас нет прав для выполнения этой операции',
    ],
    message: {
      ru: 'У вашей роли нет прав на это действие или объект чужой.',
      en: 'The role may not do this, or the resource belongs to someone else.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Это действие вам недоступно. Если оно нужно для работы, обратитесь к вашему СВ.',
      en: 'This action is not available to you. If your work needs it, ask your supervisor.',
    },
  },
];
