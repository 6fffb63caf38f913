import type { Lang, RetryPolicy, Wire } from './entry.js';

/** A retry policy in words, for a consultant or a developer reading docs and reports. */
export function describeRetry(retry: RetryPolicy, lang: Lang): string {
  switch (retry.when) {
    case 'never':
      return lang === 'ru' ? 'повтор без исправления не поможет' : 'retrying unchanged does not help';
    case 'now':
      return lang === 'ru' ? 'можно повторить сразу' : 'retry at once';
    case 'after':
      return lang === 'ru'
        ? `повторить через ${formatDuration(retry.seconds, lang)}`
        : `retry after ${formatDuration(retry.seconds, lang)}`;
    case 'after_login':
      return lang === 'ru' ? 'повторить после нового входа' : 'retry after logging in again';
    case 'after_supervisor':
      return lang === 'ru' ? 'только после действий СВ' : 'only after the supervisor acts';
    case 'next_month':
      return lang === 'ru'
        ? 'не раньше следующего календарного месяца (Алматы)'
        : 'not before the next calendar month (Asia/Almaty)';
    case 'shift_window':
      return lang === 'ru'
        ? 'за 15 минут до начала смены или позже'
        : 'from 15 minutes before the shift starts';
  }
}

/**
 * A number of seconds as a short duration: "45 с" / "45 s", "10 мин" / "10 min", "1 ч 30 мин" /
 * "1 h 30 min"; a count that is not whole minutes stays in seconds ("90 s").
 */
export function formatDuration(seconds: number, lang: Lang): string {
  const [s, min, h] = lang === 'ru' ? ['с', 'мин', 'ч'] : ['s', 'min', 'h'];
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60 || whole % 60 !== 0) return `${whole} ${s}`;
  const minutes = whole / 60;
  if (minutes < 60) return `${minutes} ${min}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${rest} ${min}`;
}

/** A wire signature in short developer English: "HTTP 429 · Retry-After: 600", "transport: dns". */
export function describeWire(wire: Wire): string {
  switch (wire.kind) {
    case 'http':
      return wire.retryAfter === undefined
        ? `HTTP ${wire.status}`
        : `HTTP ${wire.status} · Retry-After: ${wire.retryAfter}`;
    case 'transport':
      return `transport: ${wire.failure}`;
    case 'local':
      return `local: ${wire.failure}`;
    case 'advisory':
      return 'advisory (no wire signature)';
  }
}
