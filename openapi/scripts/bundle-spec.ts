/**
 * Bundles the multi-file contract into one document with Redocly: every external `$ref` becomes a
 * local `#/components/...` one (or is inlined with `dereferenced`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specSource } from './paths.ts';
import { redocly } from './redocly.ts';

/** Options of {@link bundleSpec}. */
export interface BundleOptions {
  /** Inline every `$ref`, local ones included. Default: `false` (keep `#/components/...` refs). */
  readonly dereferenced?: boolean;
}

/**
 * Writes the bundled contract to a file; the extension (`.json`, `.yaml`) picks the format.
 *
 * @param outFile - where to write
 * @param options - see {@link BundleOptions}
 */
export async function bundleSpec(outFile: string, options: BundleOptions = {}): Promise<void> {
  const args = ['bundle', specSource, '--output', outFile, '--lint-config', 'off'];
  if (options.dereferenced === true) args.push('--dereferenced');
  await redocly(args);
}

/**
 * Bundles the contract into a temporary JSON file and parses it.
 *
 * @param options - see {@link BundleOptions}
 * @returns the bundled document as parsed JSON
 */
export async function loadBundledSpec(options: BundleOptions = {}): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await bundleSpec(file, options);
    return JSON.parse(await readFile(file, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
