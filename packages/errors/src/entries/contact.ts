import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const REFUSE_AND_RESTART_RU =
  'Нажмите кнопку «Отказ» и возвращайтесь на основной экран смены, после этого начните заново. Нажимать кнопку «Назад» не нужно, вы не сможете вернуться на предыдущий экран.';
const REFUSE_AND_RESTART_EN =
  'Press "Отказ" (refuse), go back to the shift\'s home screen and start a new contact. Do not press "Back": you cannot return to the previous screen.';

/** Errors of registering a contact: the forward-only steps, the consumer's data, the phone (R13, R14). */
export const contactEntries: readonly ErrorEntry[] = [
  {
    code: Code.contact_not_found,
    guideEntries: [],
    area: 'contact',
    wire: { kind: 'http', status: 404 },
    appText: 'Контакт не найден',
    matchers: ['Контакт не найден'],
    message: {
      ru: 'Такого контакта нет в этой смене.',
      en: 'No such contact in this shift.',
    },
    retry: { when: 'never' },
    remedy: { ru: REFUSE_AND_RESTART_RU, en: REFUSE_AND_RESTART_EN },
  },
  {
    code: Code.contact_step_conflict,
    guideEntries: [24],
    area: 'contact',
    wire: { kind: 'http', status: 409 },
    appText: 'Этот шаг контакта сейчас недоступен',
    matchers: ['шаг контакта сейчас недоступен'],
    message: {
      ru: 'Регистрация контакта идёт только вперёд: этот шаг сейчас недоступен.',
      en: 'Registering a contact only moves forward: this step is not available now.',
    },
    retry: { when: 'never' },
    remedy: { ru: REFUSE_AND_RESTART_RU, en: REFUSE_AND_RESTART_EN },
  },
  {
    code: Code.contact_closed,
    guideEntries: [24],
    area: 'contact',
    wire: { kind: 'http', status: 409 },
    appText: 'Контакт уже завершён',
    matchers: ['Контакт уже завершён', 'Контакт уже завершен'],
    message: {
      ru: 'Контакт уже отправлен или по нему нажат «Отказ»: изменить его нельзя.',
      en: 'The contact was already submitted or refused and cannot change.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Этот контакт уже закрыт. Вернитесь на основной экран смены и начните новый контакт.',
      en: "This contact is already closed. Go back to the shift's home screen and start a new contact.",
    },
  },
  {
    code: Code.consumer_incomplete,
    guideEntries: [],
    area: 'contact',
    wire: { kind: 'http', status: 422 },
    appText: 'Укажите полные ФИО потребителя',
    matchers: ['Укажите полные ФИО'],
    message: {
      ru: 'Не хватает фамилии, имени или отчества потребителя.',
      en: "The consumer's surname, first name or patronymic is missing.",
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Обязательно вводите данные потребителя корректно: укажите полные ФИО (фамилию, имя и отчество).',
      en: "Enter the consumer's data correctly: full surname, first name and patronymic.",
    },
  },
  {
    code: Code.iin_not_verified,
    guideEntries: [],
    area: 'contact',
    wire: { kind: 'http', status: 409 },
    appText: 'Сначала проверьте ИИН',
    matchers: ['Сначала проверьте ИИН'],
    message: {
      ru: 'ИИН потребителя ещё не прошёл проверку.',
      en: "The consumer's IIN has not passed the check yet.",
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Сначала пройдите проверку ИИН, затем продолжайте.',
      en: 'Pass the IIN check first, then continue.',
    },
  },
  {
    code: Code.phone_invalid,
    guideEntries: [],
    area: 'contact',
    wire: { kind: 'http', status: 422 },
    appText: 'Укажите казахстанский мобильный номер',
    matchers: ['Укажите казахстанский мобильный номер'],
    message: {
      ru: 'Номер не похож на казахстанский мобильный: +7 и 10 цифр с мобильным кодом оператора.',
      en: 'The number is not a Kazakh mobile number: +7 and 10 digits with a mobile operator prefix.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Проверьте корректность набранного номера: +7 или 8 и 10 цифр, мобильный номер Казахстана.',
      en: 'Check the number: +7 or 8 followed by 10 digits, a Kazakh mobile number.',
    },
  },
];
