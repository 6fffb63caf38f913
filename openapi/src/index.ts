/**
 * The OpenAPI 3.1 contract of the iContact API: the TypeScript types generated from it (`paths`,
 * `components`, `operations`, the one source of the wire's shapes for every package) and the bundled
 * contract for tools that read it at run time (the mock server validates requests against it, the
 * fuzzers and the docs read it).
 *
 * The types are erased at compile time, so `import type { paths } from '@icontact/openapi'` is safe in
 * a browser bundle; the functions below read files and need Node. The JSON itself is also exported as
 * `@icontact/openapi/openapi.json` and the YAML as `@icontact/openapi/openapi.yaml`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type { components, operations, paths } from './generated/openapi.js';
export type { OperationId, Route } from './routes.js';

/**
 * An OpenAPI 3.1 document as JSON: the top-level fields typed, everything below them left
 * `unknown` for the reader to narrow (or to hand to a validator such as Ajv).
 */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
  readonly paths: { readonly [path: string]: { readonly [key: string]: unknown } };
  readonly components: { readonly [kind: string]: { readonly [name: string]: unknown } };
  readonly [key: string]: unknown;
}

/** Absolute path of the bundled contract, `dist/openapi.json` (one file, no external `$ref`). */
export const specPath: string = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

/** Absolute path of the same bundle as YAML, `dist/openapi.yaml`. */
export const specYamlPath: string = fileURLToPath(new URL('../dist/openapi.yaml', import.meta.url));

/** Absolute path of the rendered API reference, `dist/reference.html` (works offline). */
export const referencePath: string = fileURLToPath(new URL('../dist/reference.html', import.meta.url));

/**
 * Reads and parses the bundled contract. Every call returns a fresh object, so a caller may mutate
 * it (some validators do).
 *
 * @returns the OpenAPI document
 * @throws Error when the bundle is missing (the package was not built:
 *   `./run pnpm --filter @icontact/openapi build`) or is not an OpenAPI 3.1 document
 */
export async function loadSpec(): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(specPath, 'utf8');
  } catch (cause) {
    throw new Error(
      `The bundled contract ${specPath} is missing: build it with \`./run pnpm --filter @icontact/openapi build\`.`,
      { cause },
    );
  }
  const document: unknown = JSON.parse(text);
  if (!isOpenApi31(document)) {
    throw new Error(`${specPath} is not an OpenAPI 3.1 document.`);
  }
  return document;
}

function isOpenApi31(value: unknown): value is OpenApiDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { openapi, info, paths, components } = value as Record<string, unknown>;
  return (
    typeof openapi === 'string' &&
    openapi.startsWith('3.1.') &&
    typeof info === 'object' &&
    info !== null &&
    typeof paths === 'object' &&
    paths !== null &&
    typeof components === 'object' &&
    components !== null
  );
}
