import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

it('imports nothing from node: in the main entry’s modules, so that it runs in browsers', () => {
  const offenders = sources(new URL('.', import.meta.url).pathname).filter((path) =>
    /from ['"]node:|import\(['"]node:/.test(readFileSync(path, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
