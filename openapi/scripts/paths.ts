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

/** The generated-types path as the workspace names it, for messages. */
export const generatedTypesDisplayPath = 'openapi/src/generated/openapi.ts';
