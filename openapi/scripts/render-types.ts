/**
 * Renders the SDK's TypeScript types from the contract with openapi-typescript.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundleSpec } from './bundle-spec.ts';

/** The header of the generated file: it must never be edited by hand. */
export const GENERATED_HEADER = `/**
 * DO NOT EDIT: generated from openapi/openapi.yaml by @icontact/openapi with openapi-typescript.
 *
 * To change it, change the contract, then run \`./run pnpm --filter @icontact/openapi generate\` and
 * commit this file; the \`drift\` check fails while it differs from a fresh generation.
 */

`;

/**
 * Bundles the contract and renders its types: `paths`, `components` (with root aliases such as
 * `SchemaShift`), and `operations`.
 *
 * @returns the whole file's text, header included
 */
export async function renderTypes(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-openapi-types-'));
  try {
    const bundled = join(dir, 'openapi.json');
    await bundleSpec(bundled);
    const ast = await openapiTS(pathToFileURL(bundled), { rootTypes: true, alphabetize: false });
    return GENERATED_HEADER + astToString(ast);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
