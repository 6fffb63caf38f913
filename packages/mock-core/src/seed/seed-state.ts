import { base, en, Faker, ru } from '@faker-js/faker';
import { KAZAKH_MOBILE_PREFIXES, localDateOf, makeIin, type Sex } from '@icontact/domain';
import { newShiftRecord, putNewShift, SHIFT_NUMBER_BEFORE_FIRST } from '../rules/new-shift.js';
import { COLLECTIONS, type MetaRecord, type ProjectRecord, type UserRecord } from '../state/records.js';
import type { Store } from '../store/store.js';
import {
  KAZAKH_NAMES,
  SEED_CONSULTANTS,
  SEED_PASSWORD,
  SEED_SUPERVISORS,
  type SeedConsultant,
  type SeedName,
} from './seed-people.js';

/** The id of the backend's bookkeeping record in the `meta` collection. */
export const META_ID = 'backend';

/** How many consultants the seed draws with faker besides the fixed ones. */
const DRAWN_CONSULTANTS = 3;

const PROJECTS = [
  {
    name: 'Напитки Алматы',
    activityTypes: ['Дегустация', 'Раздача образцов'],
    pay: { hourlyRate: 1500, contactBonus: 200 },
  },
  {
    name: 'Смартфоны Tulpar',
    activityTypes: ['Презентация устройства', 'Промо-консультация'],
    pay: { hourlyRate: 1800, contactBonus: 350 },
  },
  {
    name: 'Кофе Sary',
    activityTypes: ['Дегустация', 'Промо-консультация', 'Раздача образцов'],
    pay: { hourlyRate: 1400, contactBonus: 150 },
  },
] as const;

/** A seeded faker: Russian names, deterministic from the seed. */
export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [ru, en, base] });
  faker.seed(seed);
  return faker;
}

/** A valid ИИН for a person of `sex`, born 1970–2004, drawn from `faker`. */
export function drawIin(faker: Faker, sex: Sex): string {
  const birth = faker.date.between({ from: '1970-01-01T00:00:00Z', to: '2004-12-31T00:00:00Z' });
  const birthDate = birth.toISOString().slice(0, 10);
  for (let serial = faker.number.int({ min: 0, max: 9000 }); ; serial += 1) {
    const iin = makeIin({ birthDate, sex, serial });
    if (iin !== null) return iin;
  }
}

/** A Kazakh mobile number (`+7` and a mobile prefix), drawn from `faker`. */
export function drawPhone(faker: Faker): string {
  const prefix = faker.helpers.arrayElement(KAZAKH_MOBILE_PREFIXES);
  return `+7${prefix}${faker.string.numeric(7)}`;
}

/** A full name for a person of `sex`: Kazakh (from {@link KAZAKH_NAMES}) or Russian (faker's `ru` locale). */
export function drawName(faker: Faker, sex: Sex, kazakh: boolean): SeedName {
  if (!kazakh) {
    return {
      surname: faker.person.lastName(sex),
      firstName: faker.person.firstName(sex),
      patronymic: faker.person.middleName(sex),
    };
  }
  const stem = faker.helpers.arrayElement(KAZAKH_NAMES.surnameStems);
  const father = faker.helpers.arrayElement(KAZAKH_NAMES.fatherNames);
  return {
    surname: sex === 'female' ? `${stem}а` : stem,
    firstName: faker.helpers.arrayElement(KAZAKH_NAMES[sex]),
    patronymic: `${father}${sex === 'female' ? 'овна' : 'ович'}`,
  };
}

function userOf(
  faker: Faker,
  login: string,
  role: UserRecord['role'],
  name: SeedName,
  sex: Sex,
  supervisorId: string | null,
  deletedAt: string | null,
): UserRecord {
  return {
    id: faker.string.uuid(),
    login,
    password: SEED_PASSWORD,
    role,
    ...name,
    email: `${login}@icontact.example`,
    phone: drawPhone(faker),
    iin: drawIin(faker, sex),
    supervisorId,
    deletedAt,
  };
}

/** The login of the `index`th drawn consultant. */
function loginOf(index: number): string {
  return `mk.team${index + 1}`;
}

/**
 * Fills an empty store with the seed data, deterministic from `seed`: two supervisors, the fixed
 * consultants of {@link SEED_CONSULTANTS} (each in a documented situation) and a few drawn ones, three
 * projects with activity types and pay terms, and today's shifts placed around `clockStart`.
 */
export function seedState(store: Store, seed: number, clockStart: Date): void {
  const faker = seededFaker(seed);
  const today = localDateOf(clockStart);
  const at = (offsetMinutes: number): Date => new Date(clockStart.getTime() + offsetMinutes * 60_000);

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the seed as one transaction that plants each guide case in order; split, the cases lose their order
  store.transaction(() => {
    const projects: ProjectRecord[] = PROJECTS.map((project) => ({
      id: faker.string.uuid(),
      name: project.name,
      activityTypes: project.activityTypes.map((name) => ({ id: faker.string.uuid(), name })),
      pay: { currency: 'KZT', ...project.pay, incorrectCloseFactor: 0.8 },
    }));
    for (const project of projects) store.put(COLLECTIONS.projects, project.id, project);

    const supervisors = SEED_SUPERVISORS.map((person) =>
      userOf(faker, person.login, 'supervisor', person.name, person.sex, null, null),
    );
    for (const supervisor of supervisors) store.put(COLLECTIONS.users, supervisor.id, supervisor);

    const drawn: SeedConsultant[] = Array.from({ length: DRAWN_CONSULTANTS }, (_, index) => {
      const sex: Sex = faker.datatype.boolean() ? 'female' : 'male';
      return {
        login: loginOf(index),
        sex,
        name: drawName(faker, sex, index % 2 === 0),
        supervisor: index % SEED_SUPERVISORS.length,
        shift: {
          kind: 'shift',
          startOffsetMinutes: faker.helpers.arrayElement([-60, 30, 60, 90, 180]),
          durationMinutes: 480,
        },
        note: 'drawn from the seed',
      };
    });

    let shiftNumber = SHIFT_NUMBER_BEFORE_FIRST;
    for (const [index, person] of [...SEED_CONSULTANTS, ...drawn].entries()) {
      const supervisor = person.supervisor === null ? null : (supervisors[person.supervisor] ?? null);
      const user = userOf(
        faker,
        person.login,
        'consultant',
        person.name,
        person.sex,
        supervisor?.id ?? null,
        person.deleted === true ? at(-7 * 24 * 60).toISOString() : null,
      );
      store.put(COLLECTIONS.users, user.id, user);
      if (person.shift.kind === 'none' || supervisor === null) continue;
      const plannedStart = at(person.shift.startOffsetMinutes);
      const deleted = person.shift.kind === 'deleted_shift';
      shiftNumber += 1;
      const shift = newShiftRecord(
        {
          id: faker.string.uuid(),
          number: shiftNumber,
          consultantId: user.id,
          supervisorId: supervisor.id,
          projectId: (projects[index % projects.length] as ProjectRecord).id,
          date: localDateOf(plannedStart),
          plannedStart: plannedStart.toISOString(),
          plannedEnd: at(person.shift.startOffsetMinutes + person.shift.durationMinutes).toISOString(),
        },
        deleted ? at(-60).toISOString() : null,
      );
      putNewShift(store, shift);
    }

    const meta: MetaRecord = { seed, shiftNumber, seededAt: clockStart.toISOString(), today };
    store.put(COLLECTIONS.meta, META_ID, meta);
  });
}

/** Sample consumers with valid ИИНs and Kazakh mobile numbers, for QA to type in; deterministic from the seed. */
export function sampleConsumers(seed: number, count = 3): { name: SeedName; iin: string; phone: string }[] {
  const faker = seededFaker(seed + 7919);
  return Array.from({ length: count }, (_, index) => {
    const sex: Sex = index % 2 === 0 ? 'female' : 'male';
    return { name: drawName(faker, sex, index % 2 === 1), iin: drawIin(faker, sex), phone: drawPhone(faker) };
  });
}
