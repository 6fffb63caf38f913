/**
 * `@icontact/sdk`: the typed iContact API client for the tablet app (React Native), web code and
 * tests. Browser-safe: no `node:` import here (the file storage lives in `@icontact/sdk/node`).
 *
 * @packageDocumentation
 */

export { Code, type ErrorCode } from '@icontact/errors';
export { createMemoryTokenStore, type TokenPair, type TokenStore } from './auth/token-store.js';
export { type ClientOptions, createClient, type IContactClient } from './client.js';
export {
  type ConsumerEntry,
  ContactRegistration,
  type StepOptions,
} from './contacts/contact-registration.js';
export { ApiError } from './core/errors/api-error.js';
export { ConnectionError } from './core/errors/connection-error.js';
export type { ErrorData, FieldError } from './core/errors/error-data.js';
export type { ErrorDataByCode, ErrorDataOf } from './core/errors/error-data-by-code.js';
export {
  type DiagnosticContext,
  type ErrorOfCode,
  IContactError,
  type NarrowableError,
} from './core/errors/icontact-error.js';
export { LocalError } from './core/errors/local-error.js';
export { RequestAbortedError, type RequestAbortedErrorInit } from './core/errors/request-aborted-error.js';
export { RequestTimeoutError } from './core/errors/request-timeout-error.js';
export type {
  Logger,
  RequestEndEvent,
  RequestEvent,
  RequestEventListener,
  RequestFailEvent,
  RequestRetryEvent,
  RequestStartEvent,
} from './core/events.js';
export type { RetryOptions, TimeoutOptions } from './core/retry-options.js';
export { mayRepeat } from './internal/transport/resilient-fetch.js';
export type { FetchLike } from './internal/transport/send-attempt.js';
export { type ItemVerdict, Outbox, type OutboxOptions } from './outbox/outbox.js';
export type { ContactRecord, OutboxItem, RejectedOutboxItem } from './outbox/outbox-item.js';
export type { AppResource } from './resources/app.js';
export type { AuthResource, LoginInput } from './resources/auth.js';
export type { CallOptions, MutationOptions, RequestOptions } from './resources/call-options.js';
export type { BeginContactInput, ContactsResource } from './resources/contacts.js';
export type { ProjectsResource } from './resources/projects.js';
export type { ShiftListQuery, ShiftsResource } from './resources/shifts.js';
export type { SmsResource } from './resources/sms.js';
export type { SupervisorResource } from './resources/supervisor.js';
export type { SyncReport, SyncResource } from './resources/sync.js';
export {
  createMemoryStorage,
  type MemoryStorage,
  type MemoryStorageOptions,
} from './storage/memory-storage.js';
export { isStorageFullError, type Storage } from './storage/storage.js';
export type * from './types.js';
