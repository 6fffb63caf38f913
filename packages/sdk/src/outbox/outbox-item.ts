import type { ErrorCode } from '@icontact/errors';
import type { components } from '@icontact/openapi';

/** One finished contact waiting for upload: exactly the contract's `SyncItem`. */
export type OutboxItem = components['schemas']['SyncItem'];

/** The tablet's record of a finished contact (`submitted` or `refused`): the contract's `ContactRecord`. */
export type ContactRecord = components['schemas']['ContactRecord'];

/** An item the server refused in a sync: kept aside with the reason, never dropped silently. */
export interface RejectedOutboxItem {
  /** The item as it was uploaded. */
  readonly item: OutboxItem;
  /** Why the server refused it. */
  readonly code: ErrorCode;
  /** The server's explanation. */
  readonly detail: string | undefined;
  /** When the SDK learnt of the refusal, ISO 8601. */
  readonly rejectedAt: string;
}
