export type { BackendAdmin, SmsSentCount } from './admin/backend-admin.js';
export type { AcceptedSyncItem } from './admin/sync-items-view.js';
export {
  type CreatedTeam,
  DEFAULT_TEAM_SHIFT_MINUTES,
  MAX_TEAM_CONSULTANTS,
  TEAM_LOGIN_PATTERN,
  type TeamAccount,
  type TeamConsultantAccount,
  type TeamConsultantInput,
  type TeamInput,
  type TeamShiftInput,
  type TeamSupervisorInput,
} from './admin/team-input.js';
export { TeamSpecError, type TeamSpecIssue } from './admin/team-spec-error.js';
export type { BackendLimits, BackendOptions } from './backend/backend-options.js';
export { type Backend, createBackend, DEFAULT_LATEST_APP_VERSION } from './backend/create-backend.js';
export { type BackendLogger, silentLogger } from './backend/logger.js';
export {
  type ClockOptions,
  type ClockState,
  createVirtualClock,
  defaultClockStart,
  isInClockRange,
  MAX_CLOCK_SPEED,
  VIRTUAL_CLOCK_RANGE,
  type VirtualClock,
} from './clock/virtual-clock.js';
export type {
  BackendRequest,
  BackendResponse,
  BackendResult,
  HeaderValue,
} from './http/backend-request.js';
export {
  isAcceptableRequestId,
  REQUEST_ID_HEADER,
  requestIdFrom,
  withRequestId,
} from './http/request-id.js';
export { IDEMPOTENCY_KEY_TTL_MS, REPLAYED_HEADER } from './idempotency/idempotency-keys.js';
export type { RequestMetrics } from './metrics/request-metrics.js';
export type {
  RequestFinishedEvent,
  RequestFinishedListener,
  StruckFault,
} from './observe/request-finished.js';
export type { SeedAccount, SeedDescription } from './seed/describe-seed.js';
export { SEED_PASSWORD } from './seed/seed-people.js';
export type {
  ContactRecord,
  EmailRecord,
  ShiftRecord,
  SmsMessageRecord,
  UserRecord,
} from './state/records.js';
export { createMemoryStore } from './store/memory-store.js';
export type {
  JsonRecord,
  JsonValue,
  ListOptions,
  Store,
  StoreFactory,
  StoreSnapshot,
} from './store/store.js';
export type {
  KompraSettings,
  SmsGatewaySettings,
  UpstreamSettings,
  UpstreamSettingsPatch,
} from './upstreams/upstream-settings.js';
