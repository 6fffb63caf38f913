import { Code } from '../code.js';
import type { ErrorEntry } from '../entry.js';

/** Errors of uploading the shift's work (R11, guide #19–#20). */
export const syncEntries: readonly ErrorEntry[] = [
  {
    code: Code.sync_bad_request,
    guideEntries: [19],
    area: 'sync',
    wire: { kind: 'http', status: 400 },
    appText: '400 ошибка',
    matchers: [],
    message: {
      ru: 'Сервер не принял пакет синхронизации.',
      en: 'The server refused the sync batch as malformed.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Попробуйте повторить синхронизацию, если не получится, то нажмите «вернуться на домашний экран».',
      en: 'Try the sync again; if it fails, press "Back to the home screen".',
    },
  },
  {
    code: Code.sync_failed,
    guideEntries: [20],
    area: 'sync',
    wire: { kind: 'http', status: 500 },
    appText: '101 ошибка',
    matchers: [/(?<!\d)101\s+ошибка/iu, /ошибка\s+101(?!\d)/iu],
    message: {
      ru: 'Синхронизация не удалась на сервере (код приложения 101); из пакета ничего не сохранено.',
      en: 'The sync failed on the server (app-level code 101); nothing of the batch was applied.',
    },
    retry: { when: 'now' },
    remedy: {
      ru: 'Попробуйте повторить синхронизацию, если не получается, то сделайте полное и корректное фото ошибки и отправьте вашему СВ.',
      en: 'Try the sync again; if it keeps failing, take a full, clear photo of the error and send it to your supervisor.',
    },
  },
  {
    code: Code.sync_batch_too_large,
    guideEntries: [19],
    area: 'sync',
    wire: { kind: 'http', status: 413 },
    appText: 'Слишком много записей в одном пакете синхронизации',
    matchers: ['Слишком много записей в одном пакете'],
    message: {
      ru: 'В пакете синхронизации больше 100 записей.',
      en: 'The sync batch holds more than 100 items.',
    },
    retry: { when: 'never' },
    remedy: {
      ru: 'Попробуйте повторить синхронизацию, если не получится, то нажмите «вернуться на домашний экран».',
      en: 'Try the sync again; if it fails, press "Back to the home screen".',
    },
  },
];
