import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkGenerated, GENERATED } from '../scripts/generate.ts';
import { workspaceRelative } from '../scripts/paths.ts';

it('every committed file under src/generated equals a fresh generation from the contract', async () => {
  const stale = await checkGenerated();
  expect(stale, 'run ./run pnpm --filter @icontact/openapi generate and commit the files').toEqual([]);
}, 60_000);

it.each(GENERATED.map(({ file }) => [workspaceRelative(file), file]))(
  '%s starts with the do-not-edit header',
  async (_, file) => {
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('/**\n * DO NOT EDIT: generated from openapi/openapi.yaml')).toBe(true);
  },
);
