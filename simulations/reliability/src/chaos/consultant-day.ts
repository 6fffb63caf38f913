import { randomUUID } from 'node:crypto';
import { Code, type ContactRegistration, type IContactClient, IContactError } from '@icontact/sdk';
import type { AdminClient } from '../support/admin-client.js';
import { validIin } from '../support/iin-digits.js';
import { persist } from './persist.js';

/** One virtual consultant's day: what they recorded and what the outbox says at the end. */
export interface ConsultantDayResult {
  readonly login: string;
  readonly shiftId: string;
  /** The server's contact id of every contact submitted. */
  readonly contactIds: readonly string[];
  /** The outbox key of every contact submitted. */
  readonly recordKeys: readonly string[];
  /** Contacts the outbox still holds after the shift closed (must be 0). */
  readonly unsentAfterClose: number;
  /** How often the consultant pressed Retry after the SDK gave up. */
  readonly retries: number;
  /**
   * Steps the server had already applied when the consultant pressed Retry (`contact_step_conflict`
   * naming a later step): the answer of an applied step was lost and the retry went out under a new key.
   */
  readonly stepConflicts: number;
}

/** A unique Kazakh mobile number per consultant and contact (each number has 3 SMS a month). */
function phoneOf(consultant: number, contact: number): string {
  return `+7701${String(consultant).padStart(3, '0')}${String(contact).padStart(4, '0')}`;
}

/** The latest code delivered to `phone`, read from the admin API (again while the mock restarts). */
async function readSmsCode(admin: () => AdminClient, phone: string): Promise<string | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await admin().smsCodes(phone)).at(-1);
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Runs a consultant's day through the SDK: log in, start the shift, register `contacts` contacts (each
 * step pressed again after a failure, the contact's own idempotency keys reused), push the outbox,
 * close the shift with its final sync.
 */
export async function runConsultantDay(options: {
  readonly client: IContactClient;
  readonly admin: () => AdminClient;
  readonly login: string;
  readonly password: string;
  readonly index: number;
  readonly contacts: number;
}): Promise<ConsultantDayResult> {
  const { client, login, index } = options;
  const presses = { count: 0 };
  let stepConflicts = 0;
  /**
   * One screen of the registration, pressed again after a failure. A `contact_step_conflict` that puts
   * the contact past this step means the server applied it already: the app moves on, as it would.
   */
  const step = async (registration: ContactRegistration, action: () => Promise<unknown>): Promise<void> => {
    try {
      await persist(action, presses);
    } catch (error) {
      const before = registration.step;
      if (!(error instanceof IContactError) || error.code !== Code.contact_step_conflict) throw error;
      if (registration.step === before && typeof error.data.currentStep !== 'string') throw error;
      stepConflicts += 1;
    }
  };
  await persist(() => client.auth.login({ login, password: options.password }), presses);
  const shifts = await persist(() => client.shifts.list(), presses);
  const shift = shifts.find((candidate) => candidate.status !== 'closed');
  if (shift === undefined) throw new Error(`${login} has no shift to work`);
  const startKey = randomUUID();
  const started = await persist(() => client.shifts.start(shift.id, { idempotencyKey: startKey }), presses);
  const activityTypeId = started.project.activityTypes[0]?.id ?? '';
  const contactIds: string[] = [];
  const recordKeys: string[] = [];
  for (let contact = 0; contact < options.contacts; contact += 1) {
    const openKey = randomUUID();
    const registration = await persist(
      () => client.contacts.begin(shift.id, { activityTypeId }, { idempotencyKey: openKey }),
      presses,
    );
    const phone = phoneOf(index, contact);
    await step(registration, () =>
      registration.recordConsumer({
        surname: 'Сейтказиева',
        firstName: 'Әсел',
        patronymic: 'Қайратқызы',
        iin: validIin(index * 100 + contact),
        phone,
      }),
    );
    await step(registration, () => registration.checkIin());
    await step(registration, () => registration.sendSms());
    const code = await readSmsCode(options.admin, phone);
    if (code === undefined) throw new Error(`no SMS reached ${phone}`);
    await step(registration, () => registration.verifySms(code));
    await step(registration, () =>
      registration.recordDetails({
        devices: [{ model: 'Tulpar X1', quantity: 1 }],
        compliment: { kind: 'Термокружка', quantity: 1 },
      }),
    );
    await step(registration, () => registration.submit());
    contactIds.push(registration.contactId);
    recordKeys.push(registration.recordKey);
    // Upload as the app does between contacts; a failed push leaves the items for the next one.
    await client.sync.push(shift.id).catch(() => undefined);
  }
  const closeKey = randomUUID();
  try {
    await persist(() => client.shifts.close(shift.id, { idempotencyKey: closeKey }), presses);
  } catch (error) {
    const rejected = await client.sync.rejected(shift.id);
    throw new Error(`${login} could not close: ${String(error)}; refused: ${JSON.stringify(rejected)}`, {
      cause: error,
    });
  }
  return {
    login,
    shiftId: shift.id,
    contactIds,
    recordKeys,
    unsentAfterClose: await client.sync.unsentCount(),
    retries: presses.count,
    stepConflicts,
  };
}
