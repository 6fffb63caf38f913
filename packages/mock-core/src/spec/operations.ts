import {
  HTTP_METHODS,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
  type OpenApiPathItem,
  type OpenApiRequestBody,
  type OpenApiResponse,
} from './openapi-document.js';
import { isRef, pointerOf, readPointer } from './resolve-ref.js';

/** A parameter of an operation, with the JSON pointer of its schema inside the spec. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  /** JSON pointer of the parameter's schema, `null` when it has none. */
  readonly schemaPointer: string | null;
}

/** One operation of the contract as the backend uses it. */
export interface OperationSpec {
  readonly operationId: string;
  /** Uppercase HTTP method. */
  readonly method: string;
  /** The path template without the base path, `/shifts/{shiftId}`. */
  readonly path: string;
  readonly parameters: readonly ParameterSpec[];
  /** The JSON request body, or `null` when the operation takes none. */
  readonly body: { readonly required: boolean; readonly schemaPointer: string | null } | null;
  /** `true` when the operation needs no token (`security: []`). */
  readonly public: boolean;
  /** `true` when the operation accepts an `Idempotency-Key` header. */
  readonly idempotent: boolean;
  /** The JSON schema pointer of each response status (`'200'`, `'4XX'`, `'default'`); `null` without a body. */
  readonly responses: ReadonlyMap<string, string | null>;
}

/** A node and the pointer where it finally lives once its `$ref`s are followed. */
function follow<T>(document: OpenApiDocument, value: unknown, pointer: string): { node: T; pointer: string } {
  let node = value;
  let at = pointer;
  for (let hops = 0; isRef(node); hops += 1) {
    if (hops > 32) throw new Error(`A $ref cycle in the spec at "${at}"`);
    at = node.$ref;
    node = readPointer(document, node.$ref);
  }
  return { node: node as T, pointer: at };
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/;

function jsonSchemaPointer(
  content: Readonly<Record<string, { readonly schema?: unknown }>> | undefined,
  pointer: string,
): string | null {
  if (!content) return null;
  const media = Object.keys(content).find((type) => JSON_MEDIA.test(type));
  if (media === undefined || content[media]?.schema === undefined) return null;
  return `${pointer}/content/${media.replaceAll('~', '~0').replaceAll('/', '~1')}/schema`;
}

function readParameters(
  document: OpenApiDocument,
  list: readonly unknown[] | undefined,
  pointer: string,
): ParameterSpec[] {
  return (list ?? []).flatMap((raw, index) => {
    const { node, pointer: at } = follow<OpenApiParameter>(document, raw, `${pointer}/${index}`);
    if (node.in === 'cookie') return [];
    return [
      {
        name: node.name,
        in: node.in,
        required: node.required === true || node.in === 'path',
        schemaPointer: node.schema === undefined ? null : `${at}/schema`,
      },
    ];
  });
}

/** Every operation of the spec, in the order of its paths and methods. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one walk over the contract's paths × methods, resolving $refs as it goes
export function readOperations(document: OpenApiDocument): OperationSpec[] {
  const operations: OperationSpec[] = [];
  const rootPublic = (document.security ?? []).length === 0;
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const { node: item, pointer: itemPointer } = follow<OpenApiPathItem>(
      document,
      rawItem,
      pointerOf(['paths', path]),
    );
    const shared = readParameters(document, item.parameters, `${itemPointer}/parameters`);
    for (const method of HTTP_METHODS) {
      const operation: OpenApiOperation | undefined = item[method];
      if (!operation) continue;
      const opPointer = `${itemPointer}/${method}`;
      const own = readParameters(document, operation.parameters, `${opPointer}/parameters`);
      const parameters = [
        ...shared.filter(
          (p) => !own.some((o) => o.name.toLowerCase() === p.name.toLowerCase() && o.in === p.in),
        ),
        ...own,
      ];
      let body: OperationSpec['body'] = null;
      if (operation.requestBody !== undefined) {
        const { node, pointer } = follow<OpenApiRequestBody>(
          document,
          operation.requestBody,
          `${opPointer}/requestBody`,
        );
        body = { required: node.required === true, schemaPointer: jsonSchemaPointer(node.content, pointer) };
      }
      const responses = new Map<string, string | null>();
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        const { node, pointer } = follow<OpenApiResponse>(document, raw, `${opPointer}/responses/${status}`);
        responses.set(status, jsonSchemaPointer(node.content, pointer));
      }
      const security = operation.security;
      operations.push({
        operationId: operation.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters,
        body,
        public:
          security === undefined
            ? rootPublic
            : security.length === 0 || security.some((s) => Object.keys(s).length === 0),
        idempotent: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
        responses,
      });
    }
  }
  return operations;
}

/** The path of the spec's first server URL (`/api/v1`), or `''` when it has none. */
export function basePathOf(document: OpenApiDocument): string {
  const url = document.servers?.[0]?.url;
  if (url === undefined) return '';
  const path = new URL(url, 'http://base.invalid').pathname.replace(/\/+$/, '');
  return path === '/' ? '' : path;
}
