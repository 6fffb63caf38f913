/**
 * The load profiles, chosen by `PROFILE`. Each is one k6 scenario of "flows" (one flow = one consultant
 * closing one shift) with the data sizes that go with it. Every figure can be overridden by a variable.
 *
 * | profile | model  | executor                | default shape                                             |
 * |---------|--------|-------------------------|-----------------------------------------------------------|
 * | smoke   | closed | shared-iterations       | 3 VUs, 6 flows, 12 contacts in batches of 5 (seconds, CI) |
 * | load    | open   | constant-arrival-rate   | 5 flows/s for 5m, 40 contacts in batches of 20            |
 * | stress  | open   | ramping-arrival-rate    | 2 → RATE (default 40) flows/s over 10m, then down         |
 * | spike   | open   | ramping-arrival-rate    | TEAM (default 1000) consultants all close within 1 minute |
 * | soak    | open   | constant-arrival-rate   | 2 flows/s for 30m, 30 contacts in batches of 10           |
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

/** Flows an arrival-rate scenario can start: the integral of its rate over its stages, rounded up. */
export function flowsOfStages(startRate: number, stages: readonly RateStage[]): number {
  let flows = 0;
  let rate = startRate;
  for (const stage of stages) {
    flows += ((rate + stage.target) / 2) * durationSeconds(stage.duration);
    rate = stage.target;
  }
  return Math.ceil(flows) + stages.length;
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
      const vus = positiveNumber(env, 'VUS', 3, { integer: true });
      const flows = positiveNumber(env, 'FLOWS', 6, { integer: true });
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
      return {
        name: profile,
        scenario: {
          executor: 'constant-arrival-rate',
          rate,
          timeUnit: '1s',
          duration,
          gracefulStop: GRACEFUL_STOP,
          tags,
          ...vuBudget(env, rate),
        },
        maxFlows: Math.ceil(rate * durationSeconds(duration)) + 1,
        contactsPerShift: positiveNumber(env, 'CONTACTS', profile === 'load' ? 40 : 30, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 250),
        ...common,
      };
    }
    case 'stress': {
      const peak = positiveNumber(env, 'RATE', 40);
      const duration = durationSeconds(durationVar(env, 'DURATION', '10m'));
      const stages: RateStage[] = [
        { duration: `${Math.round(duration * 0.3)}s`, target: peak / 2 },
        { duration: `${Math.round(duration * 0.4)}s`, target: peak },
        { duration: `${Math.round(duration * 0.2)}s`, target: peak },
        { duration: `${Math.round(duration * 0.1)}s`, target: 0 },
      ];
      return {
        name: profile,
        scenario: {
          executor: 'ramping-arrival-rate',
          startRate: 2,
          timeUnit: '1s',
          stages,
          gracefulStop: GRACEFUL_STOP,
          tags,
          ...vuBudget(env, peak),
        },
        maxFlows: flowsOfStages(2, stages),
        contactsPerShift: positiveNumber(env, 'CONTACTS', 40, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 1000),
        ...common,
      };
    }
    case 'spike': {
      // Everyone closes in the same minute: 5 s up, 50 s at the peak, 5 s down; the peak is what it
      // takes for the whole team to arrive in those 60 seconds.
      const team = positiveNumber(env, 'TEAM', 1000, { integer: true });
      const peak = team / 55;
      const stages: RateStage[] = [
        { duration: '5s', target: peak },
        { duration: '50s', target: peak },
        { duration: '5s', target: 0 },
      ];
      return {
        name: profile,
        scenario: {
          executor: 'ramping-arrival-rate',
          startRate: 0,
          timeUnit: '1s',
          stages,
          gracefulStop: GRACEFUL_STOP,
          tags,
          ...vuBudget(env, peak),
        },
        maxFlows: flowsOfStages(0, stages),
        contactsPerShift: positiveNumber(env, 'CONTACTS', 20, { integer: true }),
        p95Ms: positiveNumber(env, 'P95_MS', 1000),
        ...common,
      };
    }
  }
}
