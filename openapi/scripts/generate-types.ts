/**
 * `pnpm generate`: writes the SDK's types generated from the contract.
 * `pnpm drift` (`--check`): regenerates into a temporary file and fails when the committed file
 * differs, saying how to fix it.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generatedTypesDisplayPath, generatedTypesFile } from './paths.ts';
import { renderTypes } from './render-types.ts';

/**
 * Compares the committed generated file with a fresh generation.
 *
 * @returns `fresh: true` when they are identical; otherwise the path of the fresh file to diff against
 */
export async function checkGeneratedTypes(): Promise<{ fresh: true } | { fresh: false; freshFile: string }> {
  const expected = await renderTypes();
  const committed = await readFile(generatedTypesFile, 'utf8').catch(() => null);
  if (committed === expected) return { fresh: true };
  const freshFile = join(await mkdtemp(join(tmpdir(), 'icontact-openapi-drift-')), 'openapi.ts');
  await writeFile(freshFile, expected);
  return { fresh: false, freshFile };
}

async function main(check: boolean): Promise<void> {
  if (!check) {
    await mkdir(dirname(generatedTypesFile), { recursive: true });
    await writeFile(generatedTypesFile, await renderTypes());
    process.stdout.write(`wrote ${generatedTypesDisplayPath}\n`);
    return;
  }
  const result = await checkGeneratedTypes();
  if (result.fresh) {
    process.stdout.write(`${generatedTypesDisplayPath} is up to date with the contract\n`);
    return;
  }
  process.stderr.write(
    `${generatedTypesDisplayPath} differs from the contract: it was edited by hand or not regenerated.\n` +
      `Fix: ./run pnpm --filter @icontact/openapi generate, then commit ${generatedTypesDisplayPath}.\n` +
      `Fresh generation for comparison: ${result.freshFile}\n`,
  );
  process.exitCode = 1;
}

if (import.meta.main) {
  await main(process.argv.includes('--check'));
}
