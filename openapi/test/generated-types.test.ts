import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkGeneratedTypes } from '../scripts/generate-types.ts';
import { generatedTypesDisplayPath, generatedTypesFile } from '../scripts/paths.ts';
import { GENERATED_HEADER } from '../scripts/render-types.ts';

it(`the committed ${generatedTypesDisplayPath} equals a fresh generation from the contract`, async () => {
  const result = await checkGeneratedTypes();
  expect(result, 'run ./run pnpm --filter @icontact/openapi generate and commit the file').toEqual({
    fresh: true,
  });
}, 30_000);

it('the generated types start with the do-not-edit header', async () => {
  const text = await readFile(generatedTypesFile, 'utf8');
  expect(text.startsWith(GENERATED_HEADER)).toBe(true);
});
