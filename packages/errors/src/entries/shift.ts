import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

const ASK_SUPERVISOR_SHIFT_RU =
  'Обратитесь к вашему супервайзеру, возможно вы отсутствуете у него в списках, так как ваш аккаунт еще не привязали к нему. Либо же супервайзер забыл назначить смену или назначил не на сегодняшний день.';
const ASK_SUPERVISOR_SHIFT_EN =
  'Ask your supervisor: your account may not be bound to them yet, or they forgot to assign the shift, or assigned it for another day.';
const CLOSE_MEMO_RU =
  'Следуйте памятке по завершению смены: дождитесь, пока приложение сообщит, что финальная синхронизация завершена; не закрывайте приложение, не блокируйте планшет и не теряйте интернет до этого. Если появилась «Ошибка при завершении смены», повторите синхронизацию и снова завершите смену. Если ошибка не проходит, перед уходом отправьте отчёт об ошибке вашему СВ.';
const CLOSE_MEMO_EN =
  'Follow the close-shift memo: wait until the app says the final sync is complete, and do not close the app, lock the tablet or lose the network meanwhile. If "Ошибка при завершении смены" appears, sync again, then close the shift again. If it persists, send the error report to your supervisor before you leave.';

/** Errors of shifts: the project, missing shifts, starting and closing (R8–R12). */
export const shiftEntries: readonly ErrorEntry[] = [
  {
    code: Code.activity_not_in_project,
    guideEntries: [2],
    area: 'shift',
    wire: { kind: 'http', status: 422 },
    appText: 'Этот тип активности не предусмотрен проектом смены',
    matchers: ['не предусмотрен проектом смены'],
    message: {
      ru: 'Проект смены не допускает эту активность: скорее всего, смене назначен неверный проект.',
      en: "The shift's project does not allow this activity: most likely the shift has the wrong project.",
    },
    retry: { when: 'after_supervisor' },
    remedy: {
      ru: 'Обратитесь к вашему СВ, чтобы он изменил тип проекта для вашей смены. Неверный проект влияет на активности в смене и на расчет зарплаты.',
      en: 'Ask your supervisor to change the project of your shift. A wrong project changes the activities of the shift and how it is paid.',
    },
  },
  {
    code: Code.consultant_not_bound,
    guideEntries: [23],
    area: 'shift',
    wire: { kind: 'http', status: 409 },
    appText: 'Вы ещё не привязаны к супервайзеру',
    matchers: ['не привязаны к супервайзеру'],
    message: {
      ru: 'Аккаунт МК ещё не привязан к супервайзеру, поэтому смен нет.',
      en: 'The consultant is not bound to a supervisor yet, so there are no shifts.',
    },
    retry: { when: 'after_supervisor' },
    remedy: { ru: ASK_SUPERVISOR_SHIFT_RU, en: ASK_SUPERVISOR_SHIFT_EN },
  },
  {
    code: Code.shift_not_found,
    guideEntries: [23],
    area: 'shift',
    wire: { kind: 'http', status: 404 },
    appText: 'Смена не найдена',
    matchers: ['Смена не найдена'],
    message: {
      ru: 'Смены нет: она не назначена, назначена на другой день или удалена.',
      en: 'No such shift: not assigned, assigned for another day, or deleted.',
    },
    retry: { when: 'after_supervisor' },
    remedy: { ru: ASK_SUPERVISOR_SHIFT_RU, en: ASK_SUPERVISOR_SHIFT_EN },
  },
  {
    code: Code.shift_already_started,
    guideEntries: [],
    area: 'shift',
    wire: { kind: 'http', status: 409 },
    appText: 'Смена уже начата',
    matchers: ['Смена уже начата'],
    message: {
      ru: 'Смена уже начата.',
      en: 'The shift has already been started.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Смена уже идёт: вернитесь на основной экран смены и продолжайте работу.',
      en: "The shift is already running: go back to the shift's home screen and carry on.",
    },
  },
  {
    code: Code.shift_not_started,
    guideEntries: [],
    area: 'shift',
    wire: { kind: 'http', status: 409 },
    appText: 'Смена ещё не начата',
    matchers: ['Смена ещё не начата', 'Смена еще не начата'],
    message: {
      ru: 'Смена ещё не начата.',
      en: 'The shift has not been started yet.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Сначала начните смену, затем повторите действие.',
      en: 'Start the shift first, then repeat the action.',
    },
  },
  {
    code: Code.shift_already_closed,
    guideEntries: [],
    area: 'shift',
    wire: { kind: 'http', status: 409 },
    appText: 'Смена уже завершена',
    matchers: ['Смена уже завершена'],
    message: {
      ru: 'Смена уже завершена.',
      en: 'The shift is already closed.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Смена уже завершена, больше ничего делать не нужно. Если вы не завершали её сами, сообщите вашему СВ.',
      en: 'The shift is already closed; nothing more to do. If you did not close it yourself, tell your supervisor.',
    },
  },
  {
    code: Code.final_sync_incomplete,
    guideEntries: [17],
    area: 'shift',
    wire: { kind: 'http', status: 409 },
    appText: 'Ошибка при завершении смены',
    matchers: ['Ошибка при завершении смены'],
    message: {
      ru: 'Смену нельзя завершить: финальная синхронизация не завершена, на сервере не хватает контактов.',
      en: 'The shift cannot be closed: the final sync is not complete and the server misses some contacts.',
    },
    retry: { when: 'now' },
    remedy: { ru: CLOSE_MEMO_RU, en: CLOSE_MEMO_EN },
  },
  {
    code: Code.shift_close_failed,
    guideEntries: [17],
    area: 'shift',
    wire: { kind: 'http', status: 500 },
    appText: 'Ошибка при завершении смены',
    matchers: ['Ошибка при завершении смены'],
    message: {
      ru: 'Завершение смены не удалось на стороне сервера.',
      en: 'Closing the shift failed on the server side.',
    },
    retry: { when: 'now' },
    remedy: { ru: CLOSE_MEMO_RU, en: CLOSE_MEMO_EN },
  },
];
