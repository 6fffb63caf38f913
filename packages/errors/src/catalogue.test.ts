import { describe, expect, it } from 'vitest';
import { catalogue, entriesForGuide, getEntry } from './catalogue.js';
import { Code, isErrorCode } from './code.js';
import { ERROR_CODES, type ErrorCode } from './codes.js';
import type { ErrorEntry } from './entry.js';
import { GUIDE_ENTRIES } from './guide-entries.js';

const GUIDE_NUMBERS = Array.from({ length: 31 }, (_, i) => i + 1);
const CYRILLIC = /[А-Яа-яЁё]/u;

it('lists every code exactly once, in the order of ERROR_CODES', () => {
  expect(catalogue.map((entry) => entry.code)).toEqual([...ERROR_CODES]);
});

it('has an entry for every code, and every entry has a known code', () => {
  for (const code of ERROR_CODES) expect(getEntry(code).code).toBe(code);
  for (const entry of catalogue) expect(isErrorCode(entry.code)).toBe(true);
});

it.each(GUIDE_NUMBERS)('maps guide entry %i to at least one code', (n) => {
  expect(entriesForGuide(n).length).toBeGreaterThan(0);
});

it('knows the 31 guide entries in order', () => {
  expect(GUIDE_ENTRIES.map((entry) => entry.number)).toEqual(GUIDE_NUMBERS);
});

it('names only guide entries 1–31, each once per code, in ascending order', () => {
  for (const entry of catalogue) {
    expect(
      entry.guideEntries.every((n) => GUIDE_NUMBERS.includes(n)),
      entry.code,
    ).toBe(true);
    expect(
      [...entry.guideEntries].sort((a, b) => a - b),
      entry.code,
    ).toEqual([...new Set(entry.guideEntries)]);
  }
});

it('finds no entries for numbers outside the guide', () => {
  expect(entriesForGuide(0)).toEqual([]);
  expect(entriesForGuide(32)).toEqual([]);
});

it('maps each code name to itself in Code, frozen', () => {
  expect(Object.keys(Code)).toEqual([...ERROR_CODES]);
  for (const code of ERROR_CODES) expect(Code[code]).toBe(code);
  expect(Object.isFrozen(Code)).toBe(true);
});

it.each([
  ['a catalogue code', 'account_locked', true],
  ['an unknown word', 'account_lockd', false],
  ['a DRF code that is not ours', 'not_authenticated', false],
  ['a number', 403, false],
  ['undefined', undefined, false],
])('isErrorCode tells %s (%o) → %s', (_name, value, want) => {
  expect(isErrorCode(value)).toBe(want);
});

it('refuses to look up a code it does not know', () => {
  expect(() => getEntry('no_such_code' as ErrorCode)).toThrow(/unknown error code "no_such_code"/);
});

it('freezes the entries so that no consumer can change the catalogue', () => {
  const entry = getEntry(Code.account_locked);
  expect(Object.isFrozen(catalogue)).toBe(true);
  expect(Object.isFrozen(entry)).toBe(true);
  expect(Object.isFrozen(entry.wire)).toBe(true);
  expect(Object.isFrozen(entry.remedy)).toBe(true);
  expect(Object.isFrozen(entry.matchers)).toBe(true);
});

it('writes every message and remedy in both languages, the Russian in Cyrillic', () => {
  for (const entry of catalogue) {
    for (const text of [entry.message, entry.remedy]) {
      expect(text.ru, entry.code).toMatch(CYRILLIC);
      expect(text.en.trim(), entry.code).not.toBe('');
    }
    expect(entry.appText.trim(), entry.code).not.toBe('');
  }
});

it('uses regular expressions without the g or y flag, which would make matching depend on earlier calls', () => {
  for (const entry of catalogue) {
    for (const matcher of entry.matchers) {
      if (matcher instanceof RegExp) expect(matcher.flags, `${entry.code} ${matcher}`).not.toMatch(/[gy]/);
    }
  }
});

describe('retry and wire agree', () => {
  const rules: readonly [string, (entry: ErrorEntry) => boolean][] = [
    [
      'an answer with Retry-After is retried after exactly that many seconds',
      (e) =>
        e.wire.kind !== 'http' ||
        e.wire.retryAfter === undefined ||
        (e.retry.when === 'after' && e.retry.seconds === e.wire.retryAfter),
    ],
    [
      'a delay is a positive whole number of seconds',
      (e) => e.retry.when !== 'after' || (Number.isInteger(e.retry.seconds) && e.retry.seconds > 0),
    ],
    [
      'an HTTP error has a 4xx or 5xx status',
      (e) => e.wire.kind !== 'http' || (e.wire.status >= 400 && e.wire.status <= 599),
    ],
    [
      'a local failure is never fixed by retrying',
      (e) => e.wire.kind !== 'local' || e.retry.when === 'never',
    ],
    [
      'a transport failure can be retried at once',
      (e) => e.wire.kind !== 'transport' || e.retry.when === 'now',
    ],
    [
      'only a 401 asks to log in again',
      (e) => e.retry.when !== 'after_login' || (e.wire.kind === 'http' && e.wire.status === 401),
    ],
    ['only the SMS quota waits for next month', (e) => e.retry.when !== 'next_month' || e.area === 'sms'],
    [
      'only login errors wait for the shift window',
      (e) => e.retry.when !== 'shift_window' || e.area === 'login',
    ],
    [
      'a 429 never says retry at once',
      (e) => e.wire.kind !== 'http' || e.wire.status !== 429 || e.retry.when !== 'now',
    ],
  ];
  it.each(rules)('%s', (_rule, holds) => {
    expect(catalogue.filter((entry) => !holds(entry)).map((entry) => entry.code)).toEqual([]);
  });
});
