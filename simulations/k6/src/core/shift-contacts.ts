/**
 * The contacts one consultant recorded offline during a shift, drawn from a seeded stream: the same run
 * seed and flow number always give the same consumers and the same idempotency keys, so the ledger can
 * recompute what a flow was going to send.
 */
import type { components } from '@icontact/openapi';
import { randomIin } from './iin.ts';
import { createSeededRandom, deriveSeed, type SeededRandom, seededUuid } from './seeded-random.ts';

/** The consumer as the consultant typed them (the contract's `ConsumerInput`). */
export interface PlannedConsumer {
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  readonly iin: string;
  readonly phone: string;
}

/** Devices and compliment: the contract's `ContactDetails`. */
export type PlannedDetails = components['schemas']['ContactDetails'];

/** One contact of the shift, as the tablet will upload it. */
export interface PlannedContact {
  /** The client-generated key kept across every upload of this contact. */
  readonly idempotencyKey: string;
  /** The key of the request that opens the contact online (a write of its own). */
  readonly openKey: string;
  /** `submitted`, or `refused` ("Отказ") with a reason. */
  readonly step: 'submitted' | 'refused';
  readonly consumer: PlannedConsumer;
  /** With `submitted` only. */
  readonly details: PlannedDetails | null;
  /** With `refused` only. */
  readonly refusalReason: string | null;
  /** Which of the project's activity types to open the contact with: a number in [0, 1). */
  readonly activityDraw: number;
}

/** What {@link planShiftContacts} draws. */
export interface ShiftContactsPlan {
  /** The run's seed (the `SEED` variable, mixed with the run id). */
  readonly runSeed: string;
  /** The flow's number in the run, 0-based: one flow is one consultant closing one shift. */
  readonly flow: number;
  /** How many contacts the shift holds. */
  readonly count: number;
  /** The share of contacts refused ("Отказ") instead of submitted, 0–1. */
  readonly refusalRate: number;
}

const SURNAMES = [
  'Сейтказиева',
  'Нурланов',
  'Ахметова',
  'Жумабеков',
  'Иванова',
  'Омаров',
  'Касымова',
  'Тулегенов',
  'Смирнова',
  'Әбдірахманов',
  'Қасенова',
  "О'Коннор",
] as const;
const FIRST_NAMES = [
  'Айгерим',
  'Ерлан',
  'Динара',
  'Нұрлан',
  'Мария',
  'Асет',
  'Гүлнар',
  'Данияр',
  'Ольга',
  'Арман',
] as const;
const PATRONYMICS = [
  'Нурлановна',
  'Серикович',
  'Маратовна',
  'Болатович',
  'Сергеевна',
  'Ерланұлы',
  'Асқарқызы',
  'Петрович',
] as const;
/** The Kazakh mobile prefixes the contract accepts (0001: 700–702, 705–708, 747, 760–764, 771, 775–778, 785). */
const MOBILE_PREFIXES = [
  '700',
  '701',
  '702',
  '705',
  '706',
  '707',
  '708',
  '747',
  '760',
  '761',
  '762',
  '763',
  '764',
  '771',
  '775',
  '776',
  '777',
  '778',
  '785',
] as const;
const DEVICE_MODELS = [
  'Samsung Galaxy A15',
  'iPhone 13',
  'Xiaomi Redmi Note 13',
  'Tecno Spark 20',
  'Huawei nova 11',
] as const;
const COMPLIMENTS = ['Брелок', 'Кружка', 'Power bank', 'Футболка', 'Зонт'] as const;
const REFUSAL_REASONS = [
  'Потребитель передумал',
  'Ошибка в ФИО, контакт начат заново',
  'Нет связи для SMS',
] as const;

function drawPhone(random: SeededRandom): string {
  return `+7${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

function drawDetails(random: SeededRandom): PlannedDetails {
  const devices = Array.from({ length: random.int(1, 2) }, () => ({
    model: random.pick(DEVICE_MODELS),
    quantity: random.int(1, 2),
  }));
  return { devices, compliment: { kind: random.pick(COMPLIMENTS), quantity: 1 } };
}

/** The contacts of one flow's shift, in the order they were recorded. */
export function planShiftContacts(plan: ShiftContactsPlan): PlannedContact[] {
  const random = createSeededRandom(deriveSeed(plan.runSeed, 'shift-contacts', plan.flow));
  const contacts: PlannedContact[] = [];
  for (let i = 0; i < plan.count; i++) {
    const refused = random.chance(plan.refusalRate);
    contacts.push({
      idempotencyKey: seededUuid(random),
      openKey: seededUuid(random),
      step: refused ? 'refused' : 'submitted',
      consumer: {
        surname: random.pick(SURNAMES),
        firstName: random.pick(FIRST_NAMES),
        patronymic: random.pick(PATRONYMICS),
        iin: randomIin(random),
        phone: drawPhone(random),
      },
      details: refused ? null : drawDetails(random),
      refusalReason: refused ? random.pick(REFUSAL_REASONS) : null,
      activityDraw: random.next(),
    });
  }
  return contacts;
}

/** Splits a list into batches of at most `size` items, in order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** A write of a flow besides the uploads and the opens. */
export type FlowWrite = 'start' | 'final_sync' | 'close';

/**
 * The `Idempotency-Key` of a flow's write. Each round of a write gets a key of its own: a final sync
 * answered "incomplete" is stored under its key, so the next round, after the missing items went up,
 * must not replay it. The same run seed, flow, write and round always give the same key.
 */
export function flowKey(runSeed: string, flow: number, write: FlowWrite, round: number): string {
  return seededUuid(createSeededRandom(deriveSeed(runSeed, 'flow-key', flow, write, round)));
}
