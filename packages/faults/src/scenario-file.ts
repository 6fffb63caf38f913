import { z } from 'zod';
import { faultSpecSchema, isoInstantSchema } from './fault-spec.js';
import { parseValidatedYaml } from './validated-yaml.js';

/** The virtual clock of a scenario. */
export const clockSettingsSchema = z.strictObject({
  /** The virtual instant the clock starts at. */
  start: isoInstantSchema,
  /** Virtual seconds per real second; 0 freezes the clock (tests move it by hand). Default: 1. */
  speed: z.number().min(0).default(1),
});

/**
 * A scenario: a named list of faults, usually each in a window of virtual time, with the clock to run them
 * on. Unknown fields are refused.
 */
export const scenarioSchema = z
  .strictObject({
    /** A short name for logs. Default: none. */
    name: z.string().min(1).optional(),
    /** What the scenario reproduces. Default: none. */
    description: z.string().optional(),
    /** The fault engine's seed (and the seed data's, for a runner that uses one). Default: the runner's. */
    seed: z.int().optional(),
    /** The virtual clock. Default: the runner's clock, unchanged. */
    clock: clockSettingsSchema.optional(),
    /** The faults, tried in this order. Default: none. */
    faults: z.array(faultSpecSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    for (const [index, fault] of scenario.faults.entries()) {
      if (fault.id === undefined) continue;
      if (seen.has(fault.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['faults', index, 'id'],
          message: `the id "${fault.id}" is taken`,
        });
      }
      seen.add(fault.id);
    }
  });

/** A scenario as written: defaults may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario, defaults filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A validated clock setting. */
export type ClockSettings = z.output<typeof clockSettingsSchema>;

/**
 * Parses and validates a scenario written in YAML (or JSON, which is YAML too).
 *
 * @param text - the file's content.
 * @param file - the file's name, for messages. Default: `<scenario>`.
 * @throws {@link ScenarioFileError} naming the file, and the line, column and path of every problem.
 */
export function parseScenario(text: string, file = '<scenario>'): Scenario {
  return parseValidatedYaml(text, file, scenarioSchema);
}
