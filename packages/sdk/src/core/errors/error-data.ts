import type { ContactAction, ContactStep } from '../../types.js';

/** One refused field of a `validation_failed` answer. */
export interface FieldError {
  /** The field's path, e.g. `consumer.iin`. */
  readonly field: string;
  /** A machine code for the refusal. */
  readonly code: string;
  /** A human-readable message. */
  readonly message: string;
}

/**
 * What an error knows beyond its code: the answer's own data (everything of the body except `detail`,
 * `code` and `requestId`) or what the SDK learnt locally. Every field is optional: read the ones the
 * code documents (see `docs/sdk.md`).
 */
export interface ErrorData {
  /** Seconds to wait before a retry can succeed (`Retry-After`). */
  readonly retryAfter?: number;
  /** When the login window opens (`login_before_shift_window`), ISO 8601; `null` when no shift is assigned. */
  readonly opensAt?: string | null;
  /** Until when the account is locked (`account_locked`), ISO 8601. */
  readonly lockedUntil?: string;
  /** SMS left this month for the number (`sms_quota_exceeded`: 0). */
  readonly remaining?: number;
  /** When the SMS quota resets (the first instant of next month), ISO 8601. */
  readonly resetsAt?: string;
  /** The contact's current step (`contact_step_conflict`, `local_step_out_of_order`). */
  readonly currentStep?: ContactStep;
  /**
   * The actions allowed at the current step, as the server names them (`record_consumer`, `refuse`):
   * `contact_step_conflict` from the server and `local_step_out_of_order` from the SDK alike.
   */
  readonly allowedActions?: readonly ContactAction[];
  /** Idempotency keys the server lacks (`final_sync_incomplete`) — or their count, as the server sends it. */
  readonly missing?: readonly string[] | number;
  /** Tries left for the SMS code (`sms_code_invalid`). */
  readonly triesLeft?: number;
  /** Per-field refusals (`validation_failed`). */
  readonly errors?: readonly FieldError[];
  /** Contacts not yet on the server (`local_storage_full`, `final_sync_incomplete` from the SDK). */
  readonly unsent?: number;
  /** The backend's application code (`sync_failed`: 101). */
  readonly appCode?: number;
  /** Anything else the answer carried. */
  readonly [key: string]: unknown;
}
