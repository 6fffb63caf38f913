import { Code } from '../code.js';
import type { ErrorCode } from '../codes.js';

/**
 * What a developer of a client or of the backend does about each error, in short English. Kept off the
 * catalogue's entries so that an app's bundle does not carry it (issue #16): only docs, the mock and
 * tools import it, through `@icontact/errors/developer`.
 */
export const DEVELOPER_REMEDIES: Readonly<Record<ErrorCode, string>> = Object.freeze({
  [Code.unknown_error]:
    'Log status, body and request id; add a catalogue entry (or a matcher) once the cause is known.',
  [Code.internal_server_error]:
    'Server bug: find the request id in the server log. Retry only idempotent requests (or with an Idempotency-Key).',
  [Code.bad_gateway]:
    'Upstream of the proxy is down or crashing; check the app server. A 504 is recognised as this code too.',
  [Code.service_unavailable]:
    'Whole backend unavailable (maintenance or overload); honour Retry-After when sent, else back off from 60 s.',
  [Code.app_version_outdated]:
    'Send X-App-Version (MAJOR.MINOR.PATCH) ≥ GET /app/version `minimumVersion`; a missing or unparseable version counts as outdated.',
  [Code.access_closed]:
    'A consultant sent X-Client-Kind other than `tablet`; only supervisors may use `web`. Correct credentials do not change it.',
  [Code.rate_limited]:
    'Wait for Retry-After (or the seconds in DRF\'s detail "Expected available in N seconds") before retrying; do not retry in a loop.',
  [Code.validation_failed]:
    'Read `errors: [{ field, code, message }]` and fix each field; resending unchanged fails again.',
  [Code.malformed_json]:
    'Client bug: serialise the body with JSON.stringify and send Content-Type: application/json.',
  [Code.unsupported_media_type]: 'Client bug: send Content-Type: application/json.',
  [Code.payload_too_large]: 'Client bug: send a smaller body (for sync batches see `sync_batch_too_large`).',
  [Code.not_found]: 'Check the path against the OpenAPI contract and the resource id; do not retry.',
  [Code.method_not_allowed]:
    'Client bug: use the method the contract gives for the route (see the `Allow` header).',
  [Code.idempotency_key_reused]:
    'Client bug: generate a new key for each distinct request; reuse a key only to resend the same body.',
  [Code.idempotency_request_in_progress]:
    'Resend with the same key after a short delay; the first answer will be replayed.',
  [Code.authentication_required]: 'Send `Authorization: Bearer <access>`; log in first.',
  [Code.token_not_valid]:
    'Refresh once with the refresh token (it rotates); if the refresh fails too, log in again. Never refresh in a loop.',
  [Code.permission_denied]:
    'Check the role (consultant / supervisor) and that the resource belongs to the caller.',
  [Code.login_before_shift_window]:
    "Show the body's `opensAt` (null: no shift assigned, ask the supervisor) and retry from then; do not report it as a failure.",
  [Code.outside_shift]:
    'The action lies outside the login window and no shift is in progress; sync and close stay allowed while a shift is in progress.',
  [Code.no_active_account]:
    "SimpleJWT's bare 401 (no `code` in the real backend): trim and lowercase the login before sending; offer the password reset.",
  [Code.invalid_credentials]:
    'Known login, wrong password; each failure counts toward the lockout (5 in 15 minutes). Offer the password reset.',
  [Code.too_many_login_attempts]:
    'The 5th failure within 15 minutes locks the login for 10 minutes; a completed password reset lifts the lock. Do not retry automatically.',
  [Code.account_locked]:
    'Every login answers this until `lockedUntil`, even with the right password; show the remaining `retryAfter`.',
  [Code.account_deleted]:
    'Answered on login and on any call with an old token; drop the stored tokens, do not retry.',
  [Code.invalid_email]:
    'Trim the address before sending; any syntactically valid address answers 202 whether or not an account has it.',
  [Code.password_reset_token_invalid]:
    'Tokens are one-time and live 60 minutes; request a new reset, do not resend the old token.',
  [Code.password_too_weak]: 'Validate the new password locally with the same rule before sending.',
  [Code.credentials_have_spaces]:
    'Raised by the SDK before sending, so that the attempt does not count toward the lockout; never trim a password silently.',
  [Code.activity_not_in_project]:
    "Only the supervisor can change a shift's project; list the project's activity types before offering them.",
  [Code.consultant_not_bound]: 'The shift list is unavailable until a supervisor binds the consultant.',
  [Code.shift_not_found]:
    'Reload the shift list; a deleted or other-day shift answers 404 as well as an unknown id.',
  [Code.shift_already_started]:
    'Reload the shift: it is `in_progress`; a repeated start after a lost answer lands here.',
  [Code.shift_not_started]: 'Start the shift (POST /shifts/{id}/start) before contacts, sync or close.',
  [Code.shift_already_closed]:
    'Reload the shift; the server closes a shift left open at the end of its local day as `closedCorrectly: false`.',
  [Code.final_sync_incomplete]:
    'Upload the contacts listed in `missing`, run the final sync with the full manifest, then close again.',
  [Code.shift_close_failed]:
    'Server fault while closing: retry the close (`shift_already_closed` then means the first one went through); report the request id if it persists.',
  [Code.contact_not_found]: 'Open a new contact; the id is unknown or belongs to another shift.',
  [Code.contact_step_conflict]:
    'Read `currentStep` and `allowedActions` from the body and continue from there, or refuse the contact and open a new one.',
  [Code.contact_closed]: 'Submitted and refused contacts are final; open a new contact.',
  [Code.consumer_incomplete]:
    'All three name parts are required: 1–64 letters each, trimmed, NFC-normalised.',
  [Code.iin_invalid]:
    'Validate locally first (12 digits, century digit 1–6, date, two-pass mod-11 check digit).',
  [Code.iin_malformed_server_error]:
    'The real backend answers 500 instead of 422 to a malformed IIN: validate locally before calling; a 500 at the IIN check is recognised as this code.',
  [Code.kompra_unavailable]:
    'Upstream outage: retry the same IIN check after Retry-After (300 s); the contact stays at its step.',
  [Code.kompra_timeout]: 'Upstream slower than 5 s: retry the same IIN check in 5–10 minutes.',
  [Code.iin_not_verified]: 'Call the IIN check and wait for success before sending the SMS or submitting.',
  [Code.phone_invalid]:
    'Normalise 8XXXXXXXXXX to +7XXXXXXXXXX; accepted prefixes 700–702, 705–708, 747, 760–764, 771, 775–778, 785.',
  [Code.sms_quota_exceeded]:
    'Quota of 3 sends per number per calendar month (Asia/Almaty); `resetsAt` in the body. Read GET /sms/quota/{phone} before sending.',
  [Code.sms_gateway_unavailable]:
    'The failed send counts toward the quota; never resend automatically, and resend with a new Idempotency-Key only after Retry-After.',
  [Code.sms_code_invalid]: 'Show `triesLeft`; the code has 6 digits, lives 5 minutes and allows 3 tries.',
  [Code.sms_code_expired]:
    'Resending issues a new code (and uses quota); verifying the old one again cannot succeed.',
  [Code.sms_code_attempts_exceeded]:
    'A resend issues a new code (and uses quota); never resend automatically.',
  [Code.sms_not_delivered]:
    'No answer shows this; offer a resend only after the checks and show the remaining quota (GET /sms/quota/{phone}).',
  [Code.sync_bad_request]:
    'Check each item against the contract (idempotencyKey UUID, whole contact record); rebuild the batch.',
  [Code.sync_failed]: 'Body has `appCode: 101`; nothing was applied, so resending the same batch is safe.',
  [Code.sync_batch_too_large]: 'Split the outbox into batches of at most 100 items.',
  [Code.host_unresolved]:
    'DNS failure (EAI_NODATA / ENOTFOUND): the request never left; safe to retry once connectivity is back.',
  [Code.network_unavailable]:
    'Network failure without a finer cause (a browser\'s bare TypeError, undici\'s "fetch failed" without a known cause); keep the work in the outbox.',
  [Code.connection_failed]:
    'Connect refused or timed out: the server is down or unreachable; nothing was sent, safe to retry.',
  [Code.unexpected_end_of_stream]:
    'The request may have been applied: retry only idempotent requests or with the same Idempotency-Key.',
  [Code.connection_aborted]:
    'ECONNABORTED, typical after the app sat in the background; reconnect and retry (an SMS send only with the same Idempotency-Key).',
  [Code.too_many_follow_ups]:
    'OkHttp gives up after 20 follow-ups (redirects, 401 answered by an authenticator, 407, 408, 503 with Retry-After: 0): look for a token-refresh loop.',
  [Code.request_timeout]:
    'The request may have been applied: retry only idempotent requests or with the same Idempotency-Key.',
  [Code.request_aborted]:
    "The caller's AbortSignal ended the call (a cancel button, a screen left): not a network failure, so never retried; if maybeApplied, a repeat the user asks for should carry the same Idempotency-Key.",
  [Code.local_storage_full]:
    'The local Realm database cannot grow; clearing data loses the outbox, so sync first and keep the outbox small.',
  [Code.local_step_out_of_order]:
    "Raised by the SDK before sending: call the contact's steps in order, or refuse and open a new contact.",
});
