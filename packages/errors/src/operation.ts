import type { LocalizedText } from './entry.js';

/**
 * What the client was doing when a failure came, as far as recognising it goes: the same HTTP status
 * means different things at different operations (a 500 at the ИИН check is a malformed ИИН; a 503 at
 * an SMS send is the SMS gateway).
 */
export const OPERATIONS = [
  'login',
  'token_refresh',
  'logout',
  'password_reset',
  'password_reset_confirm',
  'app_version',
  'shift_list',
  'shift_read',
  'shift_start',
  'shift_close',
  'sync',
  'final_sync',
  'contact_open',
  'contact_consumer',
  'iin_check',
  'sms_send',
  'sms_verify',
  'sms_quota',
  'contact_details',
  'contact_submit',
  'contact_refuse',
] as const;

/** One of `OPERATIONS`. */
export type Operation = (typeof OPERATIONS)[number];

/** A short name of each operation, for reports a person reads. */
export const OPERATION_LABELS: { readonly [K in Operation]: LocalizedText } = Object.freeze({
  login: { ru: 'вход', en: 'login' },
  token_refresh: { ru: 'обновление сессии', en: 'token refresh' },
  logout: { ru: 'выход', en: 'logout' },
  password_reset: { ru: 'запрос сброса пароля', en: 'password reset request' },
  password_reset_confirm: { ru: 'смена пароля по ссылке', en: 'password reset confirmation' },
  app_version: { ru: 'проверка версии приложения', en: 'app version check' },
  shift_list: { ru: 'загрузка смен', en: 'loading shifts' },
  shift_read: { ru: 'открытие смены', en: 'reading a shift' },
  shift_start: { ru: 'начало смены', en: 'starting the shift' },
  shift_close: { ru: 'завершение смены', en: 'closing the shift' },
  sync: { ru: 'синхронизация', en: 'sync' },
  final_sync: { ru: 'финальная синхронизация', en: 'final sync' },
  contact_open: { ru: 'новый контакт', en: 'opening a contact' },
  contact_consumer: { ru: 'данные потребителя', en: 'consumer data' },
  iin_check: { ru: 'проверка ИИН', en: 'IIN check' },
  sms_send: { ru: 'отправка смс', en: 'sending the SMS' },
  sms_verify: { ru: 'проверка кода из смс', en: 'verifying the SMS code' },
  sms_quota: { ru: 'лимит смс', en: 'SMS quota' },
  contact_details: { ru: 'девайсы и комплимент', en: 'devices and compliment' },
  contact_submit: { ru: 'отправка контакта', en: 'submitting the contact' },
  contact_refuse: { ru: 'отказ', en: 'refusing the contact' },
});
