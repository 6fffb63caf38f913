/**
 * The load profiles, chosen by `PROFILE`. Each is one k6 scenario of "flows" (one flow = one consultant
 * closing one shift) with the data sizes that go with it. Every figure can be overridden by a variable.
 *
 * | profile | model  | executor                | default shape                                             | P95_MS |
 * |---------|--------|-------------------------|-----------------------------------------------------------|--------|
 * | smoke   | closed | shared-iterations       | 3 VUs, 6 flows, 12 contacts in batches of 5 (seconds, CI) | 1000   |
 * | load    | open   | constant-arrival-rate   | 5 flows/s for 5m, 40 contacts in batches of 20            | 250    |
 * | stress  | open   | ramping-arrival-rate    | 2 → RATE (default 40) flows/s over 10m, then down         | 1000   |
 * | spike   | open   | ramping-arrival-rate    | TEAM (default 1000) consultants all close within 1 minute | 1000   |
 * | soak    | open   | constant-arrival-rate   | 2 flows/s for 30m, 30 contacts in batches of 10           | 250    |
 *
 * k6 takes only whole numbers of iterations per `timeUnit`: a rate that is not whole per second is given
 * per minute, and the spike's `timeUnit` is its own length at the peak (55 s), so that its target is the
 * team itself. {@link scenarioProblems} checks the rules k6 applies to a scenario.
 */
import type { Scenario } from 'k6/options';
import { durationSeconds } from './duration.ts';

/** The profile names `PROFILE` accepts. */
export const PROFILE_NAMES = ['smoke', 'load', 'stress', 'spike', 'soak'] as const;
/** A profile name. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** A resolved profile. */
export interface Profile {
  readonly name: ProfileName;
  /** The scenario that runs the flows. */
  readonly scenario: Scenario;
  /** The most flows the scenario can start: the team the run needs. */
  readonly maxFlows: number;
  /** Contacts each shift holds when it is closed (`CONTACTS`). */
  readonly contactsPerShift: number;
  /** Items per sync upload, 1–100 (`BATCH_SIZE`). */
  readonly batchSize: number;
  /** The share of contacts refused instead of submitted (`REFUSAL_RATE`). */
  readonly refusalRate: number;
  /** The p95 latency budget of every step, in ms (`P95_MS`). */
  readonly p95Ms: number;
}

/** The variables a profile reads (k6's `__ENV`, or `process.env` in Node). */
export type ProfileEnv = Readonly<Record<string, string | undefined>>;

/** A variable that does not parse; the message says what to write. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

function positiveNumber(
  env: ProfileEnv,
  name: string,
  fallback: number,
  options: { integer?: boolean; max?: number } = {},
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const bad =
    !Number.isFinite(value) ||
    value <= 0 ||
    (options.integer === true && !Number.isInteger(value)) ||
    (options.max !== undefined && value > options.max);
  if (bad) {
    const what = options.integer === true ? 'a positive integer' : 'a positive number';
    throw new ProfileError(
      `${name}=${raw}: expected ${what}${options.max === undefined ? '' : ` up to ${options.max}`}`,
    );
  }
  return value;
}

function durationVar(env: ProfileEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  try {
    durationSeconds(raw);
  } catch {
    throw new ProfileError(`${name}=${raw}: expected a k6 duration such as 90s, 5m or 1h`);
  }
  return raw;
}

interface RateStage {
  readonly duration: string;
  readonly target: number;
}

/**
 * Flows an arrival-rate scenario can start: the integral of its rate over its stages, rounded up, and one
 * per stage for the rounding of the iterations' start times.
 *
 * @param timeUnitSeconds - the period the rates are given for. Default: 1 s
 */
export function flowsOfStages(startRate: number, stages: readonly RateStage[], timeUnitSeconds = 1): number {
  let flows = 0;
  let rate = startRate;
  for (const stage of stages) {
    flows += ((rate + stage.target) / 2) * durationSeconds(stage.duration);
    rate = stage.target;
  }
  return Math.ceil(flows / timeUnitSeconds - 1e-9) + stages.length;
}

/**
 * The flows a scenario can start: the team a run of it needs. Read from the scenario itself, not from the
 * variables, so that an archive run with other variables still gets a team of its own shape.
 */
export function flowsOfScenario(scenario: Scenario): number {
  switch (scenario.executor) {
    case 'shared-iterations':
      return scenario.iterations ?? 1;
    case 'per-vu-iterations':
      return (scenario.vus ?? 1) * (scenario.iterations ?? 1);
    case 'constant-arrival-rate':
      return (
        Math.ceil(
          (scenario.rate * durationSeconds(scenario.duration)) / durationSeconds(scenario.timeUnit ?? '1s') -
            1e-9,
        ) + 1
      );
    case 'ramping-arrival-rate':
      return flowsOfStages(
        scenario.startRate ?? 0,
        scenario.stages,
        durationSeconds(scenario.timeUnit ?? '1s'),
      );
    default:
      throw new ProfileError(`the executor ${scenario.executor} runs no fixed number of flows`);
  }
}

const isCount = (value: number | undefined, min: number): boolean =>
  value !== undefined && Number.isInteger(value) && value >= min;

function durationProblem(what: string, text: string | undefined, positive: boolean): string | null {
  if (text === undefined) return null;
  try {
    const seconds = durationSeconds(text);
    return positive && seconds <= 0 ? `${what} ${text} must be longer than 0` : null;
  } catch {
    return `${what} ${text} is not a duration`;
  }
}

/**
 * What k6 would refuse in a scenario (its exit 104, "invalid config"): whole iteration counts, rates and
 * targets, enough VUs, durations that parse and a run longer than zero. Empty when k6 takes it.
 */
export function scenarioProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const durations: [string, string | undefined, boolean][] = [
    ['gracefulStop', scenario.gracefulStop, false],
    ['startTime', scenario.startTime, false],
  ];
  switch (scenario.executor) {
    case 'shared-iterations':
      need(isCount(scenario.vus, 1), `vus ${scenario.vus} must be a whole number of at least 1`);
      need(
        isCount(scenario.iterations, 1),
        `iterations ${scenario.iterations} must be a whole number of at least 1`,
      );
      need((scenario.iterations ?? 1) >= (scenario.vus ?? 1), 'iterations must be at least vus');
      durations.push(['maxDuration', scenario.maxDuration, true]);
      break;
    case 'constant-arrival-rate':
      need(isCount(scenario.rate, 1), `rate ${scenario.rate} must be a whole number of at least 1`);
      need(
        isCount(scenario.preAllocatedVUs, 0),
        `preAllocatedVUs ${scenario.preAllocatedVUs} must be a whole number`,
      );
      need(
        scenario.maxVUs === undefined ||
          (isCount(scenario.maxVUs, 1) && scenario.maxVUs >= scenario.preAllocatedVUs),
        `maxVUs ${scenario.maxVUs} must be a whole number of at least preAllocatedVUs`,
      );
      durations.push(['duration', scenario.duration, true], ['timeUnit', scenario.timeUnit, true]);
      break;
    case 'ramping-arrival-rate': {
      need(isCount(scenario.startRate ?? 0, 0), `startRate ${scenario.startRate} must be a whole number`);
      need(
        isCount(scenario.preAllocatedVUs, 0),
        `preAllocatedVUs ${scenario.preAllocatedVUs} must be a whole number`,
      );
      need(
        scenario.maxVUs === undefined ||
          (isCount(scenario.maxVUs, 1) && scenario.maxVUs >= scenario.preAllocatedVUs),
        `maxVUs ${scenario.maxVUs} must be a whole number of at least preAllocatedVUs`,
      );
      need(scenario.stages.length > 0, 'a ramping scenario needs stages');
      let total = 0;
      scenario.stages.forEach((stage, index) => {
        need(isCount(stage.target, 0), `stage ${index + 1}: target ${stage.target} must be a whole number`);
        const problem = durationProblem(`stage ${index + 1}: duration`, stage.duration, false);
        if (problem !== null) problems.push(problem);
        else total += durationSeconds(stage.duration);
      });
      need(total > 0, 'the stages must last longer than 0');
      durations.push(['timeUnit', scenario.timeUnit, true]);
      break;
    }
    default:
      problems.push(`the profiles make no ${scenario.executor} scenario`);
  }
  for (const [what, text, positive] of durations) {
    const problem = durationProblem(what, text, positive);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/**
 * A rate of flows per second as k6 takes it: whole iterations per `timeUnit` — per second when the rate
 * is whole, per minute otherwise (rounded, at least 1).
 */
export function arrivalRate(perSecond: number): { readonly rate: number; readonly timeUnit: string } {
  if (Number.isInteger(perSecond)) return { rate: perSecond, timeUnit: '1s' };
  return { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: '1m' };
}

/** How long a running flow may finish after its scenario ends, so flows close instead of breaking off. */
const GRACEFUL_STOP = '2m';

/** VUs an open-model scenario may use at most (`MAX_VUS`). */
function vuBudget(env: ProfileEnv, rate: number): { preAllocatedVUs: number; maxVUs: number } {
  const maxVUs = positiveNumber(env, 'MAX_VUS', Math.max(50, Math.ceil(rate * 20)), { integer: true });
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(5, Math.ceil(rate * 2))), maxVUs };
}

/**
 * Resolves `PROFILE` (default `smoke`) and its overrides: `VUS`, `FLOWS` (smoke), `RATE`, `DURATION`
 * (load, stress, soak), `TEAM` (spike), `MAX_VUS`, `CONTACTS`, `BATCH_SIZE`, `REFUSAL_RATE`, `P95_MS`.
 *
 * @throws {@link ProfileError} for an unknown profile or a variable that does not parse
 */
export function resolveProfile(env: ProfileEnv): Profile {
  const name = env.PROFILE === undefined || env.PROFILE === '' ? 'smoke' : env.PROFILE;
  if (!(PROFILE_NAMES as readonly string[]).includes(name)) {
    throw new ProfileError(`PROFILE=${name}: expected one of ${PROFILE_NAMES.join(', ')}`);
  }
  const profile = name as ProfileName;
  const common = {
    refusalRate: Math.min(1, positiveNumber(env, 'REFUSAL_RATE', 0.1)),
    batchSize: positiveNumber(env, 'BATCH_SIZE', profile === 'smoke' ? 5 : profile === 'soak' ? 10 : 20, {
      integer: true,
      max: 100,
    }),
  };
  const tags = { profile };
  switch (profile) {
    case 'smoke': {
      const flows = positiveNumber(env, 'FLOWS', 6, { integer: true });
      // k6 refuses more VUs than iterations.
      const vus = Math.min(flows, positiveNumber(env, 'VUS', 3, { integer: true }));
      return {
        name: profile,
        scenario: { executor: 'shared-iterations', vus, iterations: flows, maxDuration: '90s', tags },
        maxFlows: flows,
        contactsPerShift: positiveNumber(env, 'CONTACTS', 12, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 1000),
        ...common,
      };
    }
    case 'load':
    case 'soak': {
      const rate = positiveNumber(env, 'RATE', profile === 'load' ? 5 : 2);
      const duration = durationVar(env, 'DURATION', profile === 'load' ? '5m' : '30m');
      const scenario: Scenario = {
        executor: 'constant-arrival-rate',
        ...arrivalRate(rate),
        duration,
        gracefulStop: GRACEFUL_STOP,
        tags,
        ...vuBudget(env, rate),
      };
      return {
        name: profile,
        scenario,
        maxFlows: flowsOfScenario(scenario),
        contactsPerShift: positiveNumber(env, 'CONTACTS', profile === 'load' ? 40 : 30, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 250),
        ...common,
      };
    }
    case 'stress': {
      const peak = positiveNumber(env, 'RATE', 40);
      const duration = durationSeconds(durationVar(env, 'DURATION', '10m'));
      // Rates per minute: whole numbers for any peak (half of an odd peak per second is not).
      const perMinute = (perSecond: number) => Math.round(perSecond * 60);
      const part = (share: number) => `${Math.max(1, Math.round(duration * share))}s`;
      const stages: RateStage[] = [
        { duration: part(0.3), target: perMinute(peak / 2) },
        { duration: part(0.4), target: perMinute(peak) },
        { duration: part(0.2), target: perMinute(peak) },
        { duration: part(0.1), target: 0 },
      ];
      const scenario: Scenario = {
        executor: 'ramping-arrival-rate',
        startRate: perMinute(Math.min(2, peak)),
        timeUnit: '1m',
        stages,
        gracefulStop: GRACEFUL_STOP,
        tags,
        ...vuBudget(env, peak),
      };
      return {
        name: profile,
        scenario,
        maxFlows: flowsOfScenario(scenario),
        contactsPerShift: positiveNumber(env, 'CONTACTS', 40, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 1000),
        ...common,
      };
    }
    case 'spike': {
      // Everyone closes in the same minute: 5 s up, 50 s at the peak, 5 s down — 55 s of the peak's
      // rate in all. With the rate given per 55 s, the peak's target is the team itself: a whole number.
      const team = positiveNumber(env, 'TEAM', 1000, { integer: true });
      const stages: RateStage[] = [
        { duration: '5s', target: team },
        { duration: '50s', target: team },
        { duration: '5s', target: 0 },
      ];
      const scenario: Scenario = {
        executor: 'ramping-arrival-rate',
        startRate: 0,
        timeUnit: '55s',
        stages,
        gracefulStop: GRACEFUL_STOP,
        tags,
        ...vuBudget(env, team / 55),
      };
      return {
        name: profile,
        scenario,
        maxFlows: flowsOfScenario(scenario),
        contactsPerShift: positiveNumber(env, 'CONTACTS', 20, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 1000),
        ...common,
      };
    }
  }
}
