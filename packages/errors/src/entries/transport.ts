import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const LOG_OUT_AND_IN_RU = 'Если не получается, нажмите «Выйти из аккаунта» и зайдите заново.';
const LOG_OUT_AND_IN_EN = 'If that fails, press "Log out" and log in again.';

/** Failures below HTTP (OkHttp, undici, browsers) and on the device itself. */
export const transportEntries: readonly ErrorEntry[] = [
  {
    code: Code.host_unresolved,
    guideEntries: [15],
    area: 'any',
    wire: { kind: 'transport', failure: 'dns' },
    appText: 'Ошибка запроса (Unable to resolve host "icontact.kz": No address associated with hostname)',
    matchers: [
      'Unable to resolve host',
      'No address associated with hostname',
      'UnknownHostException',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EAI_NODATA',
      'getaddrinfo',
    ],
    message: {
      ru: 'На планшете нет интернета: имя сервера не удалось найти (DNS).',
      en: "No internet on the tablet: the server's name could not be resolved (DNS).",
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'На планшете нет интернета, проверьте интернет подключение или проверьте актуальность версии приложения.',
      en: 'The tablet has no internet: check the connection, or check that the app version is current.',
    },
  },
  {
    code: Code.network_unavailable,
    guideEntries: [30],
    area: 'any',
    wire: { kind: 'transport', failure: 'offline' },
    appText: 'Ошибка запроса (проверьте интернет...)',
    matchers: [
      'проверьте интернет',
      'fetch failed',
      'Failed to fetch',
      'NetworkError when attempting to fetch resource',
      /^Load failed$/i,
      'Network request failed',
      'ENETUNREACH',
      'EHOSTUNREACH',
    ],
    message: {
      ru: 'Нет подключения к интернету.',
      en: 'No internet connection.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Ошибка запроса: проверьте интернет на планшете, при необходимости сделайте раздачу с телефона, и повторите.',
      en: "The request failed: check the tablet's internet (share it from a phone if needed) and try again.",
    },
  },
  {
    code: Code.connection_failed,
    guideEntries: [21],
    area: 'any',
    wire: { kind: 'transport', failure: 'refused' },
    appText: 'Failed to connect to icontact.kz/91.147...',
    matchers: [
      'Failed to connect to',
      'ConnectException',
      'ECONNREFUSED',
      'UND_ERR_CONNECT_TIMEOUT',
      'Connect Timeout Error',
      'connect timed out',
    ],
    message: {
      ru: 'Сервер недоступен: соединение отклонено или не установлено вовремя.',
      en: 'The server is unreachable: the connection was refused or timed out.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Проблема на стороне сервера, сделайте полное/корректное фото ошибки и отправьте вашему СВ.',
      en: 'The problem is on the server side: take a full, clear photo of the error and send it to your supervisor.',
    },
  },
  {
    code: Code.unexpected_end_of_stream,
    guideEntries: [16],
    area: 'any',
    wire: { kind: 'transport', failure: 'stream_cut' },
    appText: 'Unexpected end of stream',
    matchers: [
      'unexpected end of stream',
      'UND_ERR_SOCKET',
      'other side closed',
      /^terminated$/i,
      'ECONNRESET',
      'socket hang up',
      'Connection reset',
    ],
    message: {
      ru: 'Соединение оборвалось посреди ответа.',
      en: 'The connection was cut in the middle of the answer.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: `Проверьте подключение интернета, сделайте раздачу с телефона, если интернета нет. Нажмите на кнопку «Повторить», дождитесь загрузки. ${LOG_OUT_AND_IN_RU}`,
      en: `Check the internet connection; share it from a phone if there is none. Press "Retry" and wait for it to load. ${LOG_OUT_AND_IN_EN}`,
    },
  },
  {
    code: Code.connection_aborted,
    guideEntries: [27],
    area: 'any',
    wire: { kind: 'transport', failure: 'aborted' },
    appText: 'Software caused connection abort',
    matchers: [
      'Software caused connection abort',
      'ECONNABORTED',
      'AbortError',
      'This operation was aborted',
    ],
    message: {
      ru: 'На планшете нет интернета, поэтому запрос не ушёл.',
      en: 'The tablet has no internet, so the request never left.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'На вашем планшете нет интернета, поэтому запрос (например, на отправку смс) не уходит. Восстановите подключение и повторите.',
      en: 'Your tablet has no internet, so the request (for example, sending the SMS) does not go out. Restore the connection and try again.',
    },
  },
  {
    code: Code.too_many_follow_ups,
    guideEntries: [14],
    area: 'any',
    wire: { kind: 'transport', failure: 'follow_up_loop' },
    appText: 'Too many follow-up requests: 21',
    matchers: ['Too many follow-up requests', 'redirect count exceeded'],
    message: {
      ru: 'Сервер перегружен: приложение сделало 20 повторных запросов и сдалось.',
      en: 'The server is overloaded: the app followed 20 redirects or retries and gave up.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: `Ошибка возникает из-за большой нагрузки на сервер, попробуйте заново, нажав «Повторить». ${LOG_OUT_AND_IN_RU}`,
      en: `It comes from heavy load on the server: press "Retry". ${LOG_OUT_AND_IN_EN}`,
    },
  },
  {
    code: Code.request_timeout,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'transport', failure: 'timeout' },
    appText: 'timeout',
    matchers: [
      /^timeout$/i,
      'SocketTimeoutException',
      'Read timed out',
      'TimeoutError',
      'aborted due to timeout',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'Headers Timeout Error',
      'Body Timeout Error',
    ],
    message: {
      ru: 'Сервер не ответил вовремя.',
      en: "The server did not answer within the client's timeout.",
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Проверьте интернет и нажмите «Повторить».',
      en: 'Check the internet and press "Retry".',
    },
  },
  {
    code: Code.request_aborted,
    guideEntries: [],
    area: 'any',
    wire: { kind: 'local', failure: 'cancelled' },
    appText: 'Запрос отменён',
    matchers: [],
    message: {
      ru: 'Запрос отменён на планшете, до того как пришёл ответ.',
      en: 'The request was cancelled on the tablet before its answer came.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Действие отменено. Если оно нужно, выполните его ещё раз.',
      en: 'The action was cancelled. If it is still needed, do it again.',
    },
  },
  {
    code: Code.local_storage_full,
    guideEntries: [13],
    area: 'any',
    wire: { kind: 'local', failure: 'storage_full' },
    appText: 'Unrecoverable error. Mmap() failed: out of memory size...',
    matchers: [/mmap\(\) failed/i, 'out of memory size'],
    message: {
      ru: 'Память приложения на планшете переполнена.',
      en: "The app's local storage on the tablet is full.",
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'В приложении переполнена память, ее необходимо очистить: Настройки – Приложения – iContact – Хранилище – Очистить данные. Перед этим завершите синхронизацию: несинхронизированные данные пропадут.',
      en: "The app's memory is full and must be cleared: Settings – Apps – iContact – Storage – Clear data. Finish the sync first: unsynced work is lost.",
    },
  },
  {
    code: Code.local_step_out_of_order,
    guideEntries: [24],
    area: 'contact',
    wire: { kind: 'local', failure: 'step_order' },
    appText: 'Нельзя вернуться на предыдущий шаг контакта',
    matchers: [],
    message: {
      ru: 'Регистрация контакта идёт только вперёд: вернуться на предыдущий шаг нельзя.',
      en: 'Registering a contact only moves forward: there is no way back to a previous step.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Нажмите кнопку «Отказ» и возвращайтесь на основной экран смены, после этого начните заново. Нажимать кнопку «Назад» не нужно, вы не сможете вернуться на предыдущий экран.',
      en: 'Press "Отказ" (refuse), go back to the shift\'s home screen and start a new contact. Do not press "Back": you cannot return to the previous screen.',
    },
  },
];
