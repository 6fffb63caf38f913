/**
 * Every stable error code of the iContact API and SDK, in one list.
 *
 * A code never changes once published. The catalogue (`catalogue.ts`) gives each one its guide
 * entries, texts, wire signature, retry policy and remedies; the OpenAPI contract's `ErrorCode`
 * enum must list exactly these (a test checks both ways).
 *
 * Comment after each code: HTTP status on the wire (or the transport/local failure it comes from)
 * and the guide entries (`#N`, from the table in shared/domain.md) it covers.
 */
export const ERROR_CODES = [
  // ── any operation ──
  'unknown_error', // any status / anything unrecognised · #1
  'internal_server_error', // 500 · #10
  'bad_gateway', // 502 · #22
  'service_unavailable', // 503 (whole backend, not the SMS gateway) · #22 family
  'app_version_outdated', // 426 · #18 (R7)
  'access_closed', // 403 · #11 (R1: consultant outside the tablet app)
  'rate_limited', // 429 + Retry-After (DRF throttling)
  'validation_failed', // 400 with per-field `errors`
  'malformed_json', // 400 body is not JSON
  'unsupported_media_type', // 415
  'payload_too_large', // 413
  'not_found', // 404 unknown route or resource
  'method_not_allowed', // 405
  'idempotency_key_reused', // 422 same Idempotency-Key, different body
  'idempotency_request_in_progress', // 409 same key while the first request is still running
  'authentication_required', // 401 no token (DRF `not_authenticated`)
  'token_not_valid', // 401 bad, expired, revoked or forged token (SimpleJWT `token_not_valid`)
  'permission_denied', // 403 role or ownership (DRF `permission_denied`)
  // ── login and password ──
  'login_before_shift_window', // 403 "Учетная запись временно деактивирована до начала следующей смены" · #3 (R2)
  'outside_shift', // 403 "Работа разрешена только во время смены." · #4 (R2)
  'no_active_account', // 401 "No active account found with the given credentials" · #5 (R3)
  'invalid_credentials', // 401 "Неверная пара логин или пароль" · #6 (R3)
  'too_many_login_attempts', // 429 "Too many failed login attempts" · #7 (R4)
  'account_locked', // 403 · #8 (R4)
  'account_deleted', // 410 · #9 (R5)
  'invalid_email', // 400 "Укажите валидный email" · #12 (R6)
  'password_reset_token_invalid', // 400 unknown, used or expired reset token (R6)
  'password_too_weak', // 400 new password refused (R6)
  'credentials_have_spaces', // local (SDK) — login or password with spaces around it · #5/#6 (R3)
  // ── shifts ──
  'activity_not_in_project', // 422 activity type the shift's project does not allow · #2 (R8)
  'consultant_not_bound', // 409 consultant has no supervisor yet · #23 (R12)
  'shift_not_found', // 404 no such shift, another day, or deleted · #23 (R12)
  'shift_already_started', // 409
  'shift_not_started', // 409
  'shift_already_closed', // 409
  'final_sync_incomplete', // 409 "Ошибка при завершении смены" — close before the final sync · #17 (R11)
  'shift_close_failed', // 500 "Ошибка при завершении смены" — closing went wrong server-side · #17
  // ── contacts and ИИН ──
  'contact_not_found', // 404
  'contact_step_conflict', // 409 a step out of order or back; the contact's current step in data · #24 (R14)
  'contact_closed', // 409 the contact was already submitted or refused · #24 (R14)
  'consumer_incomplete', // 422 surname, first name or patronymic missing · R13
  'iin_invalid', // 422 the mock's clear refusal of a malformed ИИН · #31 (R15)
  'iin_malformed_server_error', // 500 at the ИИН check: what the real backend sends for a malformed ИИН · #31
  'kompra_unavailable', // 503 + Retry-After: KOMPRA is down · #29 (R15)
  'kompra_timeout', // 504: KOMPRA did not answer in time · #29 (R15)
  'iin_not_verified', // 409 SMS or submit before the ИИН check passed · R13/R14
  'phone_invalid', // 422 not a Kazakhstan mobile number · R13
  // ── SMS ──
  'sms_quota_exceeded', // 429 "Превышено количество попыток отправки на один номер" · #25 (R16)
  'sms_gateway_unavailable', // 503 + Retry-After · #26 (R17)
  'sms_code_invalid', // 422 wrong code · #28
  'sms_code_expired', // 410 code past its lifetime · #28
  'sms_code_attempts_exceeded', // 429 too many wrong codes for one SMS · #28
  'sms_not_delivered', // advisory: the consumer got no code (wrong number, no network) · #28
  // ── sync ──
  'sync_bad_request', // 400 malformed sync batch · #19
  'sync_failed', // 500 "101 ошибка" (app-level code 101) · #20
  'sync_batch_too_large', // 413 more items than a batch may hold · #19
  // ── transport and local failures (never an HTTP status) ──
  'host_unresolved', // DNS failure: "Unable to resolve host … No address associated with hostname" · #15
  'network_unavailable', // no internet, unclassified ("Ошибка запроса (проверьте интернет…)", browser "Failed to fetch") · #30
  'connection_failed', // refused or connect timeout: "Failed to connect to icontact.kz/91.147…" · #21
  'unexpected_end_of_stream', // socket closed mid-response · #16
  'connection_aborted', // "Software caused connection abort" (ECONNABORTED, request aborted) · #27
  'too_many_follow_ups', // "Too many follow-up requests: 21" (redirect / 401 / 429 loop) · #14
  'request_timeout', // no answer within the client's timeout
  'request_aborted', // local (SDK) — the caller aborted the call (its AbortSignal); never retryable
  'local_storage_full', // "Unrecoverable error. Mmap() failed: out of memory size…" · #13
  'local_step_out_of_order', // local (SDK) contact flow step called out of order · #24
] as const;

/** A stable machine code of the iContact API or SDK. */
export type ErrorCode = (typeof ERROR_CODES)[number];
