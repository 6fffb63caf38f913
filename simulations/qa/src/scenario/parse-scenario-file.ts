import { parseValidatedYaml } from '@icontact/faults';
import { resolveMoment, TIME_OF_DAY } from './local-time.js';
import { type QaScenario, qaScenarioSchema } from './scenario-schema.js';

/** Where the clock starts when a scenario does not say: 08:30 in Almaty on 24 November 2026. */
export const DEFAULT_CLOCK_START = '2026-11-24T03:30:00Z';

/**
 * Parses and validates a QA scenario written in YAML (or JSON).
 *
 * @param text - the file's content
 * @param file - the file's name, for messages. Default: `<scenario>`.
 * @throws ScenarioFileError (of `@icontact/faults`) naming the file, and the line, column and path of
 * every problem
 */
export function parseScenarioFile(text: string, file = '<scenario>'): QaScenario {
  return parseValidatedYaml(text, file, qaScenarioSchema, localWindowsToInstants);
}

/**
 * Fault windows may say `HH:MM` (Almaty, on the clock's day); the fault engine wants instants. Turns
 * the former into the latter before validation, leaving anything else for the schema to judge.
 */
function localWindowsToInstants(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.faults)) return raw;
  const clock = isRecord(raw.clock) ? raw.clock : {};
  const start = Date.parse(typeof clock.start === 'string' ? clock.start : DEFAULT_CLOCK_START);
  if (Number.isNaN(start)) return raw;
  const toInstant = (value: unknown): unknown =>
    typeof value === 'string' && TIME_OF_DAY.test(value)
      ? new Date(resolveMoment(value, start)).toISOString()
      : value;
  const faults = raw.faults.map((fault) => {
    if (!isRecord(fault) || !isRecord(fault.target) || !isRecord(fault.target.window)) return fault;
    const window = fault.target.window;
    return {
      ...fault,
      target: {
        ...fault.target,
        window: {
          ...window,
          ...('from' in window ? { from: toInstant(window.from) } : {}),
          ...('to' in window ? { to: toInstant(window.to) } : {}),
        },
      },
    };
  });
  return { ...raw, faults };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
