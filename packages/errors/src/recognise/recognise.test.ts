import { expect, it } from 'vitest';
import { Code } from '../code.js';
import { type Recognition, recognise, type SeenFailure } from './recognise.js';

const cases: readonly [string, SeenFailure, Recognition][] = [
  // ── a body code of ours wins ──
  [
    'our body code, over a text that means something else',
    {
      status: 403,
      body: { code: 'account_locked', detail: 'No active account found with the given credentials' },
    },
    { code: Code.account_locked, by: 'body_code' },
  ],
  [
    "SimpleJWT's bad token with its own code",
    { status: 401, body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' } },
    { code: Code.token_not_valid, by: 'body_code' },
  ],
  [
    "DRF's default code for a missing token",
    {
      status: 401,
      body: { detail: 'Authentication credentials were not provided.', code: 'not_authenticated' },
    },
    { code: Code.authentication_required, by: 'body_code' },
  ],
  [
    'our body code with its retryAfter',
    { status: 403, body: { code: 'account_locked', retryAfter: 540 } },
    { code: Code.account_locked, by: 'body_code', retryAfter: 540 },
  ],
  // ── then the text ──
  [
    "SimpleJWT's bare login failure",
    { status: 401, body: { detail: 'No active account found with the given credentials' } },
    { code: Code.no_active_account, by: 'text' },
  ],
  [
    "DRF's throttling, with the seconds read from its text",
    { status: 429, body: { detail: 'Request was throttled. Expected available in 12 seconds.' } },
    { code: Code.rate_limited, by: 'text', retryAfter: 12 },
  ],
  [
    'the Retry-After header over the seconds in the text',
    {
      status: 429,
      retryAfter: '30',
      body: { detail: 'Request was throttled. Expected available in 12 seconds.' },
    },
    { code: Code.rate_limited, by: 'text', retryAfter: 30 },
  ],
  [
    'a text over a status that would mean something else',
    { status: 403, body: { detail: 'Доступ закрыт' }, operation: 'obtainToken' },
    { code: Code.access_closed, by: 'text' },
  ],
  [
    'a login before the window',
    { status: 403, body: { detail: 'Учетная запись временно деактивирована до начала следующей смены' } },
    { code: Code.login_before_shift_window, by: 'text' },
  ],
  [
    'the wrong login/password pair',
    { status: 401, body: { detail: 'Неверная пара логин или пароль' } },
    { code: Code.invalid_credentials, by: 'text' },
  ],
  [
    'too many failed login attempts',
    { status: 429, body: { detail: 'Too many failed login attempts' } },
    { code: Code.too_many_login_attempts, by: 'text' },
  ],
  [
    'a DRF serializer error on the email field',
    { status: 400, body: { email: ['Укажите валидный email'] } },
    { code: Code.invalid_email, by: 'text' },
  ],
  [
    'the SMS quota',
    { status: 429, body: { detail: 'Превышено количество попыток отправки на один номер' } },
    { code: Code.sms_quota_exceeded, by: 'text' },
  ],
  [
    'the close error at 409: the final sync is incomplete',
    { status: 409, body: { detail: 'Ошибка при завершении смены' } },
    { code: Code.final_sync_incomplete, by: 'text' },
  ],
  [
    'the same close error at 500: closing failed on the server',
    { status: 500, body: { detail: 'Ошибка при завершении смены' } },
    { code: Code.shift_close_failed, by: 'text' },
  ],
  ['"101 ошибка" from the app', { message: '101 ошибка' }, { code: Code.sync_failed, by: 'text' }],
  [
    'the outdated app',
    { message: 'У вас старая версия приложения, проверьте актуальность версии' },
    { code: Code.app_version_outdated, by: 'text' },
  ],
  // ── OkHttp and Java messages ──
  [
    'OkHttp follow-up loop',
    { message: 'Too many follow-up requests: 21' },
    { code: Code.too_many_follow_ups, by: 'text' },
  ],
  [
    'Android DNS failure as the app shows it',
    { message: 'Ошибка запроса (Unable to resolve host "icontact.kz": No address associated with hostname)' },
    { code: Code.host_unresolved, by: 'text' },
  ],
  [
    'OkHttp stream cut',
    { message: 'unexpected end of stream on http://icontact.kz/...' },
    { code: Code.unexpected_end_of_stream, by: 'text' },
  ],
  [
    'OkHttp connect failure',
    { message: 'Failed to connect to icontact.kz/91.147.1.1:443' },
    { code: Code.connection_failed, by: 'text' },
  ],
  [
    'ECONNABORTED',
    { message: 'Software caused connection abort' },
    { code: Code.connection_aborted, by: 'text' },
  ],
  ['OkHttp read timeout', { message: 'timeout' }, { code: Code.request_timeout, by: 'text' }],
  [
    'the Realm database out of space',
    { message: 'Unrecoverable error. mmap() failed: Out of memory size: 1073741824 offset: 0' },
    { code: Code.local_storage_full, by: 'text' },
  ],
  // ── undici and browsers ──
  [
    'undici DNS failure with its cause',
    { message: 'fetch failed: getaddrinfo ENOTFOUND icontact.invalid' },
    { code: Code.host_unresolved, by: 'text' },
  ],
  [
    'undici refused with its cause',
    { message: 'fetch failed: connect ECONNREFUSED 127.0.0.1:9' },
    { code: Code.connection_failed, by: 'text' },
  ],
  [
    'undici connect timeout with its cause',
    { message: 'fetch failed: Connect Timeout Error (attempted address: 10.255.255.1:80, timeout: 10000ms)' },
    { code: Code.connection_failed, by: 'text' },
  ],
  [
    'undici socket closed with its cause',
    { message: 'fetch failed: other side closed' },
    { code: Code.unexpected_end_of_stream, by: 'text' },
  ],
  [
    'undici body cut after the headers',
    { message: 'terminated' },
    { code: Code.unexpected_end_of_stream, by: 'text' },
  ],
  [
    'undici redirect loop',
    { message: 'fetch failed: redirect count exceeded' },
    { code: Code.too_many_follow_ups, by: 'text' },
  ],
  [
    'AbortSignal.timeout',
    { message: 'The operation was aborted due to timeout' },
    { code: Code.request_timeout, by: 'text' },
  ],
  [
    'undici without a known cause',
    { message: 'fetch failed' },
    { code: Code.network_unavailable, by: 'text' },
  ],
  ['Chrome', { message: 'Failed to fetch' }, { code: Code.network_unavailable, by: 'text' }],
  [
    'Firefox',
    { message: 'NetworkError when attempting to fetch resource.' },
    { code: Code.network_unavailable, by: 'text' },
  ],
  ['Safari', { message: 'Load failed' }, { code: Code.network_unavailable, by: 'text' }],
  [
    'the app offline at the IIN check',
    { message: 'Ошибка запроса (проверьте интернет...)', operation: 'checkIin' },
    { code: Code.network_unavailable, by: 'text' },
  ],
  // ── then the status, read with the operation ──
  [
    'a 500 at the IIN check',
    { status: 500, operation: 'checkIin' },
    { code: Code.iin_malformed_server_error, by: 'status' },
  ],
  [
    'a 500 at login',
    { status: 500, operation: 'obtainToken' },
    { code: Code.internal_server_error, by: 'status' },
  ],
  ['a 500 anywhere', { status: 500 }, { code: Code.internal_server_error, by: 'status' }],
  ['a 500 at sync', { status: 500, operation: 'syncContacts' }, { code: Code.sync_failed, by: 'status' }],
  [
    'a 500 at close',
    { status: 500, operation: 'closeShift' },
    { code: Code.shift_close_failed, by: 'status' },
  ],
  ['a 502', { status: 502, operation: 'sendSmsCode' }, { code: Code.bad_gateway, by: 'status' }],
  [
    'a 503 at SMS send, with Retry-After',
    { status: 503, operation: 'sendSmsCode', retryAfter: 300 },
    { code: Code.sms_gateway_unavailable, by: 'status', retryAfter: 300 },
  ],
  [
    'a 503 at the IIN check',
    { status: 503, operation: 'checkIin' },
    { code: Code.kompra_unavailable, by: 'status' },
  ],
  [
    'a 503 elsewhere',
    { status: 503, operation: 'listShifts' },
    { code: Code.service_unavailable, by: 'status' },
  ],
  [
    'a 504 at the IIN check',
    { status: 504, operation: 'checkIin' },
    { code: Code.kompra_timeout, by: 'status' },
  ],
  [
    'a bare 401 at login',
    { status: 401, operation: 'obtainToken' },
    { code: Code.no_active_account, by: 'status' },
  ],
  [
    'a bare 401 elsewhere',
    { status: 401, operation: 'listShifts' },
    { code: Code.token_not_valid, by: 'status' },
  ],
  [
    'a bare 403 at login',
    { status: 403, operation: 'obtainToken' },
    { code: Code.account_locked, by: 'status' },
  ],
  [
    'a bare 410 at login',
    { status: 410, operation: 'obtainToken' },
    { code: Code.account_deleted, by: 'status' },
  ],
  [
    'a bare 410 at SMS verify',
    { status: 410, operation: 'verifySmsCode' },
    { code: Code.sms_code_expired, by: 'status' },
  ],
  [
    'a bare 400 at sync',
    { status: 400, operation: 'syncContacts' },
    { code: Code.sync_bad_request, by: 'status' },
  ],
  [
    'a bare 413 at sync',
    { status: 413, operation: 'syncContacts' },
    { code: Code.sync_batch_too_large, by: 'status' },
  ],
  [
    'a bare 409 in a contact',
    { status: 409, operation: 'submitContact' },
    { code: Code.contact_step_conflict, by: 'status' },
  ],
  [
    'a bare 404 of a shift',
    { status: 404, operation: 'startShift' },
    { code: Code.shift_not_found, by: 'status' },
  ],
  ['a bare 426', { status: 426 }, { code: Code.app_version_outdated, by: 'status' }],
  [
    'a bare 429 at login',
    { status: 429, operation: 'obtainToken' },
    { code: Code.too_many_login_attempts, by: 'status' },
  ],
  [
    'an unknown body code falls through to the status',
    { status: 404, body: { code: 'gone_fishing' } },
    { code: Code.not_found, by: 'status' },
  ],
  ['an unlisted 5xx', { status: 507 }, { code: Code.internal_server_error, by: 'status' }],
  ['an unlisted 4xx', { status: 418 }, { code: Code.unknown_error, by: 'status' }],
  // ── a status named only in a text ──
  [
    'the app\'s "HTTP 500" at the IIN check (guide #31)',
    { message: 'Ошибка запроса (HTTP 500 Internal Server Error)', operation: 'checkIin' },
    { code: Code.iin_malformed_server_error, by: 'status' },
  ],
  [
    'the same text at login (guide #10)',
    { message: 'Ошибка запроса (HTTP 500 Internal Server Error)', operation: 'obtainToken' },
    { code: Code.internal_server_error, by: 'status' },
  ],
  [
    '"Ошибка 403" at login',
    { message: 'Ошибка 403', operation: 'obtainToken' },
    { code: Code.account_locked, by: 'status' },
  ],
  ['"502 Bad Gateway"', { message: '502 Bad Gateway' }, { code: Code.bad_gateway, by: 'status' }],
  [
    '"HTTP 503 Service Unavailable" at SMS send',
    { message: 'HTTP 503 Service Unavailable', operation: 'sendSmsCode' },
    { code: Code.sms_gateway_unavailable, by: 'status' },
  ],
  [
    '"400 ошибка" at sync',
    { message: '400 ошибка', operation: 'syncContacts' },
    { code: Code.sync_bad_request, by: 'status' },
  ],
  [
    "a proxy's HTML page as the body",
    { body: '<html><title>502 Bad Gateway</title></html>' },
    { code: Code.bad_gateway, by: 'status' },
  ],
  // ── nothing known ──
  ['nothing at all', {}, { code: Code.unknown_error, by: 'fallback' }],
  ['a success status', { status: 200 }, { code: Code.unknown_error, by: 'fallback' }],
  ['an unknown text', { message: 'Что-то пошло не так' }, { code: Code.unknown_error, by: 'fallback' }],
  [
    'a body that is not an object',
    { body: 42, message: 'boom' },
    { code: Code.unknown_error, by: 'fallback' },
  ],
  [
    'a Retry-After as an HTTP-date is not read',
    { status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' },
    { code: Code.rate_limited, by: 'status' },
  ],
];

it.each(cases)('recognises %s', (_name, seen, want) => {
  expect(recognise(seen)).toEqual(want);
});
