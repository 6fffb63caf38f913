import type { Operation } from '@icontact/errors';
import { OPERATION_OF_ROUTE, type OperationId, ROUTES } from '@icontact/openapi/routes';

/**
 * The catalogue's name of each operation whose failures the catalogue reads in context (a bare 500 at
 * the ИИН check is a malformed ИИН). The routes themselves come from the contract
 * (`@icontact/openapi/routes`); only this naming is kept here, until the catalogue names operations
 * by their operationIds.
 */
const CATALOGUE_OPERATION: Readonly<Partial<Record<OperationId, Operation>>> = {
  obtainToken: 'login',
  refreshToken: 'token_refresh',
  logout: 'logout',
  requestPasswordReset: 'password_reset',
  confirmPasswordReset: 'password_reset_confirm',
  getAppVersion: 'app_version',
  listShifts: 'shift_list',
  getShift: 'shift_read',
  startShift: 'shift_start',
  closeShift: 'shift_close',
  syncContacts: 'sync',
  finalizeSync: 'final_sync',
  openContact: 'contact_open',
  recordConsumer: 'contact_consumer',
  checkIin: 'iin_check',
  sendSmsCode: 'sms_send',
  verifySmsCode: 'sms_verify',
  getSmsQuota: 'sms_quota',
  recordDetails: 'contact_details',
  submitContact: 'contact_submit',
  refuseContact: 'contact_refuse',
};

/** What the SDK knows of a route (`METHOD /path/{template}`) from the contract. */
export interface RouteInfo {
  /** The catalogue's operation, so a bare status is read in context; `undefined` for the others. */
  readonly operation: Operation | undefined;
  /** `false` for the routes the contract marks public: sent without `Authorization` (a stale token must not break a login). */
  readonly authenticate: boolean;
}

/**
 * Looks a route up in the contract's route table.
 *
 * @param route - `METHOD /path/{template}`, as openapi-fetch's `schemaPath` names it
 */
export function routeInfo(route: string): RouteInfo {
  const id = OPERATION_OF_ROUTE.get(route);
  if (id === undefined) return { operation: undefined, authenticate: true };
  return { operation: CATALOGUE_OPERATION[id], authenticate: !ROUTES[id].public };
}
