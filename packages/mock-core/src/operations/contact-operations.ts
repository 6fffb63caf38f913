import {
  checkSmsQuota,
  issueSmsCode,
  parseIin,
  parsePhone,
  SMS_QUOTA_PER_MONTH,
  validateConsumerName,
  verifySmsCode,
} from '@icontact/domain';
import { Code } from '@icontact/errors';
import { randomUuid } from '../backend/random-ids.js';
import { refuse } from '../http/api-error.js';
import { ownShift, visibleContact, visibleShift } from '../rules/access.js';
import { transition } from '../rules/contact-transition.js';
import { requireWorkAllowed } from '../rules/shift-schedule.js';
import { countedSendsTo } from '../rules/sms-sends.js';
import {
  COLLECTIONS,
  type ContactDetailsRecord,
  type ContactRecord,
  type ProjectRecord,
  type SmsMessageRecord,
  type SmsSendRecord,
} from '../state/records.js';
import { nextSequence } from '../state/sequences.js';
import { contactsOfShift } from '../state/shift-queries.js';
import { sleep, verifyIinWithKompra } from '../upstreams/kompra.js';
import { sendThroughGateway, smsGatewayDelayMs } from '../upstreams/sms-gateway.js';
import { contactView } from '../views/contact-view.js';
import type { OperationContext, OperationReply, OperationTable } from './operation-context.js';

/** A contact the signed-in consultant works on: theirs, in a shift open for work now. */
function workableContact(context: OperationContext, contactId: string): ContactRecord {
  if (context.session?.user.role !== 'consultant') {
    throw refuse(Code.permission_denied, undefined, {
      detail: 'Only the shift\u2019s consultant registers contacts.',
    });
  }
  const { contact, shift } = visibleContact(context, contactId);
  requireWorkAllowed(shift, context.now);
  return contact;
}

function reply(context: OperationContext, contact: ContactRecord, status = 200): OperationReply {
  const phone = contact.consumer?.phone;
  const sends = phone === undefined ? [] : countedSendsTo(context.core.store, phone, context.now);
  return { status, body: contactView(contact, context.now, sends) };
}

function save(context: OperationContext, contact: ContactRecord): ContactRecord {
  context.core.store.put(COLLECTIONS.contacts, contact.id, contact);
  return contact;
}

/** The forward-only registration of a consumer (R13–R17). */
export const contactOperations = {
  listShiftContacts: {
    handle: (context) => {
      const shift = visibleShift(context, context.params.shiftId);
      const contacts = contactsOfShift(context.core.store, shift.id);
      return { status: 200, body: { items: contacts.map((contact) => reply(context, contact).body) } };
    },
  },

  openContact: {
    handle: (context) => {
      const shift = ownShift(context, context.params.shiftId);
      requireWorkAllowed(shift, context.now);
      if (shift.status !== 'in_progress') throw refuse(Code.shift_not_started);
      const project = context.core.store.get<ProjectRecord>(COLLECTIONS.projects, shift.projectId);
      const { activityTypeId } = context.body;
      const activityType = project?.activityTypes.find((type) => type.id === activityTypeId);
      if (!activityType) {
        throw refuse(Code.activity_not_in_project, { projectId: shift.projectId, activityTypeId });
      }
      const at = context.now.toISOString();
      const contact = save(context, {
        id: randomUuid(),
        shiftId: shift.id,
        consultantId: shift.consultantId,
        activityType: { id: activityType.id, name: activityType.name },
        step: 'opened',
        openedAt: at,
        updatedAt: at,
        consumer: null,
        iinVerifiedAt: null,
        sms: null,
        details: null,
        submittedAt: null,
        refusedAt: null,
        refusalReason: null,
      });
      return reply(context, contact, 201);
    },
  },

  getContact: {
    handle: (context) => reply(context, visibleContact(context, context.params.contactId).contact),
  },

  recordConsumer: {
    handle: (context) => {
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'record_consumer');
      const input = context.body;
      const name = validateConsumerName({
        surname: input.surname ?? null,
        firstName: input.firstName ?? null,
        patronymic: input.patronymic ?? null,
      });
      if (!name.ok) {
        throw refuse(name.code, {
          errors: name.errors.map((error) => ({
            field: error.field,
            code: error.reason,
            message:
              error.reason === 'missing'
                ? 'Surname, first name and patronymic are all required.'
                : error.reason === 'too_long'
                  ? 'At most 64 letters.'
                  : 'Letters (Cyrillic, Kazakh or Latin) with single spaces, hyphens or apostrophes inside.',
          })),
        });
      }
      const iin = parseIin(input.iin);
      if (!iin.ok)
        throw refuse(Code.iin_invalid, {
          errors: [{ field: 'iin', code: iin.reason, message: 'Not a valid ИИН.' }],
        });
      const phone = parsePhone(input.phone);
      if (!phone.ok) {
        throw refuse(Code.phone_invalid, {
          errors: [
            {
              field: 'phone',
              code: phone.reason,
              message: 'Not a Kazakhstan mobile number (+7 7XX XXX XX XX).',
            },
          ],
        });
      }
      const updated = save(context, {
        ...contact,
        step: next.step,
        updatedAt: context.now.toISOString(),
        consumer: { ...name.name, iin: iin.iin, phone: phone.phone },
      });
      return reply(context, updated);
    },
  },

  checkIin: {
    prepare: async (context) => {
      const contact = workableContact(context, context.params.contactId);
      if (transition(contact.step, 'check_iin').repeated) return;
      await verifyIinWithKompra(context.core);
    },
    handle: (context) => {
      // KOMPRA answered in `prepare` (unless the check was a repeat); the state may have moved meanwhile:
      // read and check again before writing.
      const current = workableContact(context, context.params.contactId);
      const after = transition(current.step, 'check_iin');
      if (after.repeated) return reply(context, current);
      const at = context.now.toISOString();
      return reply(
        context,
        save(context, { ...current, step: after.step, iinVerifiedAt: at, updatedAt: at }),
      );
    },
  },

  sendSmsCode: {
    // A slow gateway: the send waits for it here, outside the transaction; `handle` then reads everything.
    prepare: async (context) => {
      const delayMs = smsGatewayDelayMs(context.core);
      if (delayMs > 0) await sleep(delayMs);
    },
    handle: (context) => {
      const { core, now } = context;
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'send_sms');
      const phone = contact.consumer?.phone;
      if (phone === undefined)
        throw refuse(Code.iin_not_verified, { currentStep: contact.step, allowedActions: [] });
      const quota = checkSmsQuota(countedSendsTo(core.store, phone, now), now);
      if (!quota.ok) {
        throw refuse(
          Code.sms_quota_exceeded,
          { remaining: 0, resetsAt: quota.resetsAt.toISOString() },
          // Retry-After: the seconds until the quota resets (the first instant of next month, Almaty).
          { retryAfter: Math.max(0, Math.ceil((quota.resetsAt.getTime() - now.getTime()) / 1000)) },
        );
      }
      const outcome = sendThroughGateway(core);
      const at = now.toISOString();
      const updated = core.store.transaction(() => {
        const send: SmsSendRecord = { phone, at, contactId: contact.id, outcome };
        core.store.put(COLLECTIONS.smsSends, randomUuid(), send);
        if (outcome === 'gateway_failed') return null;
        const issued = issueSmsCode({ now, random: core.random });
        if (outcome === 'delivered') {
          const message: SmsMessageRecord = {
            id: randomUuid(),
            seq: nextSequence(core.store, COLLECTIONS.smsInbox),
            phone,
            code: issued.code,
            text: `iContact: код подтверждения ${issued.code}. Никому не сообщайте его.`,
            contactId: contact.id,
            at,
          };
          core.store.put(COLLECTIONS.smsInbox, message.id, message);
        }
        return save(context, {
          ...contact,
          step: next.step,
          updatedAt: at,
          sms: {
            code: issued.code,
            phone,
            sentAt: at,
            expiresAt: issued.expiresAt.toISOString(),
            triesUsed: 0,
            verifiedAt: null,
          },
        });
      });
      // The failed send is committed above: it counts toward the month's quota (R17).
      if (updated === null) throw refuse(Code.sms_gateway_unavailable);
      return reply(context, updated);
    },
  },

  verifySmsCode: {
    handle: (context) => {
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'verify_sms');
      const sms = contact.sms;
      if (sms === null) throw new Error(`Contact ${contact.id} is at sms_sent without an SMS`);
      const { code } = context.body;
      const { state, verdict } = verifySmsCode(
        {
          code: sms.code,
          issuedAt: new Date(sms.sentAt),
          expiresAt: new Date(sms.expiresAt),
          triesUsed: sms.triesUsed,
        },
        { code, now: context.now },
      );
      const at = context.now.toISOString();
      const tried = { ...sms, triesUsed: state.triesUsed };
      if (!verdict.ok) {
        // Every try counts, right or wrong: the count is committed before the refusal.
        save(context, { ...contact, sms: tried, updatedAt: at });
        if (verdict.code === Code.sms_code_invalid)
          throw refuse(Code.sms_code_invalid, { triesLeft: verdict.triesLeft });
        if (verdict.code === Code.sms_code_expired)
          throw refuse(Code.sms_code_expired, { expiredAt: verdict.expiredAt.toISOString() });
        throw refuse(Code.sms_code_attempts_exceeded);
      }
      return reply(
        context,
        save(context, { ...contact, step: next.step, sms: { ...tried, verifiedAt: at }, updatedAt: at }),
      );
    },
  },

  recordDetails: {
    handle: (context) => {
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'record_details');
      const details: ContactDetailsRecord = context.body;
      return reply(
        context,
        save(context, { ...contact, step: next.step, details, updatedAt: context.now.toISOString() }),
      );
    },
  },

  submitContact: {
    handle: (context) => {
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'submit');
      const at = context.now.toISOString();
      return reply(context, save(context, { ...contact, step: next.step, submittedAt: at, updatedAt: at }));
    },
  },

  refuseContact: {
    handle: (context) => {
      const contact = workableContact(context, context.params.contactId);
      const next = transition(contact.step, 'refuse');
      const { reason } = context.body;
      const at = context.now.toISOString();
      return reply(
        context,
        save(context, { ...contact, step: next.step, refusedAt: at, refusalReason: reason, updatedAt: at }),
      );
    },
  },

  getSmsQuota: {
    handle: (context) => {
      const parsed = parsePhone(context.params.phone);
      if (!parsed.ok) {
        throw refuse(Code.phone_invalid, {
          errors: [{ field: 'path.phone', code: parsed.reason, message: 'Not a Kazakhstan mobile number.' }],
        });
      }
      const quota = checkSmsQuota(countedSendsTo(context.core.store, parsed.phone, context.now), context.now);
      const remaining = quota.ok ? quota.remaining : 0;
      return {
        status: 200,
        body: {
          phone: parsed.phone,
          limit: SMS_QUOTA_PER_MONTH,
          used: SMS_QUOTA_PER_MONTH - remaining,
          remaining,
          resetsAt: quota.resetsAt.toISOString(),
        },
      };
    },
  },
} satisfies Partial<OperationTable>;
