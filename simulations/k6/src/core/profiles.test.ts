import { expect, it } from 'vitest';
import { flowsOfStages, PROFILE_NAMES, ProfileError, resolveProfile } from './profiles.ts';

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
