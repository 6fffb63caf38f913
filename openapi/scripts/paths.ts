/**
 * Where the contract's files live, as absolute paths, so that every script and test agrees.
 */
import { fileURLToPath } from 'node:url';

const at = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** The `openapi/` package folder. */
export const packageRoot: string = at('../');

/** The root of the contract's source, which `$ref`s the files under `paths/` and `components/`. */
export const specSource: string = at('../openapi.yaml');

/** The Redocly configuration (lint ruleset). */
export const redoclyConfig: string = at('../redocly.yaml');

/** Where `build` writes the bundle and the reference. */
export const distDir: string = at('../dist/');

/** The committed TypeScript types generated from the contract, exported by `@icontact/openapi`. */
export const generatedTypesFile: string = at('../src/generated/openapi.ts');

/** The committed route table generated from the contract, exported by `@icontact/openapi/routes`. */
export const generatedRoutesFile: string = at('../src/generated/routes.ts');

const workspaceRoot: string = at('../../');

/**
 * A path as the workspace names it, for messages: `openapi/src/generated/openapi.ts`.
 *
 * @param file - an absolute path inside the workspace
 */
export function workspaceRelative(file: string): string {
  return file.startsWith(workspaceRoot) ? file.slice(workspaceRoot.length) : file;
}
