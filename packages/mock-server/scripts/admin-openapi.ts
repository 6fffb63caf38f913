/**
 * `pnpm generate`: writes the request-body schemas of `admin-openapi.yaml` from the zod schemas the
 * admin routes validate with (`src/admin/admin-schemas.ts`, converted by zod's own `toJSONSchema`), so
 * the admin API's bodies are described once. The rest of the YAML (paths, responses, examples) is
 * written by hand around them.
 * `pnpm drift` (`--check`): fails when the committed YAML differs from a fresh generation.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMap, parseDocument } from 'yaml';
import { type ZodType, z } from 'zod';
import {
  advanceClockBodySchema,
  reseedBodySchema,
  resetBodySchema,
  setClockBodySchema,
  snapshotBodySchema,
  teamBodySchema,
  upstreamsPatchSchema,
} from '../src/admin/admin-schemas.ts';

const yamlFile = fileURLToPath(new URL('../admin-openapi.yaml', import.meta.url));
/** The workspace's Biome (a root dev dependency), which formats the YAML as `biome ci` checks it. */
const biome = createRequire(new URL('../../../package.json', import.meta.url)).resolve(
  '@biomejs/biome/bin/biome',
);

const body = (path: string, method: string): readonly string[] => [
  'paths',
  path,
  method,
  'requestBody',
  'content',
  'application/json',
  'schema',
];

/** Where each zod schema's JSON Schema goes in the YAML, and the schema's name in `admin-schemas.ts`. */
const GENERATED: readonly (readonly [at: readonly string[], name: string, schema: ZodType])[] = [
  [body('/reset', 'post'), 'resetBodySchema', resetBodySchema],
  [body('/reseed', 'post'), 'reseedBodySchema', reseedBodySchema],
  [body('/clock', 'put'), 'setClockBodySchema', setClockBodySchema],
  [body('/clock/advance', 'post'), 'advanceClockBodySchema', advanceClockBodySchema],
  [['components', 'schemas', 'UpstreamsPatch'], 'upstreamsPatchSchema', upstreamsPatchSchema],
  [['components', 'schemas', 'Snapshot'], 'snapshotBodySchema', snapshotBodySchema],
  [['components', 'schemas', 'TeamRequest'], 'teamBodySchema', teamBodySchema],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Leaves out what zod adds that says nothing to a reader of the API: the bounds of a safe integer, that
 * an object's keys are strings, the regular expression of a `date-time` its format names, and the recursive definition of "any JSON value" (`{}` says it).
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a build script's list of independent omissions, one line each
function tidy(node: Json): Json {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) return {};
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$defs') continue;
    if (key === 'minimum' && value === Number.MIN_SAFE_INTEGER) continue;
    if (key === 'maximum' && value === Number.MAX_SAFE_INTEGER) continue;
    if (key === 'propertyNames' && JSON.stringify(value) === '{"type":"string"}') continue;
    if (key === 'pattern' && node.format === 'date-time') continue;
    out[key] = tidy(value);
  }
  return out;
}

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 takes it) of what a zod schema accepts.
 *
 * @param schema - a request body's zod schema
 */
export function jsonSchemaOf(schema: ZodType): Json {
  return tidy(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json);
}

/**
 * The admin API's YAML with every generated schema written afresh from the zod schemas.
 *
 * @param text - the YAML as committed
 */
export function renderAdminOpenApi(text: string): string {
  const document = parseDocument(text);
  for (const [at, name, schema] of GENERATED) {
    const node = document.createNode(jsonSchemaOf(schema));
    node.commentBefore = ` generated from ${name} (src/admin/admin-schemas.ts) by scripts/admin-openapi.ts: edit the zod schema, then pnpm generate`;
    if (!isMap(document.getIn(at.slice(0, -1), true)))
      throw new Error(`admin-openapi.yaml has no ${at.join('.')}`);
    document.setIn(at, node);
  }
  return formatYaml(document.toString({ lineWidth: 0 }));
}

/** Formats YAML with the workspace's Biome, so the generated file is what `biome ci` expects. */
function formatYaml(text: string): string {
  return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=admin-openapi.yaml'], {
    input: text,
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
}

async function main(check: boolean): Promise<void> {
  const committed = await readFile(yamlFile, 'utf8');
  const fresh = renderAdminOpenApi(committed);
  if (!check) {
    await writeFile(yamlFile, fresh);
    process.stdout.write('wrote packages/mock-server/admin-openapi.yaml\n');
    return;
  }
  if (fresh === committed) {
    process.stdout.write('admin-openapi.yaml: the request bodies match the zod schemas\n');
    return;
  }
  process.stderr.write(
    'packages/mock-server/admin-openapi.yaml differs from the zod schemas of src/admin/admin-schemas.ts ' +
      '(a generated schema was edited by hand, or a zod schema changed).\n' +
      'Fix: ./run pnpm --filter @icontact/mock-server generate, then commit admin-openapi.yaml.\n',
  );
  process.exitCode = 1;
}

if (import.meta.main) {
  await main(process.argv.includes('--check'));
}
