/**
 * The contract as the tests read it: bundled by Redocly (once with `$ref`s kept, once dereferenced)
 * and walked operation by operation.
 */
import { loadBundledSpec } from '../scripts/bundle-spec.ts';

/** A media type of a request body or response, after dereferencing. */
export interface MediaType {
  readonly schema?: unknown;
  readonly example?: unknown;
  readonly examples?: Readonly<Record<string, { readonly value?: unknown }>>;
}

/** A response, after dereferencing. */
export interface Response {
  readonly description: string;
  readonly headers?: Readonly<Record<string, { readonly required?: boolean }>>;
  readonly content?: Readonly<Record<string, MediaType>>;
  readonly links?: Readonly<Record<string, Link>>;
}

/** A link of a response. */
export interface Link {
  readonly operationId?: string;
  readonly parameters?: Readonly<Record<string, string>>;
}

/** A parameter, after dereferencing. */
export interface Parameter {
  readonly name: string;
  readonly in: 'header' | 'query' | 'path' | 'cookie';
  readonly required?: boolean;
}

/** An operation, with the parameters of its path item merged in. */
export interface Operation {
  readonly path: string;
  readonly method: string;
  readonly operationId: string;
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly security?: readonly unknown[];
  readonly parameters: readonly Parameter[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, MediaType>>;
  };
  readonly responses: Readonly<Record<string, Response>>;
  readonly errorCodes: readonly string[];
}

/** The parts of the bundled document the tests read. */
export interface Contract {
  readonly openapi: string;
  readonly servers: readonly { readonly url: string }[];
  readonly security?: readonly unknown[];
  readonly tags: readonly { readonly name: string; readonly description?: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The bundled contract with its `#/components/...` references kept. */
export const bundled = (await loadBundledSpec()) as Contract;

/** The bundled contract with every reference inlined. */
export const dereferenced = (await loadBundledSpec({ dereferenced: true })) as Contract;

function collectOperations(contract: Contract): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(contract.paths)) {
    const shared = (item.parameters ?? []) as readonly Parameter[];
    for (const method of METHODS) {
      const raw = item[method] as
        | (Omit<Operation, 'path' | 'method' | 'errorCodes'> & Record<string, unknown>)
        | undefined;
      if (raw === undefined) continue;
      const own = raw.parameters ?? [];
      const errorCodes = (raw['x-error-codes'] ?? []) as readonly string[];
      operations.push({ ...raw, path, method, parameters: [...shared, ...own], errorCodes });
    }
  }
  return operations;
}

/** Every operation of the dereferenced contract, in document order. */
export const operations: readonly Operation[] = collectOperations(dereferenced);

/** Every operation of the contract with references kept (to check what refers to what). */
export const bundledOperations: readonly Operation[] = collectOperations(bundled);

/** The examples of a media type: its `example`, or each value of its `examples`. */
export function examplesOf(media: MediaType): unknown[] {
  if (media.example !== undefined) return [media.example];
  return Object.values(media.examples ?? {}).map((example) => example.value);
}

/** The codes an error response's description documents: each `` `code` `` that is a catalogue code. */
export function codesDescribedIn(text: string, catalogue: ReadonlySet<string>): string[] {
  return [...text.matchAll(/`([a-z_]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((code) => catalogue.has(code));
}
