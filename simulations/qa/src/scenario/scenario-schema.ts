import { clockSettingsSchema, faultSpecSchema } from '@icontact/faults';
import { z } from 'zod';
import { expectationSchema } from './expectation-schema.js';
import { teamSchema } from './team-schema.js';

/**
 * The virtual clock of a QA run: `@icontact/faults`' clock settings, but `speed` 0 by default — the
 * runner then jumps from event to event, and a day runs in a second.
 */
export const qaClockSchema = clockSettingsSchema.extend({
  /** Virtual ms per real ms; 0 (the default) lets the runner jump the frozen clock from event to event. */
  speed: z.number().min(0).default(0),
});

/** How the SDK of every virtual consultant retries (real time: virtual time stands still during a call). */
export const sdkRetrySchema = z.strictObject({
  /** Retries after the first attempt. Default: 3 (the SDK's). */
  maxRetries: z.int().min(0).max(20).default(3),
  /** First backoff ceiling, real ms. Default: 2. */
  initialDelayMs: z.int().min(0).default(2),
  /** Largest backoff ceiling, real ms. Default: 20. */
  maxDelayMs: z.int().min(0).default(20),
  /** Longest `Retry-After` the SDK waits out itself, real seconds; longer ones go to the consultant, who waits in virtual time. Default: 0. */
  maxRetryAfterSeconds: z.int().min(0).default(0),
});

/**
 * A QA scenario: the seed, the virtual clock, the team and what each member does, the fault plan over
 * virtual time (`@icontact/faults`' fault specs; a window may use `HH:MM` in Almaty), and what the run
 * must show. Unknown fields are refused.
 */
export const qaScenarioSchema = z
  .strictObject({
    /** A short name for reports. */
    name: z.string().min(1),
    /** What the scenario reproduces. Default: none. */
    description: z.string().default(''),
    /** The guide's error-table entries (1–31) it reproduces. Default: none (a story). */
    guide: z.array(z.int().min(1).max(31)).default([]),
    /** The seed of the mock's data, its fault draws and the generated consumers. Default: 1. */
    seed: z.int().default(1),
    /** The virtual clock: `start` (ISO instant) and `speed` (0: the runner jumps from event to event; > 0: virtual ms per real ms). */
    clock: qaClockSchema.default({ start: '2026-11-24T03:30:00Z', speed: 0 }),
    /** Who takes part and what each does. */
    team: teamSchema,
    /** The fault plan, tried in order. Default: none. */
    faults: z.array(faultSpecSchema).default([]),
    /** What the run must show. */
    expect: z.array(expectationSchema).min(1, { error: 'a scenario needs at least one expectation' }),
    /** The virtual consultants' SDK retry settings. Default: see {@link sdkRetrySchema}. */
    sdkRetry: sdkRetrySchema.default({
      maxRetries: 3,
      initialDelayMs: 2,
      maxDelayMs: 20,
      maxRetryAfterSeconds: 0,
    }),
    /** Give up a run that has not finished after this much virtual time. Default: `24h`. */
    timeLimitHours: z.number().positive().max(744).default(24),
  })
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: zod's superRefine: every cross-field refusal of a scenario in one callback, as zod calls it
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    for (const [index, fault] of scenario.faults.entries()) {
      if (fault.id === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['faults', index, 'id'],
          message: 'give every fault of a QA scenario an `id` (reports and `faultInjected` name it)',
        });
      } else if (seen.has(fault.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['faults', index, 'id'],
          message: `the id "${fault.id}" is taken`,
        });
      } else seen.add(fault.id);
    }
    const logins = new Set<string>();
    for (const [index, consultant] of scenario.team.consultants.entries()) {
      for (const login of expandLogins(consultant.login, consultant.count)) {
        if (logins.has(login)) {
          ctx.addIssue({
            code: 'custom',
            path: ['team', 'consultants', index, 'login'],
            message: `the consultant "${login}" is in the team twice`,
          });
        }
        logins.add(login);
      }
    }
    const supervisors = new Set(scenario.team.supervisors.map((supervisor) => supervisor.login));
    for (const [index, consultant] of scenario.team.consultants.entries()) {
      if (consultant.supervisor !== undefined && !supervisors.has(consultant.supervisor)) {
        ctx.addIssue({
          code: 'custom',
          path: ['team', 'consultants', index, 'supervisor'],
          message: `"${consultant.supervisor}" is not in team.supervisors`,
        });
      }
    }
    for (const [index, expectation] of scenario.expect.entries()) {
      const login = 'consultant' in expectation ? expectation.consultant : undefined;
      if (login !== undefined && !logins.has(login)) {
        ctx.addIssue({
          code: 'custom',
          path: ['expect', index, 'consultant'],
          message: `"${login}" is not a consultant of the team (${[...logins].join(', ')})`,
        });
      }
      if (expectation.that === 'faultInjected' && !seen.has(expectation.fault)) {
        ctx.addIssue({
          code: 'custom',
          path: ['expect', index, 'fault'],
          message: `no fault of the plan has the id "${expectation.fault}"`,
        });
      }
    }
  });

/**
 * The logins an entry of the team stands for: the login itself, or `login1` … `loginN` with a count.
 */
export function expandLogins(login: string, count: number | undefined): string[] {
  if (count === undefined) return [login];
  return Array.from({ length: count }, (_, index) => `${login}${index + 1}`);
}

/** A scenario as written. */
export type QaScenarioInput = z.input<typeof qaScenarioSchema>;
/** A validated scenario, defaults filled in. */
export type QaScenario = z.output<typeof qaScenarioSchema>;
