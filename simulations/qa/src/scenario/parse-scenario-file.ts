import { ScenarioFileError, type ScenarioIssue } from '@icontact/faults';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
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
  const parsed = qaScenarioSchema.safeParse(localWindowsToInstants(document.toJS()));
  if (!parsed.success) {
    throw new ScenarioFileError(
      file,
      issuesOf(parsed.error).map((issue) => ({ ...issue, ...position(document, lineCounter, issue.path) })),
    );
  }
  return parsed.data;
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

/** zod's issues as paths and messages; an unknown field gets an issue at its own path. */
function issuesOf(error: z.ZodError): ScenarioIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"` }));
    }
    return [{ path, message: issue.message }];
  });
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
