import { expect, it } from 'vitest';
import type { Observation } from '../run/run-result.js';
import { expectationSchema } from '../scenario/expectation-schema.js';
import { checkExpectation } from './check-expectation.js';
import type { RunFacts } from './run-facts.js';

const sighting = (actor: string, en = 'Wait 5–10 minutes and try again.'): Observation => ({
  at: 0,
  actor,
  step: 'register.checkIin',
  code: 'kompra_unavailable',
  detail: 'KOMPRA is down',
  remedy: { ru: 'Подождите 5–10 минут', en },
  retry: { when: 'now' },
  reaction: { kind: 'later' },
});

/** Two consultants: mk.a saw the error 8 times, mk.b 9 times. */
const facts: RunFacts = {
  consultants: ['mk.a', 'mk.b'],
  userIds: new Map(),
  recorded: [],
  observations: [
    ...Array.from({ length: 8 }, () => sighting('mk.a')),
    ...Array.from({ length: 9 }, () => sighting('mk.b')),
  ],
  timeline: [],
  syncItems: [],
  serverContacts: [],
  shifts: [],
  faultCounters: { total: 0, byKind: {} as never, byFault: {} },
  smsSent: [],
  unsent: new Map(),
  end: 0,
};

const check = (written: Record<string, unknown>) =>
  checkExpectation(expectationSchema.parse({ that: 'sees', code: 'kompra_unavailable', ...written }), facts);

it.each<[string, Record<string, unknown>, boolean, string, string]>([
  [
    'adds the sightings of the whole team together without a consultant, and says so',
    { min: 9 },
    true,
    'the team sees kompra_unavailable at least 9× in all (the sightings of every consultant added)',
    'seen: the team 17×',
  ],
  [
    'counts every consultant on their own with each',
    { min: 9, each: true },
    false,
    'every consultant sees kompra_unavailable at least 9× each',
    'mk.a saw it 8× (wanted at least 9×)',
  ],
  [
    'counts one consultant',
    { consultant: 'mk.b', min: 9, max: 9 },
    true,
    'mk.b sees kompra_unavailable 9×',
    'seen: mk.b 9×',
  ],
])('%s', (_name, written, passed, title, message) => {
  const verdict = check(written);
  expect(verdict.title).toBe(title);
  expect(verdict.passed).toBe(passed);
  expect(verdict.message).toContain(message);
});

it('says in words what was wanted when the error was never seen, instead of an undefined remedy', () => {
  const verdict = checkExpectation(
    expectationSchema.parse({ that: 'sees', code: 'sms_quota_exceeded', remedy: '5', consultant: 'mk.a' }),
    facts,
  );
  expect(verdict.passed).toBe(false);
  expect(verdict.message).toBe('mk.a never saw it (wanted at least 1×; saw instead: kompra_unavailable)');
  expect(verdict.message).not.toContain('undefined');
});

it('quotes the remedy that was seen when it lacks the words asked for', () => {
  const verdict = check({ consultant: 'mk.a', remedy: 'KOMPRA' });
  expect(verdict.passed).toBe(false);
  expect(verdict.message).toBe(
    'its remedy does not contain “KOMPRA”; it says “Wait 5–10 minutes and try again.”',
  );
});

it('refuses each beside a consultant, and a max below min', () => {
  expect(() =>
    expectationSchema.parse({ that: 'sees', code: 'kompra_unavailable', each: true, consultant: 'mk.a' }),
  ).toThrow(/leave out `consultant`/);
  expect(() => expectationSchema.parse({ that: 'sees', code: 'kompra_unavailable', min: 3, max: 2 })).toThrow(
    /below `min`/,
  );
});
