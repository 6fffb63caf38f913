import fc from 'fast-check';
import { expect, it } from 'vitest';
import { arrivalTimes } from './arrivals.ts';
import {
  arrivalRate,
  flowsOfScenario,
  flowsOfStages,
  PROFILE_NAMES,
  ProfileError,
  resolveProfile,
  scenarioProblems,
} from './profiles.ts';

it.each(PROFILE_NAMES)('resolves the %s profile to one scenario with a team large enough', (name) => {
  const profile = resolveProfile({ PROFILE: name });
  expect(profile.name).toBe(name);
  expect(profile.scenario.tags).toEqual({ profile: name });
  expect(profile.maxFlows).toBeGreaterThan(0);
  expect(profile.batchSize).toBeLessThanOrEqual(100);
});

it('defaults to the smoke profile: a few closed-model flows for CI', () => {
  const profile = resolveProfile({});
  expect(profile.name).toBe('smoke');
  expect(profile.scenario).toMatchObject({ executor: 'shared-iterations', vus: 3, iterations: 6 });
  expect(profile.maxFlows).toBe(6);
});

it('makes the spike an open model in which the whole team arrives within one minute', () => {
  const profile = resolveProfile({ PROFILE: 'spike', TEAM: '1100' });
  expect(profile.scenario.executor).toBe('ramping-arrival-rate');
  if (profile.scenario.executor !== 'ramping-arrival-rate') return;
  const seconds = profile.scenario.stages.reduce(
    (sum, stage) => sum + Number.parseInt(stage.duration, 10),
    0,
  );
  expect(seconds).toBe(60);
  expect(profile.maxFlows).toBeGreaterThanOrEqual(1100);
  expect(profile.maxFlows).toBeLessThanOrEqual(1110);
  // The arrivals themselves: the whole team, within the minute.
  const times = arrivalTimes(profile.scenario) ?? [];
  expect(times.length).toBe(1100);
  expect(Math.max(...times)).toBeLessThanOrEqual(60);
});

it('sizes the team of an arrival-rate profile from its rate and duration', () => {
  expect(resolveProfile({ PROFILE: 'load', RATE: '10', DURATION: '2m' }).maxFlows).toBe(1201);
  expect(
    flowsOfStages(0, [
      { duration: '10s', target: 10 },
      { duration: '10s', target: 10 },
    ]),
  ).toBe(152);
});

it('takes the data sizes from the variables', () => {
  const profile = resolveProfile({ PROFILE: 'load', CONTACTS: '80', BATCH_SIZE: '100', P95_MS: '50' });
  expect(profile).toMatchObject({ contactsPerShift: 80, batchSize: 100, p95Ms: 50 });
});

it.each([
  [{ PROFILE: 'chaos' }, /expected one of smoke, load, stress, spike, soak/],
  [{ BATCH_SIZE: '101' }, /BATCH_SIZE=101: expected a positive integer up to 100/],
  [{ CONTACTS: 'many' }, /CONTACTS=many/],
  [{ PROFILE: 'load', DURATION: '5 minutes' }, /DURATION=5 minutes: expected a k6 duration/],
  [{ PROFILE: 'load', RATE: '0' }, /RATE=0: expected a positive number/],
])('refuses %j', (env, message) => {
  expect(() => resolveProfile(env)).toThrow(ProfileError);
  expect(() => resolveProfile(env)).toThrow(message);
});

// Defect: the spike with TEAM=1000 (the default), 2000 or 20000 stopped k6 with exit 104, a fractional
// stage target; only a team divisible by 55 worked. Every profile must give k6 a valid scenario.
const TEAMS = ['1', '7', '55', '999', '1000', '2000', '20000', '123457'];
const RATES = ['0.2', '0.5', '1', '2.5', '3', '5', '7', '40', '41', '333.3'];
const DURATIONS = ['1s', '5s', '59s', '90s', '5m', '1h30m'];

it.each(TEAMS)('gives k6 a valid spike for TEAM=%s, sized to the team', (team) => {
  const profile = resolveProfile({ PROFILE: 'spike', TEAM: team });
  expect(scenarioProblems(profile.scenario)).toEqual([]);
  expect(profile.maxFlows).toBeGreaterThanOrEqual(Number(team));
  expect(profile.maxFlows).toBe(flowsOfScenario(profile.scenario));
});

it.each(
  ['load', 'soak', 'stress'].flatMap((name) =>
    RATES.flatMap((rate) => DURATIONS.map((duration) => [name, rate, duration] as const)),
  ),
)(
  'gives k6 a valid %s scenario for RATE=%s DURATION=%s, with a team for every arrival',
  (name, rate, duration) => {
    const profile = resolveProfile({ PROFILE: name, RATE: rate, DURATION: duration });
    expect(scenarioProblems(profile.scenario)).toEqual([]);
    expect(profile.maxFlows).toBe(flowsOfScenario(profile.scenario));
    expect(arrivalTimes(profile.scenario)?.length ?? 0).toBeLessThanOrEqual(profile.maxFlows);
  },
);

it('gives k6 a valid scenario for any sensible TEAM, RATE, DURATION, VUS and FLOWS (property)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...PROFILE_NAMES),
      fc.integer({ min: 1, max: 50_000 }),
      fc.double({ min: 0.05, max: 500, noNaN: true }),
      fc.integer({ min: 1, max: 7200 }),
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1, max: 500 }),
      (name, team, rate, seconds, vus, flows) => {
        const profile = resolveProfile({
          PROFILE: name,
          TEAM: String(team),
          RATE: String(Number(rate.toFixed(3)) || 0.05),
          DURATION: `${seconds}s`,
          VUS: String(vus),
          FLOWS: String(flows),
        });
        expect(scenarioProblems(profile.scenario)).toEqual([]);
        expect(arrivalTimes(profile.scenario)?.length ?? 0).toBeLessThanOrEqual(profile.maxFlows);
      },
    ),
    { numRuns: 300 },
  );
});

it('names what k6 would refuse in a scenario', () => {
  expect(
    scenarioProblems({
      executor: 'ramping-arrival-rate',
      preAllocatedVUs: 5,
      stages: [{ duration: '5s', target: 18.18 }],
    }),
  ).toEqual(['stage 1: target 18.18 must be a whole number']);
  expect(scenarioProblems({ executor: 'shared-iterations', vus: 5, iterations: 2 })).toEqual([
    'iterations must be at least vus',
  ]);
  expect(
    scenarioProblems({ executor: 'constant-arrival-rate', rate: 2.5, duration: '0s', preAllocatedVUs: 1 }),
  ).toEqual(['rate 2.5 must be a whole number of at least 1', 'duration 0s must be longer than 0']);
});

it('gives a rate that is not whole per second per minute', () => {
  expect(arrivalRate(5)).toEqual({ rate: 5, timeUnit: '1s' });
  expect(arrivalRate(2.5)).toEqual({ rate: 150, timeUnit: '1m' });
  expect(arrivalRate(0.001)).toEqual({ rate: 1, timeUnit: '1m' });
});

it('never runs more VUs than flows in the smoke profile', () => {
  expect(resolveProfile({ PROFILE: 'smoke', VUS: '10', FLOWS: '4' }).scenario).toMatchObject({
    vus: 4,
    iterations: 4,
  });
});
