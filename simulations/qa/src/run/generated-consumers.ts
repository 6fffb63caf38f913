import { KAZAKH_MOBILE_PREFIXES, makeIin, type Sex } from '@icontact/domain';
import type { ConsumerEntry } from '@icontact/sdk';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

const NAMES = {
  male: {
    surnames: ['Ахметов', 'Байжанов', 'Ермеков', 'Искаков', 'Мукашев', 'Нурпеисов', 'Сулейменов', 'Иванов'],
    firstNames: ['Айдос', 'Арман', 'Бауыржан', 'Диас', 'Ержан', 'Мирас', 'Санжар', 'Дмитрий'],
  },
  female: {
    surnames: ['Ахметова', 'Байжанова', 'Ермекова', 'Искакова', 'Мукашева', 'Нурпеисова', 'Сулейменова'],
    firstNames: ['Айым', 'Асель', 'Гульнара', 'Жанар', 'Камила', 'Меруерт', 'Салтанат', 'Ольга'],
  },
  fathers: ['Арман', 'Бахыт', 'Ерлан', 'Кайрат', 'Марат', 'Нурлан', 'Серик', 'Талгат'],
} as const;

/** Makes the consumers one consultant registers: valid, different, the same for the same seed. */
export interface ConsumerGenerator {
  /** The `index`th consumer (0-based) of this consultant. */
  next(): ConsumerEntry;
}

function pick<T>(generator: ReturnType<typeof xoroshiro128plus>, items: readonly T[]): T {
  return items[uniformInt(generator, 0, items.length - 1)] as T;
}

/**
 * A generator of consumers for the consultant numbered `consultantIndex` (its place in the team):
 * names, birth dates and ИИН serials drawn from `seed`; the phone made of a Kazakh mobile prefix, the
 * consultant's number and the contact's number, so that no two generated consumers share a phone (the
 * SMS quota is per phone).
 */
export function createConsumerGenerator(seed: number, consultantIndex: number): ConsumerGenerator {
  const generator = xoroshiro128plus((seed * 7919 + consultantIndex * 104_729) | 0);
  generator.jump();
  let index = 0;
  return {
    next() {
      const sex: Sex = uniformInt(generator, 0, 1) === 0 ? 'male' : 'female';
      const names = NAMES[sex];
      const father = pick(generator, NAMES.fathers);
      const year = uniformInt(generator, 1960, 2005);
      const month = uniformInt(generator, 1, 12);
      const day = uniformInt(generator, 1, 28);
      const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      let iin: string | null = null;
      for (let serial = uniformInt(generator, 0, 9000); iin === null; serial += 1) {
        iin = makeIin({ birthDate, sex, serial });
      }
      const prefix = KAZAKH_MOBILE_PREFIXES[consultantIndex % KAZAKH_MOBILE_PREFIXES.length] as string;
      const phone = `+7${prefix}${String(consultantIndex).padStart(3, '0').slice(-3)}${String(index).padStart(4, '0')}`;
      index += 1;
      return {
        surname: pick(generator, names.surnames),
        firstName: pick(generator, names.firstNames),
        patronymic: `${father}${sex === 'female' ? 'овна' : 'ович'}`,
        iin,
        phone,
      };
    },
  };
}
