/**
 * One item of `POST /shifts/{shiftId}/sync` (the contract's `SyncItem`): a contact the tablet recorded,
 * with the key it keeps across every upload.
 */
import type { components } from '@icontact/openapi';
import type { PlannedContact } from './shift-contacts.ts';

/** A sync item, as the contract's generated types define it (a type import: k6 erases it). */
export type SyncItem = components['schemas']['SyncItem'];

/** A planned contact once the server opened it: its id, activity type and opening instant. */
export interface OpenedContact {
  readonly planned: PlannedContact;
  readonly contactId: string;
  readonly activityTypeId: string;
  /** When the server opened it; the tablet records the contact as finished at that instant. */
  readonly openedAt: string;
}

/** The sync item of an opened contact. */
export function syncItemOf(contact: OpenedContact): SyncItem {
  const { planned } = contact;
  return {
    idempotencyKey: planned.idempotencyKey,
    contactId: contact.contactId,
    recordedAt: contact.openedAt,
    contact: {
      activityTypeId: contact.activityTypeId,
      step: planned.step,
      consumer: planned.consumer,
      ...(planned.details === null ? {} : { details: planned.details }),
      ...(planned.refusalReason === null ? {} : { refusalReason: planned.refusalReason }),
    },
  };
}
