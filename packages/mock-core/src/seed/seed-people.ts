/**
 * The fixed accounts of the seed data: the same logins and situations whatever the seed, so that the
 * docs and QA scripts can name them. Each says where its shift lies relative to the clock's start.
 */

/** The password of every seeded account. */
export const SEED_PASSWORD = 'Passw0rd!';

/** A person's name in the order the app writes it: surname, first name, patronymic. */
export interface SeedName {
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
}

/** A supervisor of the seed. */
export interface SeedSupervisor {
  readonly login: string;
  readonly name: SeedName;
  readonly sex: 'male' | 'female';
}

/** Where a seeded consultant's shift lies, in minutes from the clock's start (08:30 by default). */
export type SeedShiftPlan =
  | { readonly kind: 'shift'; readonly startOffsetMinutes: number; readonly durationMinutes: number }
  | { readonly kind: 'deleted_shift'; readonly startOffsetMinutes: number; readonly durationMinutes: number }
  | { readonly kind: 'none' };

/** A consultant of the seed and the situation they are in. */
export interface SeedConsultant {
  readonly login: string;
  readonly name: SeedName;
  readonly sex: 'male' | 'female';
  /** Index into the supervisors, or `null` for the unbound consultant. */
  readonly supervisor: number | null;
  readonly shift: SeedShiftPlan;
  readonly deleted?: boolean;
  /** What QA can try with this account. */
  readonly note: string;
}

export const SEED_SUPERVISORS: readonly SeedSupervisor[] = [
  {
    login: 'sv.nurlan',
    sex: 'male',
    name: { surname: 'Ахметов', firstName: 'Нурлан', patronymic: 'Серикович' },
  },
  {
    login: 'sv.elena',
    sex: 'female',
    name: { surname: 'Ковальчук', firstName: 'Елена', patronymic: 'Викторовна' },
  },
];

const DAY = 8 * 60;

export const SEED_CONSULTANTS: readonly SeedConsultant[] = [
  {
    login: 'mk.aigerim',
    sex: 'female',
    name: { surname: 'Сейтказиева', firstName: 'Айгерим', patronymic: 'Нурлановна' },
    supervisor: 0,
    shift: { kind: 'shift', startOffsetMinutes: 10, durationMinutes: DAY },
    note: 'shift starts 10 min after the clock start: can log in now',
  },
  {
    login: 'mk.aset',
    sex: 'male',
    name: { surname: 'Касымов', firstName: 'Асет', patronymic: 'Болатович' },
    supervisor: 0,
    shift: { kind: 'shift', startOffsetMinutes: 0, durationMinutes: DAY },
    note: 'shift starts at the clock start: can log in now, on time if started at once',
  },
  {
    login: 'mk.dana',
    sex: 'female',
    name: { surname: 'Жумабекова', firstName: 'Дана', patronymic: 'Ерлановна' },
    supervisor: 0,
    shift: { kind: 'shift', startOffsetMinutes: -30, durationMinutes: DAY },
    note: 'shift started 30 min before the clock start: can log in, starting now is 30 min late',
  },
  {
    login: 'mk.olga',
    sex: 'female',
    name: { surname: 'Смирнова', firstName: 'Ольга', patronymic: 'Игоревна' },
    supervisor: 0,
    shift: { kind: 'shift', startOffsetMinutes: 120, durationMinutes: DAY },
    note: 'shift starts 2 h after the clock start: login_before_shift_window until 15 min before',
  },
  {
    login: 'mk.timur',
    sex: 'male',
    name: { surname: 'Абдрахманов', firstName: 'Тимур', patronymic: 'Маратович' },
    supervisor: 1,
    shift: { kind: 'shift', startOffsetMinutes: 240, durationMinutes: DAY },
    note: 'shift starts 4 h after the clock start: login_before_shift_window',
  },
  {
    login: 'mk.yerlan',
    sex: 'male',
    name: { surname: 'Оспанов', firstName: 'Ерлан', patronymic: 'Кайратович' },
    supervisor: 1,
    shift: { kind: 'shift', startOffsetMinutes: -270, durationMinutes: 240 },
    note: 'shift ended 30 min before the clock start: outside_shift',
  },
  {
    login: 'mk.svetlana',
    sex: 'female',
    name: { surname: 'Петрова', firstName: 'Светлана', patronymic: 'Андреевна' },
    supervisor: 1,
    shift: { kind: 'shift', startOffsetMinutes: 15, durationMinutes: DAY },
    note: 'shift starts 15 min after the clock start: the window opens exactly at the start',
  },
  {
    login: 'mk.unbound',
    sex: 'male',
    name: { surname: 'Бекенов', firstName: 'Данияр', patronymic: 'Аскарович' },
    supervisor: null,
    shift: { kind: 'none' },
    note: 'bound to no supervisor: logs in (no login window), consultant_not_bound from the shift list',
  },
  {
    login: 'mk.deleted',
    sex: 'female',
    name: { surname: 'Исаева', firstName: 'Мадина', patronymic: 'Руслановна' },
    supervisor: 0,
    shift: { kind: 'none' },
    deleted: true,
    note: 'deleted account: account_deleted (410)',
  },
  {
    login: 'mk.noshift',
    sex: 'male',
    name: { surname: 'Ким', firstName: 'Виктор', patronymic: 'Сергеевич' },
    supervisor: 1,
    shift: { kind: 'deleted_shift', startOffsetMinutes: 0, durationMinutes: DAY },
    note: 'today\u2019s shift was deleted by the supervisor: shift_not_found, no login window',
  },
];

/** Kazakh first names and patronymic stems for the consultants the seed draws (faker has no Kazakh locale). */
export const KAZAKH_NAMES = {
  male: ['Айдос', 'Арман', 'Бауыржан', 'Диас', 'Ержан', 'Жандос', 'Мирас', 'Нуржан', 'Санжар', 'Темирлан'],
  female: [
    'Айым',
    'Асель',
    'Гульнара',
    'Жанар',
    'Камила',
    'Меруерт',
    'Салтанат',
    'Томирис',
    'Улжан',
    'Дильназ',
  ],
  surnameStems: [
    'Абенов',
    'Байжанов',
    'Ермеков',
    'Жаксылыков',
    'Искаков',
    'Мукашев',
    'Нурпеисов',
    'Сулейменов',
  ],
  fatherNames: ['Арман', 'Бахыт', 'Ерлан', 'Кайрат', 'Марат', 'Нурлан', 'Серик', 'Талгат'],
} as const;
