import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { faultSpecSchema, isoInstantSchema } from './fault-spec.js';
import { ScenarioFileError, type ScenarioIssue } from './scenario-file-error.js';
import { issuesFromZod } from './spec-issue.js';

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
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ScenarioFileError(
      file,
      document.errors.map((error) => ({
        path: [],
        message: firstLine(error.message).replace(/ at line \d+, column \d+:?$/, ''),
        ...(error.linePos === undefined ? {} : { line: error.linePos[0].line, column: error.linePos[0].col }),
      })),
    );
  }
  const parsed = scenarioSchema.safeParse(document.toJS());
  if (!parsed.success) {
    throw new ScenarioFileError(
      file,
      issuesFromZod(parsed.error).map((issue) => ({
        ...issue,
        ...position(document, lineCounter, issue.path),
      })),
    );
  }
  return parsed.data;
}

/** The line and column of the node at `path`, or of its nearest ancestor present in the document. */
function position(
  document: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): Pick<ScenarioIssue, 'line' | 'column'> {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}
