import { readFileSync } from 'node:fs';

/** A code block of a doc that names the file it is: its first line is `// <path>`. */
export interface FileBlock {
  /** The path the block's first line names, e.g. `src/test/icontact.ts`. */
  readonly path: string;
  /** The block's code, first line included. */
  readonly code: string;
}

const FENCE = /^```ts\n(\/\/ ([\w./-]+\.ts)\b[^\n]*\n[\s\S]*?)^```$/gm;

/**
 * Every `ts` block of the doc's "Quick start" sections (`## Quick start…`, up to the next `## `) whose
 * first line is a comment naming a `.ts` file, in order — so the consumer test runs what the docs show,
 * not a copy of it.
 */
export function quickStartBlocks(markdownFile: string): FileBlock[] {
  const markdown = readFileSync(markdownFile, 'utf8');
  const sections = markdown.split(/^(?=## )/m).filter((section) => section.startsWith('## Quick start'));
  return sections.flatMap((section) =>
    [...section.matchAll(FENCE)].map(([, code = '', path = '']) => ({ path, code })),
  );
}
