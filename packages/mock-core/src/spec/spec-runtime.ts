import { createOperationRouter, type Router } from '../http/router.js';
import type { OpenApiDocument } from './openapi-document.js';
import { basePathOf, type OperationSpec, readOperations } from './operations.js';
import { createSchemaValidator, type SchemaValidator } from './schema-validator.js';

/** The contract, read once: its operations, a router and a validator over its schemas. */
export interface SpecRuntime {
  readonly document: OpenApiDocument;
  /** The base path of the spec's first server (`/api/v1`). */
  readonly basePath: string;
  readonly operations: readonly OperationSpec[];
  readonly byId: ReadonlyMap<string, OperationSpec>;
  readonly router: Router;
  readonly validator: SchemaValidator;
}

/** Reads a contract into a {@link SpecRuntime}. */
export function createSpecRuntime(document: OpenApiDocument): SpecRuntime {
  const operations = readOperations(document);
  const basePath = basePathOf(document);
  return {
    document,
    basePath,
    operations,
    byId: new Map(operations.map((operation) => [operation.operationId, operation])),
    router: createOperationRouter(operations, basePath),
    validator: createSchemaValidator(document),
  };
}
