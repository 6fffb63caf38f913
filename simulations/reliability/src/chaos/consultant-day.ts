import { randomUUID } from 'node:crypto';
import type { IContactClient } from '@icontact/sdk';
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
}

/** A unique Kazakh mobile number per consultant and contact (each number has 3 SMS a month). */
function phoneOf(consultant: number, contact: number): string {
  return `+7701${String(consultant).padStart(3, '0')}${String(contact).padStart(4, '0')}`;
}

/** How long the admin API may stay unreachable while the mock restarts on a loaded machine. */
const ADMIN_PATIENCE_MS = 30_000;

/** The latest code delivered to `phone`, read from the admin API (again while the mock restarts). */
async function readSmsCode(admin: () => AdminClient, phone: string): Promise<string | undefined> {
  const giveUpAt = Date.now() + ADMIN_PATIENCE_MS;
  for (;;) {
    try {
      return (await admin().smsCodes(phone)).at(-1);
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Runs a consultant's day through the SDK: log in, start the shift, register `contacts` contacts (each
 * step pressed again after a network or server failure — the SDK re-sends a step whose answer was lost
 * under the same idempotency key), push the outbox, close the shift with its final sync. Any domain
 * refusal (a `contact_step_conflict` above all: the sign of a step re-sent under a new key) fails the day.
 */
export async function runConsultantDay(options: {
  readonly client: IContactClient;
  readonly admin: () => AdminClient;
  readonly login: string;
  readonly password: string;
  readonly index: number;
  readonly contacts: number;
  /** Called after each contact is submitted (the server said so). Default: nothing. */
  readonly onSubmitted?: () => void;
}): Promise<ConsultantDayResult> {
  const { client, login, index } = options;
  const presses = { count: 0 };
  /** One call, pressed again after a failure worth it; a failure names the consultant and the step. */
  const press = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await persist(action, presses);
    } catch (error) {
      throw new Error(`${login}, ${what}: ${String(error)}`, { cause: error });
    }
  };
  await press('login', () => client.auth.login({ login, password: options.password }));
  const shifts = await press('shifts', () => client.shifts.list());
  const shift = shifts.find((candidate) => candidate.status !== 'closed');
  if (shift === undefined) throw new Error(`${login} has no shift to work`);
  const startKey = randomUUID();
  const started = await press('start', () => client.shifts.start(shift.id, { idempotencyKey: startKey }));
  const activityTypeId = started.project.activityTypes[0]?.id ?? '';
  const contactIds: string[] = [];
  const recordKeys: string[] = [];
  for (let contact = 0; contact < options.contacts; contact += 1) {
    const openKey = randomUUID();
    const registration = await press(`contact ${contact} begin`, () =>
      client.contacts.begin(shift.id, { activityTypeId }, { idempotencyKey: openKey }),
    );
    const phone = phoneOf(index, contact);
    const step = (name: string, action: () => Promise<unknown>) =>
      press(`contact ${contact} ${name}`, action);
    await step('recordConsumer', () =>
      registration.recordConsumer({
        surname: 'Сейтказиева',
        firstName: 'Әсел',
        patronymic: 'Қайратқызы',
        iin: validIin(index * 100 + contact),
        phone,
      }),
    );
    await step('checkIin', () => registration.checkIin());
    await step('sendSmsCode', () => registration.sendSmsCode());
    const code = await readSmsCode(options.admin, phone);
    if (code === undefined) throw new Error(`no SMS reached ${phone}`);
    await step('verifySmsCode', () => registration.verifySmsCode(code));
    await step('recordDetails', () =>
      registration.recordDetails({
        devices: [{ model: 'Tulpar X1', quantity: 1 }],
        compliment: { kind: 'Термокружка', quantity: 1 },
      }),
    );
    await step('submit', () => registration.submit());
    options.onSubmitted?.();
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
  };
}
