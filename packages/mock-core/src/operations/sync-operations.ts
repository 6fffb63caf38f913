import { classifySyncBatch, parseIin, parsePhone, validateConsumerName } from '@icontact/domain';
import { Code, type ErrorCode, getEntry } from '@icontact/errors';
import type { components } from '@icontact/openapi';
import { refuse } from '../http/api-error.js';
import { ownShift, visibleShift } from '../rules/access.js';
import { finalSyncGap, finalSyncIncomplete, isGapClosed } from '../rules/final-sync-gap.js';
import { EMPTY_SYNC_STATS } from '../rules/new-shift.js';
import { requireSyncOrCloseAllowed } from '../rules/shift-schedule.js';
import {
  COLLECTIONS,
  type ContactRecord,
  type ProjectRecord,
  type ShiftRecord,
  type SyncItemRecord,
  type SyncStatsRecord,
} from '../state/records.js';
import { acceptedItemsLookup, acceptedItemsOf, syncItemId } from '../state/sync-items.js';
import type { Store } from '../store/store.js';
import type { OperationContext, OperationTable } from './operation-context.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A sync item as the contract defines it (validated item by item). */
type SyncItem = components['schemas']['SyncItem'];

type ItemResult =
  | { idempotencyKey: string; contactId: string; status: 'accepted' | 'duplicate' }
  | { idempotencyKey: string; contactId: string; status: 'rejected'; code: ErrorCode; detail: string };

const SYNC_ITEM_SCHEMA = '#/components/schemas/SyncItem';

/** What a shift's uploads came to so far (zeros before the first). */
export function statsOf(store: Store, shiftId: string): SyncStatsRecord {
  return store.get<SyncStatsRecord>(COLLECTIONS.syncStats, shiftId) ?? EMPTY_SYNC_STATS;
}

/** Why a new item cannot be accepted, or `null` when it can. */
function rejectionOf(
  item: SyncItem,
  contact: ContactRecord | undefined,
  shift: ShiftRecord,
  project: ProjectRecord | undefined,
): { code: ErrorCode; detail: string } | null {
  if (!contact || contact.shiftId !== shift.id) {
    return { code: Code.contact_not_found, detail: 'No contact with this id was opened in this shift.' };
  }
  if (!project?.activityTypes.some((type) => type.id === item.contact.activityTypeId)) {
    return { code: Code.activity_not_in_project, detail: getEntry(Code.activity_not_in_project).appText };
  }
  const consumer = item.contact.consumer;
  if (item.contact.step === 'submitted' && consumer === undefined) {
    return { code: Code.consumer_incomplete, detail: 'A submitted contact needs its consumer.' };
  }
  if (consumer !== undefined) {
    const name = validateConsumerName({
      surname: consumer.surname ?? null,
      firstName: consumer.firstName ?? null,
      patronymic: consumer.patronymic ?? null,
    });
    if (!name.ok)
      return {
        code: name.code,
        detail: `Invalid consumer name: ${name.errors.map((e) => e.field).join(', ')}.`,
      };
    if (!parseIin(consumer.iin).ok)
      return { code: Code.iin_invalid, detail: getEntry(Code.iin_invalid).appText };
    if (!parsePhone(consumer.phone).ok)
      return { code: Code.phone_invalid, detail: getEntry(Code.phone_invalid).appText };
  }
  return null;
}

/** The contact as a record accepted by sync leaves it: closed with the tablet's data, unless it was closed already. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the contact a sync item leaves: the field-by-field merge reads as one record
function contactAfterSync(contact: ContactRecord, item: SyncItem, acceptedAt: string): ContactRecord {
  const uploadedAt = contact.uploadedAt ?? acceptedAt;
  if (contact.step === 'submitted' || contact.step === 'refused')
    return contact.uploadedAt === undefined ? { ...contact, uploadedAt } : contact;
  const consumer = item.contact.consumer;
  const parsedPhone = consumer ? parsePhone(consumer.phone) : null;
  const name = consumer
    ? validateConsumerName({
        surname: consumer.surname ?? null,
        firstName: consumer.firstName ?? null,
        patronymic: consumer.patronymic ?? null,
      })
    : null;
  return {
    ...contact,
    step: item.contact.step,
    updatedAt: acceptedAt,
    uploadedAt,
    consumer:
      consumer && name?.ok && parsedPhone?.ok
        ? { ...name.name, iin: consumer.iin, phone: parsedPhone.phone }
        : contact.consumer,
    details: item.contact.details ?? contact.details,
    submittedAt: item.contact.step === 'submitted' ? item.recordedAt : contact.submittedAt,
    refusedAt: item.contact.step === 'refused' ? item.recordedAt : contact.refusedAt,
    refusalReason:
      item.contact.step === 'refused' ? (item.contact.refusalReason ?? null) : contact.refusalReason,
  };
}

/** `POST /shifts/{shiftId}/sync`: the body is checked here, item by item (`body: 'custom'`). */
function syncContacts(context: OperationContext<'syncContacts', unknown>) {
  const { core, now, body } = context;
  const shift = ownShift(context, context.params.shiftId);
  requireSyncOrCloseAllowed(shift);
  const items: unknown = isRecord(body) ? body.items : undefined;
  if (
    !isRecord(body) ||
    !Array.isArray(items) ||
    items.length === 0 ||
    Object.keys(body).some((key) => key !== 'items')
  ) {
    throw refuse(Code.sync_bad_request, {
      errors: [
        { field: 'items', code: 'invalid', message: 'A sync batch is { "items": [ …1 to 100 items… ] }.' },
      ],
    });
  }
  if (items.length > core.config.syncBatch) {
    throw refuse(Code.sync_batch_too_large, { maxItems: core.config.syncBatch });
  }

  const validItems: SyncItem[] = [];
  const validIndexes: number[] = [];
  const results: (ItemResult | null)[] = items.map((raw: unknown, index) => {
    const errors = core.spec.validator.validate(SYNC_ITEM_SCHEMA, raw);
    if (errors.length === 0) {
      // Ajv has just checked it against the contract's SyncItem, the schema this type is generated from.
      validItems.push(raw as SyncItem);
      validIndexes.push(index);
      return null;
    }
    const candidate: Readonly<Record<string, unknown>> = isRecord(raw) ? raw : {};
    return {
      idempotencyKey: typeof candidate.idempotencyKey === 'string' ? candidate.idempotencyKey : '',
      contactId: typeof candidate.contactId === 'string' ? candidate.contactId : '',
      status: 'rejected',
      code: Code.validation_failed,
      detail: errors.map((error) => `${error.field}: ${error.message}`).join(' '),
    };
  });

  const acceptedAt = now.toISOString();
  return core.store.transaction(() => {
    const project = core.store.get<ProjectRecord>(COLLECTIONS.projects, shift.projectId);
    const classes = classifySyncBatch(validItems, acceptedItemsLookup(core.store, shift.id));
    const byValidIndex: ItemResult[] = [];
    classes.forEach((verdict) => {
      const { item } = verdict;
      const base = { idempotencyKey: item.idempotencyKey, contactId: item.contactId };
      switch (verdict.status) {
        case 'already_accepted':
        case 'contact_already_accepted':
          byValidIndex.push({ ...base, status: 'duplicate' });
          return;
        case 'key_reused':
        case 'key_reused_in_batch':
          byValidIndex.push({
            ...base,
            status: 'rejected',
            code: verdict.code,
            detail: getEntry(verdict.code).appText,
          });
          return;
        case 'repeated_in_batch': {
          const first = byValidIndex[verdict.firstIndex];
          byValidIndex.push(
            first?.status === 'rejected'
              ? { ...base, status: 'rejected', code: first.code, detail: first.detail }
              : { ...base, status: 'duplicate' },
          );
          return;
        }
        case 'new': {
          const contact = core.store.get<ContactRecord>(COLLECTIONS.contacts, item.contactId);
          const rejection = rejectionOf(item, contact, shift, project);
          if (rejection || !contact) {
            byValidIndex.push({
              ...base,
              status: 'rejected',
              ...(rejection ?? { code: Code.contact_not_found, detail: '' }),
            });
            return;
          }
          const record: SyncItemRecord = {
            shiftId: shift.id,
            idempotencyKey: item.idempotencyKey,
            contactId: item.contactId,
            recordedAt: item.recordedAt,
            acceptedAt,
          };
          core.store.put(COLLECTIONS.syncItems, syncItemId(shift.id, item.idempotencyKey), record);
          core.store.put(COLLECTIONS.contacts, contact.id, contactAfterSync(contact, item, acceptedAt));
          byValidIndex.push({ ...base, status: 'accepted' });
          return;
        }
      }
    });
    validIndexes.forEach((index, position) => {
      results[index] = byValidIndex[position] ?? null;
    });
    const final = results.map((result) => {
      if (result === null) throw new Error('A sync item was left without a result');
      return result;
    });
    const summary = {
      accepted: final.filter((result) => result.status === 'accepted').length,
      duplicate: final.filter((result) => result.status === 'duplicate').length,
      rejected: final.filter((result) => result.status === 'rejected').length,
    };
    const stats = statsOf(core.store, shift.id);
    const nextStats: SyncStatsRecord = {
      accepted: stats.accepted + summary.accepted,
      duplicate: stats.duplicate + summary.duplicate,
      rejected: stats.rejected + summary.rejected,
      lastSyncAt: acceptedAt,
    };
    core.store.put(COLLECTIONS.syncStats, shift.id, nextStats);
    return { status: 200, body: { shiftId: shift.id, results: final, summary } };
  });
}

/** Uploads, the final sync and what the server holds of them (R11; guide #19, #20). */
export const syncOperations = {
  getSyncStatus: {
    handle: (context) => {
      const shift = visibleShift(context, context.params.shiftId);
      const stats = statsOf(context.core.store, shift.id);
      return {
        status: 200,
        body: {
          shiftId: shift.id,
          acceptedKeys: acceptedItemsOf(context.core.store, shift.id).map((item) => item.idempotencyKey),
          ...stats,
          finalSync: {
            status: shift.finalSyncCompletedAt === null ? 'pending' : 'completed',
            completedAt: shift.finalSyncCompletedAt,
          },
        },
      };
    },
  },

  syncContacts: { body: 'custom', handle: syncContacts },

  finalizeSync: {
    handle: (context) => {
      const { core, now } = context;
      const shift = ownShift(context, context.params.shiftId);
      requireSyncOrCloseAllowed(shift);
      const { manifest } = context.body;
      const gap = finalSyncGap(core.store, shift.id, manifest);
      // The manifest is kept either way, so that a close names what the last final sync lacked.
      if (!isGapClosed(gap)) {
        core.store.put(COLLECTIONS.shifts, shift.id, {
          ...shift,
          finalSyncManifest: [...new Set(manifest)],
        } satisfies ShiftRecord);
        throw finalSyncIncomplete(gap);
      }
      const completedAt = shift.finalSyncCompletedAt ?? now.toISOString();
      core.store.put(COLLECTIONS.shifts, shift.id, {
        ...shift,
        finalSyncCompletedAt: completedAt,
        finalSyncManifest: [...new Set(manifest)],
      } satisfies ShiftRecord);
      return { status: 200, body: { shiftId: shift.id, completedAt, contacts: manifest.length } };
    },
  },
} satisfies Partial<OperationTable>;
