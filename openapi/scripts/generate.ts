/**
 * `pnpm generate`: writes what is generated from the contract into `src/generated/`: the TypeScript
 * types (openapi-typescript) and the route table.
 * `pnpm drift` (`--check`): regenerates into a temporary folder and fails when a committed file
 * differs, saying how to fix it.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { generatedRoutesFile, generatedTypesFile, workspaceRelative } from './paths.ts';
import { renderRoutes } from './render-routes.ts';
import { renderTypes } from './render-types.ts';

/** One generated file: where it is committed and how to render it afresh. */
interface GeneratedFile {
  readonly file: string;
  readonly render: () => Promise<string>;
}

/** Everything generated from the contract. */
export const GENERATED: readonly GeneratedFile[] = [
  { file: generatedTypesFile, render: renderTypes },
  { file: generatedRoutesFile, render: renderRoutes },
];

/** A committed file that differs from a fresh generation, and where the fresh one was written. */
export interface StaleFile {
  /** The committed file, as the workspace names it. */
  readonly file: string;
  readonly freshFile: string;
}

/**
 * Compares every committed generated file with a fresh generation.
 *
 * @returns the files that differ (empty when all are fresh), each with a fresh copy to diff against
 */
export async function checkGenerated(): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const { file, render } of GENERATED) {
    const expected = await render();
    const committed = await readFile(file, 'utf8').catch(() => null);
    if (committed === expected) continue;
    const freshFile = join(await mkdtemp(join(tmpdir(), 'icontact-openapi-drift-')), basename(file));
    await writeFile(freshFile, expected);
    stale.push({ file: workspaceRelative(file), freshFile });
  }
  return stale;
}

async function main(check: boolean): Promise<void> {
  if (!check) {
    for (const { file, render } of GENERATED) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await render());
      process.stdout.write(`wrote ${workspaceRelative(file)}\n`);
    }
    return;
  }
  const stale = await checkGenerated();
  if (stale.length === 0) {
    process.stdout.write(
      `${GENERATED.map(({ file }) => workspaceRelative(file)).join(', ')}: up to date with the contract\n`,
    );
    return;
  }
  for (const { file, freshFile } of stale) {
    process.stderr.write(
      `${file} differs from the contract: it was edited by hand or not regenerated.\n` +
        `Fix: ./run pnpm --filter @icontact/openapi generate, then commit ${file}.\n` +
        `Fresh generation for comparison: ${freshFile}\n`,
    );
  }
  process.exitCode = 1;
}

if (import.meta.main) {
  await main(process.argv.includes('--check'));
}
