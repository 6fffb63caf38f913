import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ScenarioFileError, type ScenarioIssue } from './scenario-file-error.js';
import { issuesFromZod } from './spec-issue.js';

/**
 * Parses a YAML (or JSON) file and validates it with a zod schema, so that every tool built on the fault
 * engine reports a bad file alike: the file's name, and the line, column and path of every problem.
 *
 * @param text - the file's content
 * @param file - the file's name, for messages
 * @param schema - what the file must be
 * @param prepare - turns the parsed document into what `schema` judges (e.g. local times into instants).
 *   Default: the document as it is.
 * @throws {@link ScenarioFileError} with every problem found
 */
export function parseValidatedYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  prepare: (parsed: unknown) => unknown = (parsed) => parsed,
): z.output<S> {
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
  const parsed = schema.safeParse(prepare(document.toJS()));
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
