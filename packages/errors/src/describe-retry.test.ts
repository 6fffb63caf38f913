import { expect, it } from 'vitest';
import { describeRetry, describeWire, formatDuration } from './describe-retry.js';
import type { Lang, RetryPolicy, Wire } from './entry.js';

it.each([
  [1, 'en', '1 s'],
  [45, 'ru', '45 с'],
  [90, 'en', '90 s'],
  [60, 'en', '1 min'],
  [600, 'ru', '10 мин'],
  [3600, 'en', '1 h'],
  [5400, 'ru', '1 ч 30 мин'],
] as const)('formats %i seconds in %s as %j', (seconds, lang: Lang, want) => {
  expect(formatDuration(seconds, lang)).toBe(want);
});

it.each([
  [{ when: 'never' }, 'en', 'retrying unchanged does not help'],
  [{ when: 'now' }, 'ru', 'можно повторить сразу'],
  [{ when: 'after', seconds: 300 }, 'ru', 'повторить через 5 мин'],
  [{ when: 'after', seconds: 600 }, 'en', 'retry after 10 min'],
  [{ when: 'after_login' }, 'en', 'retry after logging in again'],
  [{ when: 'after_supervisor' }, 'ru', 'только после действий СВ'],
  [{ when: 'next_month' }, 'en', 'not before the next calendar month (Asia/Almaty)'],
  [{ when: 'shift_window' }, 'ru', 'за 15 минут до начала смены или позже'],
] as const)('describes %o in %s', (retry: RetryPolicy, lang: Lang, want) => {
  expect(describeRetry(retry, lang)).toBe(want);
});

it.each([
  [{ kind: 'http', status: 403 }, 'HTTP 403'],
  [{ kind: 'http', status: 503, retryAfter: 300 }, 'HTTP 503 · Retry-After: 300'],
  [{ kind: 'transport', failure: 'dns' }, 'transport: dns'],
  [{ kind: 'local', failure: 'storage_full' }, 'local: storage_full'],
  [{ kind: 'advisory' }, 'advisory (no wire signature)'],
] as const)('describes the wire %o', (wire: Wire, want) => {
  expect(describeWire(wire)).toBe(want);
});
