import { allowedContactActions, SMS_CODE_POLICY, smsQuotaRemaining } from '@icontact/domain';
import type { Schema } from '../spec/schema-types.js';
import type { ContactRecord } from '../state/records.js';

/**
 * The `Contact` of the contract.
 *
 * @param sendsOfPhone - when each counted SMS to the contact's phone was sent (for `sendsRemaining`)
 */
export function contactView(
  contact: ContactRecord,
  now: Date,
  sendsOfPhone: readonly Date[],
): Schema<'Contact'> {
  return {
    id: contact.id,
    shiftId: contact.shiftId,
    activityType: { id: contact.activityType.id, name: contact.activityType.name },
    step: contact.step,
    allowedActions: [...allowedContactActions(contact.step)],
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
    details:
      contact.details === null
        ? null
        : {
            devices: contact.details.devices.map((device) => ({ ...device })),
            compliment: { ...contact.details.compliment },
          },
    submittedAt: contact.submittedAt,
    refusedAt: contact.refusedAt,
    refusalReason: contact.refusalReason,
  };
}
