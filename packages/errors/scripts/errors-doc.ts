// Writes or checks docs/errors.md, rendered from the catalogue.
//   errors-doc write <path>   regenerate the file
//   errors-doc check <path>   exit 1 with a clear message when the committed file is stale
// Prints through process.stdout/stderr: this is a command-line tool.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderErrorsDoc } from './docs/render-errors-doc.js';

const [mode, target] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || target === undefined) {
  process.stderr.write('usage: errors-doc write|check <path to docs/errors.md>\n');
  process.exit(2);
}
const path = resolve(target);
const wanted = renderErrorsDoc();

if (mode === 'write') {
  writeFileSync(path, wanted);
  process.stdout.write(`wrote ${path}\n`);
} else {
  const current = readOrEmpty(path);
  if (current === wanted) {
    process.stdout.write(`${path} is up to date with the catalogue\n`);
  } else {
    const line = firstDifferentLine(current, wanted);
    process.stderr.write(
      `${path} is stale: it differs from what the catalogue in packages/errors generates (first difference at line ${line}).\n` +
        'Do not edit it by hand. Run `./run pnpm --filter @icontact/errors generate` and commit docs/errors.md.\n',
    );
    process.exit(1);
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}
