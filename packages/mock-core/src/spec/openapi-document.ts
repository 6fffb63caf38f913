/**
 * The parts of an OpenAPI 3.1 document the backend reads. Everything else (descriptions, examples,
 * extensions) is allowed and ignored.
 */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly servers?: readonly { readonly url: string }[];
  readonly paths: Readonly<Record<string, OpenApiPathItem | OpenApiRef>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  readonly components?: Readonly<Record<string, unknown>>;
}

/** A `$ref` object. */
export interface OpenApiRef {
  readonly $ref: string;
}

/** The HTTP methods a path item may hold, lowercase as OpenAPI writes them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiPathItem = {
  readonly parameters?: readonly (OpenApiParameter | OpenApiRef)[];
} & { readonly [M in HttpMethod]?: OpenApiOperation };

export interface OpenApiOperation {
  readonly operationId?: string;
  readonly parameters?: readonly (OpenApiParameter | OpenApiRef)[];
  readonly requestBody?: OpenApiRequestBody | OpenApiRef;
  readonly responses?: Readonly<Record<string, OpenApiResponse | OpenApiRef>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
}

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: unknown;
}

export interface OpenApiRequestBody {
  readonly required?: boolean;
  readonly content?: Readonly<Record<string, { readonly schema?: unknown }>>;
}

export interface OpenApiResponse {
  readonly content?: Readonly<Record<string, { readonly schema?: unknown }>>;
}
