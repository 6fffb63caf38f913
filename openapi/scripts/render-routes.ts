/**
 * Renders the contract's route table: every operation by operationId with its method, path template,
 * whether it is public (`security: []`) and whether it takes an `Idempotency-Key`. The SDK, the MSW
 * helpers and the mock's tests read it instead of keeping their own copy.
 */
import { loadBundledSpec } from './bundle-spec.ts';

/** The header of the generated file: it must never be edited by hand. */
export const ROUTES_HEADER = `/**
 * DO NOT EDIT: generated from openapi/openapi.yaml by @icontact/openapi (scripts/render-routes.ts).
 *
 * To change it, change the contract, then run \`./run pnpm --filter @icontact/openapi generate\` and
 * commit this file; the \`drift\` check fails while it differs from a fresh generation.
 */
`;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface RawParameter {
  readonly name: string;
  readonly in: string;
}

interface RawOperation {
  readonly operationId?: string;
  readonly security?: readonly Readonly<Record<string, unknown>>[];
  readonly parameters?: readonly RawParameter[];
}

interface RawDocument {
  readonly security?: readonly unknown[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** One row of the table. */
export interface RouteRow {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly public: boolean;
  readonly idempotent: boolean;
}

/**
 * Reads the route table from a dereferenced contract, in document order.
 *
 * @param document - the bundled contract with every `$ref` inlined
 * @throws Error when an operation has no operationId (every operation must be named)
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one walk over paths × methods that reads each operation's public and idempotent flags where the contract's rules for them sit side by side
export function readRoutes(document: RawDocument): RouteRow[] {
  const rootPublic = (document.security ?? []).length === 0;
  const rows: RouteRow[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []) as readonly RawParameter[];
    for (const method of METHODS) {
      const operation = item[method] as RawOperation | undefined;
      if (operation === undefined) continue;
      if (operation.operationId === undefined)
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const parameters = [...shared, ...(operation.parameters ?? [])];
      const security = operation.security;
      rows.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        public:
          security === undefined
            ? rootPublic
            : security.length === 0 || security.some((s) => Object.keys(s).length === 0),
        idempotent: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
      });
    }
  }
  return rows;
}

/**
 * Renders the table as a TypeScript module whose `satisfies` makes the compiler check it names every
 * operation of the generated `operations` type, and nothing else.
 *
 * @param rows - the routes, as {@link readRoutes} reads them
 * @returns the whole file's text, header included
 */
export function renderRoutesModule(rows: readonly RouteRow[]): string {
  const lines = rows.map(
    (row) =>
      `  ${row.operationId}: { method: '${row.method}', path: '${row.path}', public: ${row.public}, idempotent: ${row.idempotent} },`,
  );
  return `${ROUTES_HEADER}import type { operations } from './openapi.js';

/** A row of {@link ROUTES}. */
interface RouteRow {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  readonly path: string;
  readonly public: boolean;
  readonly idempotent: boolean;
}

/** Every operation of the contract by operationId, in the contract's order. */
export const ROUTES = {
${lines.join('\n')}
} as const satisfies { readonly [Id in keyof operations]: RouteRow };
`;
}

/** Bundles the contract and renders its route table. */
export async function renderRoutes(): Promise<string> {
  return renderRoutesModule(readRoutes((await loadBundledSpec({ dereferenced: true })) as RawDocument));
}
