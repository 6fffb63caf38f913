import type { LocalizedText } from './entry.js';

/**
 * What the client was doing when a failure came, as far as recognising it goes: the same HTTP status
 * means different things at different operations (a 500 at the ИИН check is a malformed ИИН; a 503 at
 * an SMS send is the SMS gateway). Each is named by the contract's operationId (a test of
 * `@icontact/openapi` checks that every one is); the contract's other operations need no reading in
 * context.
 */
export const OPERATIONS = [
  'obtainToken',
  'refreshToken',
  'logout',
  'requestPasswordReset',
  'confirmPasswordReset',
  'getAppVersion',
  'listShifts',
  'getShift',
  'startShift',
  'closeShift',
  'syncContacts',
  'finalizeSync',
  'openContact',
  'recordConsumer',
  'checkIin',
  'sendSmsCode',
  'verifySmsCode',
  'getSmsQuota',
  'recordDetails',
  'submitContact',
  'refuseContact',
] as const;

/** One of `OPERATIONS`. */
export type Operation = (typeof OPERATIONS)[number];

const OPERATION_SET: ReadonlySet<string> = new Set(OPERATIONS);

/** Whether `name` (an operationId) is one of {@link OPERATIONS}. */
export function isOperation(name: string): name is Operation {
  return OPERATION_SET.has(name);
}

/** A short name of each operation, for reports a person reads. */
export const OPERATION_LABELS: { readonly [K in Operation]: LocalizedText } = Object.freeze({
  obtainToken: { ru: 'вход', en: 'login' },
  refreshToken: { ru: 'обновление сессии', en: 'token refresh' },
  logout: { ru: 'выход', en: 'logout' },
  requestPasswordReset: { ru: 'запрос сброса пароля', en: 'password reset request' },
  confirmPasswordReset: { ru: 'смена пароля по ссылке', en: 'password reset confirmation' },
  getAppVersion: { ru: 'проверка версии приложения', en: 'app version check' },
  listShifts: { ru: 'загрузка смен', en: 'loading shifts' },
  getShift: { ru: 'открытие смены', en: 'reading a shift' },
  startShift: { ru: 'начало смены', en: 'starting the shift' },
  closeShift: { ru: 'завершение смены', en: 'closing the shift' },
  syncContacts: { ru: 'синхронизация', en: 'sync' },
  finalizeSync: { ru: 'финальная синхронизация', en: 'final sync' },
  openContact: { ru: 'новый контакт', en: 'opening a contact' },
  recordConsumer: { ru: 'данные потребителя', en: 'consumer data' },
  checkIin: { ru: 'проверка ИИН', en: 'IIN check' },
  sendSmsCode: { ru: 'отправка смс', en: 'sending the SMS' },
  verifySmsCode: { ru: 'проверка кода из смс', en: 'verifying the SMS code' },
  getSmsQuota: { ru: 'лимит смс', en: 'SMS quota' },
  recordDetails: { ru: 'девайсы и комплимент', en: 'devices and compliment' },
  submitContact: { ru: 'отправка контакта', en: 'submitting the contact' },
  refuseContact: { ru: 'отказ', en: 'refusing the contact' },
});
