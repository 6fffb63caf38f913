import { makeIin } from '@icontact/domain';
import type { ConsumerEntry, IContactClient, Shift } from '@icontact/sdk';

/** The frozen clock's start in every test: 08:30 in Almaty, mk.aset's shift starts now. */
export const CLOCK_START = '2026-11-24T03:30:00Z';

/** The password of every seeded account. */
export const PASSWORD = 'Passw0rd!';

/** The headers of the consultants' tablet app, for raw `fetch` calls. */
export const TABLET_HEADERS = { 'x-client-kind': 'tablet', 'x-app-version': '3.2.0' } as const;

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
export async function startShift(client: IContactClient): Promise<{ shift: Shift; activityTypeId: string }> {
  await client.auth.login({ login: 'mk.aset', password: PASSWORD });
  const [planned] = await client.shifts.list();
  if (planned === undefined) throw new Error('mk.aset has no shift in the seed');
  const shift = await client.shifts.start(planned.id);
  const activityTypeId = shift.project.activityTypes[0]?.id;
  if (activityTypeId === undefined) throw new Error('the project has no activity type');
  return { shift, activityTypeId };
}
