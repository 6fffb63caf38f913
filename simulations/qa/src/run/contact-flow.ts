import { Code } from '@icontact/errors';
import { type ConsumerEntry, type ContactRegistration, type IContactClient, LocalError } from '@icontact/sdk';
import type { ConsultantStep } from '../scenario/step-schemas.js';
import { persist } from './persist.js';
import type { RunContext } from './run-context.js';

/** A `register` step, validated. */
export type RegisterStep = Extract<ConsultantStep, { do: 'register' }>;

/** What the contact flow needs from its consultant. */
export interface ContactFlowActor {
  readonly login: string;
  readonly client: IContactClient;
  readonly shiftId: string;
  readonly activityTypeId: string;
  relogin(): Promise<boolean>;
}

/** The devices and the compliment every generated contact records (R13). */
function details(): {
  devices: { model: string; quantity: number }[];
  compliment: { kind: string; quantity: number };
} {
  return { devices: [{ model: 'Tulpar X1', quantity: 1 }], compliment: { kind: 'Брелок', quantity: 1 } };
}

/** A wrong code to type first (`smsCode: wrong`): a valid-looking 6 digits that is not the one sent. */
function wrongCodeFor(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/**
 * Registers one consumer the way the app leads a consultant through it (R13–R16): begin, consumer,
 * ИИН check through KOMPRA, SMS (the code read from the consumer's phone: the mock's SMS inbox),
 * details, submit. A step that finally fails ends the contact with "Отказ" (R14). `mistake` goes back
 * a screen first (guide #24): the app refuses, the consultant presses "Отказ" and begins again.
 *
 * @returns whether a contact was recorded in the outbox (submitted or refused)
 */
export async function registerContact(
  context: RunContext,
  actor: ContactFlowActor,
  consumer: ConsumerEntry,
  step: RegisterStep,
  mistake: boolean,
): Promise<void> {
  const { client, login } = actor;
  const base = { actor: login, timing: step, relogin: () => actor.relogin() };
  const begun = await persist(context, { ...base, step: 'register.begin' }, () =>
    client.contacts.begin(actor.shiftId, { activityTypeId: actor.activityTypeId }),
  );
  if (!begun.ok) return;
  const registration = begun.value;

  const recorded = await persist(context, { ...base, step: 'register.recordConsumer' }, () =>
    registration.recordConsumer(consumer),
  );
  if (!recorded.ok) return refuseContact(context, actor, registration, 'consumer data refused', step);

  if (mistake) {
    // "Back" to fix the name: a contact only moves forward, so the app refuses (guide #24).
    await persist(context, { ...base, step: 'register.back', timing: { ...step, attempts: 1 } }, () =>
      registration.recordConsumer(consumer),
    );
    await refuseContact(context, actor, registration, 'mistake: starting again', step);
    return registerContact(context, actor, consumer, step, false);
  }
  if (step.refuse) return refuseContact(context, actor, registration, 'the consumer declined', step);

  const checked = await persist(context, { ...base, step: 'register.checkIin' }, () =>
    registration.checkIin(),
  );
  if (!checked.ok) return refuseContact(context, actor, registration, 'ИИН check failed', step);

  const phone = registration.contact.consumer?.phone ?? consumer.phone;
  // Messages that reached the phone before this contact's first send; a replayed answer delivers none.
  const lastSeq = (await context.admin.smsInbox(phone)).reduce(
    (max, message) => Math.max(max, message.seq),
    0,
  );
  const code = await persist(context, { ...base, step: 'register.sendSmsCode' }, async () => {
    await registration.sendSmsCode();
    const delivered = (await context.admin.smsInbox(phone)).filter(
      (message) => message.contactId === registration.contactId && message.seq > lastSeq,
    );
    const latest = delivered.at(-1);
    if (latest === undefined) {
      throw new LocalError({
        code: Code.sms_not_delivered,
        detail: `No SMS code reached ${phone}: the gateway took the message, the consumer got nothing.`,
        operation: 'sendSmsCode',
      });
    }
    return latest.code;
  });
  if (!code.ok) return refuseContact(context, actor, registration, 'no SMS code', step);

  const verified = await persist(context, { ...base, step: 'register.verifySmsCode' }, (attempt) =>
    registration.verifySmsCode(
      attempt === 1 && step.smsCode === 'wrong' ? wrongCodeFor(code.value) : code.value,
    ),
  );
  if (!verified.ok) return refuseContact(context, actor, registration, 'SMS code not confirmed', step);

  const detailed = await persist(context, { ...base, step: 'register.recordDetails' }, () =>
    registration.recordDetails(details()),
  );
  if (!detailed.ok) return refuseContact(context, actor, registration, 'details refused', step);

  await persist(context, { ...base, step: 'register.submit' }, () => registration.submit());
  await noteRecorded(context, actor, registration, 'submitted');
}

/** "Отказ": ends the contact with a refusal (when it is still open) and notes its record. */
async function refuseContact(
  context: RunContext,
  actor: ContactFlowActor,
  registration: ContactRegistration,
  reason: string,
  step: RegisterStep,
): Promise<void> {
  if (!registration.allowedActions.includes('refuse')) return;
  await persist(
    context,
    { actor: actor.login, step: 'register.refuse', timing: step, relogin: () => actor.relogin() },
    () => registration.refuse(reason),
  );
  await noteRecorded(context, actor, registration, 'refused');
}

/** Notes the contact's record when the outbox holds it (a failed server call after the write still counts). */
async function noteRecorded(
  context: RunContext,
  actor: ContactFlowActor,
  registration: ContactRegistration,
  outcome: 'submitted' | 'refused',
): Promise<void> {
  const pending = await actor.client.sync.pending(actor.shiftId);
  const inOutbox = pending.some((item) => item.idempotencyKey === registration.recordKey);
  const closed = registration.step === outcome;
  if (!inOutbox && !closed) return;
  context.recorder.recorded({
    actor: actor.login,
    shiftId: actor.shiftId,
    contactId: registration.contactId,
    recordKey: registration.recordKey,
    outcome,
  });
}
