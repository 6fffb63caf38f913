import { Code, type ErrorCode } from '@icontact/errors';
import type { components } from '@icontact/openapi';
import type { ContactAction } from '../../types.js';
import type { ErrorData } from './error-data.js';

/** The contract's error body (`components.schemas.Error`): the one source of every data field's type. */
type ErrorBody = components['schemas']['Error'];

/** Arrays of the contract read-only, as the SDK hands them out. */
type ReadonlyField<T> = T extends readonly (infer Item)[] ? readonly Item[] : T;

/** Fields of the contract's error body that the SDK guarantees present on the error's `data`. */
type Present<K extends keyof ErrorBody> = {
  readonly [P in K]-?: ReadonlyField<Exclude<ErrorBody[P], undefined>>;
};

/**
 * Fields of the contract's error body that the code carries when the mock answers, but that a real
 * backend (a bare DRF `{ detail }`) leaves out: typed by the contract, still optional.
 */
type Reported<K extends keyof ErrorBody> = {
  readonly [P in K]?: ReadonlyField<Exclude<ErrorBody[P], undefined>>;
};

/**
 * The codes whose catalogue retry policy is `after` (wait, then retry): the SDK always gives their
 * `data.retryAfter` — the answer's `Retry-After` (header, body or text), else the catalogue's delay.
 * A test holds this list equal to the catalogue's.
 */
export const RETRY_AFTER_CODES = [
  Code.service_unavailable,
  Code.rate_limited,
  Code.idempotency_request_in_progress,
  Code.too_many_login_attempts,
  Code.account_locked,
  Code.kompra_unavailable,
  Code.kompra_timeout,
  Code.sms_gateway_unavailable,
] as const satisfies readonly ErrorCode[];

type RetryAfterCode = (typeof RETRY_AFTER_CODES)[number];

/** Contact codes that carry the contact's step and allowed actions. */
type ContactStateCode =
  | typeof Code.contact_step_conflict
  | typeof Code.contact_closed
  | typeof Code.iin_not_verified;

/**
 * What `error.data` holds for each code that carries data, once `error.code` is narrowed. Field
 * types come from the contract's error body; codes not listed carry only {@link ErrorData}.
 */
export type ErrorDataByCode = { readonly [C in RetryAfterCode]: Present<'retryAfter'> } & {
  readonly [C in ContactStateCode]: Reported<'currentStep' | 'allowedActions'>;
} & {
  readonly account_locked: Present<'retryAfter'> & Reported<'lockedUntil'>;
  readonly login_before_shift_window: Reported<'opensAt'>;
  readonly sms_quota_exceeded: Reported<'remaining' | 'resetsAt'>;
  readonly sms_code_invalid: Reported<'triesLeft'>;
  readonly validation_failed: Reported<'errors'>;
  readonly consumer_incomplete: Reported<'errors'>;
  readonly final_sync_incomplete: Reported<'missing' | 'missingContacts'> & {
    /** The SDK's own refusal: contacts of the shift not yet on the server. */
    readonly unsent?: number;
  };
  readonly sync_failed: Reported<'appCode'>;
  readonly app_version_outdated: Reported<'minimumVersion'>;
  /** Refused by the SDK: the step and actions always known, and the action that was refused. */
  readonly local_step_out_of_order: Present<'currentStep' | 'allowedActions'> & {
    readonly action: ContactAction;
  };
  /** Refused by the SDK: the contacts not yet on the server. */
  readonly local_storage_full: { readonly unsent: number };
  /** Ended by the caller's `AbortSignal` (a `RequestAbortedError`). */
  readonly request_aborted: { readonly userAborted: true };
};

/** The declared fields of {@link ErrorData}, without its index signature. */
type DeclaredField = keyof {
  [K in keyof ErrorData as string extends K ? never : number extends K ? never : K]: ErrorData[K];
};

/**
 * The `data` of an error of code `C`: the code's own fields ({@link ErrorDataByCode}); the other
 * declared fields of {@link ErrorData} absent, except `retryAfter`, which any answer with a
 * `Retry-After` carries; anything else the answer carried as `unknown`. For a code without an entry
 * (or the whole {@link ErrorCode}, not narrowed) it is {@link ErrorData}.
 */
export type ErrorDataOf<C extends ErrorCode> = C extends keyof ErrorDataByCode
  ? ErrorDataByCode[C] & {
      readonly [K in Exclude<DeclaredField, keyof ErrorDataByCode[C] | 'retryAfter'>]?: never;
    } & { readonly retryAfter?: number; readonly [key: string]: unknown }
  : ErrorData;
