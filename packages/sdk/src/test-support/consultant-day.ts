import { makeIin } from '@icontact/domain';
import type { IContactClient } from '../client.js';
import type { ConsumerEntry, ContactRegistration } from '../contacts/contact-registration.js';
import type { Shift } from '../types.js';
import type { SdkMock } from './sdk-mock.js';

/** A consumer with a valid ИИН and a Kazakh mobile number, distinct for each `n`. */
export function consumer(n: number): ConsumerEntry {
  let iin: string | null = null;
  for (let serial = n * 7; iin === null; serial++) {
    iin = makeIin({ birthDate: '1990-05-17', sex: n % 2 === 0 ? 'female' : 'male', serial: serial % 10_000 });
  }
  return {
    surname: 'Сейтказиева',
    firstName: 'Айгерим',
    patronymic: 'Нурлановна',
    iin,
    phone: `+7701${String(1_000_000 + n).padStart(7, '0')}`,
  };
}

/** Logs mk.aset in, starts the shift and returns it with an activity type its project allows. */
export async function startShift(
  mock: SdkMock,
  client: IContactClient,
): Promise<{ shift: Shift; activityTypeId: string }> {
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  const [planned] = await client.shifts.list();
  if (planned === undefined) throw new Error('mk.aset has no shift in the seed');
  const shift = await client.shifts.start(planned.id);
  const activityTypeId = shift.project.activityTypes[0]?.id;
  if (activityTypeId === undefined) throw new Error('the project has no activity type');
  return { shift, activityTypeId };
}

/** The SMS code the mock delivered last to `phone`. */
export function lastSmsCode(mock: SdkMock, phone: string): string {
  const message = mock.admin.smsInbox(phone).at(-1);
  if (message === undefined) throw new Error(`no SMS reached ${phone}`);
  return message.code;
}

/** Runs every step of a registration up to `details_recorded`. */
export async function fillContact(
  mock: SdkMock,
  registration: ContactRegistration,
  n: number,
): Promise<void> {
  const entry = consumer(n);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  await registration.sendSmsCode();
  await registration.verifySmsCode(lastSmsCode(mock, entry.phone));
  await registration.recordDetails({
    devices: [{ model: 'Tulpar X1', quantity: 1 }],
    compliment: { kind: 'чехол', quantity: 1 },
  });
}
