import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu;

/** Every module specifier reachable from `entry` through relative imports. */
async function reachableSpecifiers(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/u, '.ts')));
      else specifiers.add(specifier);
    }
  }
  return specifiers;
}

it('keeps every node: module out of the browser entry', async () => {
  const specifiers = await reachableSpecifiers(join(here, 'index.ts'));
  expect([...specifiers].filter((specifier) => specifier.startsWith('node:'))).toEqual([]);
  expect(specifiers).toContain('openapi-fetch');
});

it('ships the file storage in the node entry', async () => {
  const specifiers = await reachableSpecifiers(join(here, 'node.ts'));
  expect(specifiers).toContain('node:fs/promises');
});
