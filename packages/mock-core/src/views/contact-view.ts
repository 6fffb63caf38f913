import {
  allowedContactActions,
  type ContactAction,
  SMS_CODE_POLICY,
  smsQuotaRemaining,
} from '@icontact/domain';
import type { ContactRecord } from '../state/records.js';

/**
 * The contract's names of the domain's contact actions: the API names each after its endpoint
 * (`check_iin` for `POST …/iin-check`, `verify_sms` for `POST …/sms/verify`).
 */
const CONTRACT_ACTION: Readonly<Record<ContactAction, string>> = {
  record_consumer: 'record_consumer',
  verify_iin: 'check_iin',
  send_sms: 'send_sms',
  verify_phone: 'verify_sms',
  record_details: 'record_details',
  submit: 'submit',
  refuse: 'refuse',
};

/** The contract's names of the actions a contact allows at `step`. */
export function contractActions(actions: readonly ContactAction[]): string[] {
  return actions.map((action) => CONTRACT_ACTION[action]);
}

/**
 * The `Contact` of the contract.
 *
 * @param sendsOfPhone - when each counted SMS to the contact's phone was sent (for `sendsRemaining`)
 */
export function contactView(contact: ContactRecord, now: Date, sendsOfPhone: readonly Date[]) {
  return {
    id: contact.id,
    shiftId: contact.shiftId,
    activityType: { id: contact.activityType.id, name: contact.activityType.name },
    step: contact.step,
    allowedActions: contractActions(allowedContactActions(contact.step)),
    openedAt: contact.openedAt,
    updatedAt: contact.updatedAt,
    consumer: contact.consumer === null ? null : { ...contact.consumer },
    iinVerifiedAt: contact.iinVerifiedAt,
    sms:
      contact.sms === null
        ? null
        : {
            sentAt: contact.sms.sentAt,
            expiresAt: contact.sms.expiresAt,
            triesLeft: Math.max(0, SMS_CODE_POLICY.maxTries - contact.sms.triesUsed),
            sendsRemaining: smsQuotaRemaining(sendsOfPhone, now),
            verifiedAt: contact.sms.verifiedAt,
          },
    details: contact.details === null ? null : structuredClone(contact.details),
    submittedAt: contact.submittedAt,
    refusedAt: contact.refusedAt,
    refusalReason: contact.refusalReason,
  };
}
