/**
 * `@icontact/msw`: MSW handlers for the iContact API over the mock server's own backend core — the
 * same rules and the same faults inside a client team's own tests, in Node (`setupServer`) and in the
 * browser (`setupWorker`). Browser-safe: no `node:` import.
 *
 * @packageDocumentation
 */

export type { FaultSpecInput } from '@icontact/faults';
export {
  type AcceptedSyncItem,
  type CreatedTeam,
  type TeamAccount,
  type TeamConsultantAccount,
  type TeamConsultantInput,
  type TeamInput,
  type TeamShiftInput,
  TeamSpecError,
  type TeamSpecIssue,
  type TeamSupervisorInput,
} from '@icontact/mock-core';
export { CONTRACT_BASE_PATH } from './api-base.js';
export {
  type ApiPath,
  apiRoute,
  apiUrl,
  type PathParamName,
  type PathParams,
  type UrlArguments,
} from './api-url.js';
export { createHandlers, type IContactMsw } from './create-handlers.js';
export { DEFAULT_BASE_URL, type HandlersClockOptions, type HandlersOptions } from './handlers-options.js';
export type { MswClock, MswFaults, MswState } from './msw-control.js';
