/**
 * DO NOT EDIT: generated from openapi/openapi.yaml by @icontact/openapi (scripts/render-routes.ts).
 *
 * To change it, change the contract, then run `./run pnpm --filter @icontact/openapi generate` and
 * commit this file; the `drift` check fails while it differs from a fresh generation.
 */
import type { operations } from './openapi.js';

/** A row of {@link ROUTES}. */
interface RouteRow {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  readonly path: string;
  readonly public: boolean;
  readonly idempotent: boolean;
}

/** Every operation of the contract by operationId, in the contract's order. */
export const ROUTES = {
  getAppVersion: { method: 'GET', path: '/app/version', public: true, idempotent: false },
  obtainToken: { method: 'POST', path: '/auth/token', public: true, idempotent: false },
  refreshToken: { method: 'POST', path: '/auth/token/refresh', public: true, idempotent: false },
  logout: { method: 'POST', path: '/auth/logout', public: false, idempotent: false },
  getMe: { method: 'GET', path: '/auth/me', public: false, idempotent: false },
  requestPasswordReset: { method: 'POST', path: '/auth/password-reset', public: true, idempotent: false },
  confirmPasswordReset: { method: 'POST', path: '/auth/password-reset/confirm', public: true, idempotent: false },
  listProjects: { method: 'GET', path: '/projects', public: false, idempotent: false },
  listShifts: { method: 'GET', path: '/shifts', public: false, idempotent: false },
  getShift: { method: 'GET', path: '/shifts/{shiftId}', public: false, idempotent: false },
  startShift: { method: 'POST', path: '/shifts/{shiftId}/start', public: false, idempotent: true },
  closeShift: { method: 'POST', path: '/shifts/{shiftId}/close', public: false, idempotent: true },
  getTimesheet: { method: 'GET', path: '/shifts/{shiftId}/timesheet', public: false, idempotent: false },
  listShiftContacts: { method: 'GET', path: '/shifts/{shiftId}/contacts', public: false, idempotent: false },
  openContact: { method: 'POST', path: '/shifts/{shiftId}/contacts', public: false, idempotent: true },
  getSyncStatus: { method: 'GET', path: '/shifts/{shiftId}/sync', public: false, idempotent: false },
  syncContacts: { method: 'POST', path: '/shifts/{shiftId}/sync', public: false, idempotent: true },
  finalizeSync: { method: 'POST', path: '/shifts/{shiftId}/sync/final', public: false, idempotent: true },
  listConsultants: { method: 'GET', path: '/supervisor/consultants', public: false, idempotent: false },
  listTeam: { method: 'GET', path: '/supervisor/team', public: false, idempotent: false },
  bindConsultant: { method: 'POST', path: '/supervisor/team', public: false, idempotent: true },
  listTeamShifts: { method: 'GET', path: '/supervisor/shifts', public: false, idempotent: false },
  assignShift: { method: 'POST', path: '/supervisor/shifts', public: false, idempotent: true },
  deleteShift: { method: 'DELETE', path: '/supervisor/shifts/{shiftId}', public: false, idempotent: true },
  changeShiftProject: { method: 'PATCH', path: '/supervisor/shifts/{shiftId}', public: false, idempotent: true },
  getContact: { method: 'GET', path: '/contacts/{contactId}', public: false, idempotent: false },
  recordConsumer: { method: 'PUT', path: '/contacts/{contactId}/consumer', public: false, idempotent: true },
  checkIin: { method: 'POST', path: '/contacts/{contactId}/iin-check', public: false, idempotent: true },
  sendSmsCode: { method: 'POST', path: '/contacts/{contactId}/sms', public: false, idempotent: true },
  verifySmsCode: { method: 'POST', path: '/contacts/{contactId}/sms/verify', public: false, idempotent: true },
  recordDetails: { method: 'PUT', path: '/contacts/{contactId}/details', public: false, idempotent: true },
  submitContact: { method: 'POST', path: '/contacts/{contactId}/submit', public: false, idempotent: true },
  refuseContact: { method: 'POST', path: '/contacts/{contactId}/refuse', public: false, idempotent: true },
  getSmsQuota: { method: 'GET', path: '/sms/quota/{phone}', public: false, idempotent: false },
} as const satisfies { readonly [Id in keyof operations]: RouteRow };
