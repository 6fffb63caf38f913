import type { Operation } from '@icontact/errors';

/** The catalogue's operation of each route (`METHOD /path`), so a bare status is read in context. */
export const OPERATION_OF_ROUTE: Readonly<Record<string, Operation>> = {
  'POST /auth/token': 'login',
  'POST /auth/token/refresh': 'token_refresh',
  'POST /auth/logout': 'logout',
  'POST /auth/password-reset': 'password_reset',
  'POST /auth/password-reset/confirm': 'password_reset_confirm',
  'GET /app/version': 'app_version',
  'GET /shifts': 'shift_list',
  'GET /shifts/{shiftId}': 'shift_read',
  'POST /shifts/{shiftId}/start': 'shift_start',
  'POST /shifts/{shiftId}/close': 'shift_close',
  'POST /shifts/{shiftId}/sync': 'sync',
  'POST /shifts/{shiftId}/sync/final': 'final_sync',
  'POST /shifts/{shiftId}/contacts': 'contact_open',
  'PUT /contacts/{contactId}/consumer': 'contact_consumer',
  'POST /contacts/{contactId}/iin-check': 'iin_check',
  'POST /contacts/{contactId}/sms': 'sms_send',
  'POST /contacts/{contactId}/sms/verify': 'sms_verify',
  'GET /sms/quota/{phone}': 'sms_quota',
  'PUT /contacts/{contactId}/details': 'contact_details',
  'POST /contacts/{contactId}/submit': 'contact_submit',
  'POST /contacts/{contactId}/refuse': 'contact_refuse',
};

/** Routes the contract marks public: sent without `Authorization` (a stale token must not break a login). */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  'GET /app/version',
  'POST /auth/token',
  'POST /auth/token/refresh',
  'POST /auth/password-reset',
  'POST /auth/password-reset/confirm',
]);
