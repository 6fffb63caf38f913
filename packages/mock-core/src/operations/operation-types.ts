/**
 * The request parts of each operation of the contract, typed from its generated `operations`
 * (`@icontact/openapi`): what a handler receives once the pipeline has validated them.
 */
import type { operations } from '@icontact/openapi';

/** The operationId of an operation of the contract, e.g. `startShift`. */
export type OperationId = keyof operations;

type PartOf<Id extends OperationId, Part extends 'path' | 'query'> = NonNullable<
  operations[Id]['parameters'][Part]
>;

/** Nothing: an operation without parameters of a kind gets an empty object. */
type Empty = Readonly<Record<never, never>>;

type ParametersOf<Id extends OperationId, Part extends 'path' | 'query'> = [PartOf<Id, Part>] extends [never]
  ? Empty
  : Readonly<PartOf<Id, Part>>;

/**
 * The path parameters of an operation, decoded (`{ shiftId: string }`); empty without any. Over a
 * union of operations, the union of each one's.
 */
export type PathParamsOf<Id extends OperationId> = Id extends OperationId ? ParametersOf<Id, 'path'> : never;

/** The query parameters of an operation, converted to their schema types; empty without any. */
export type QueryOf<Id extends OperationId> = Id extends OperationId ? ParametersOf<Id, 'query'> : never;

type RequestBodyOf<Op> = Op extends { requestBody?: infer Body } ? Body : undefined;
type JsonOf<Body> = Body extends { content: { 'application/json': infer Json } } ? Json : never;

type OneBodyOf<Id extends OperationId> = [NonNullable<RequestBodyOf<operations[Id]>>] extends [never]
  ? undefined
  : undefined extends RequestBodyOf<operations[Id]>
    ? JsonOf<NonNullable<RequestBodyOf<operations[Id]>>> | undefined
    : JsonOf<NonNullable<RequestBodyOf<operations[Id]>>>;

/**
 * The JSON body of an operation as its schema defines it; `undefined` when it takes none, and
 * `| undefined` when the body is optional. Over a union of operations, the union of each one's.
 */
export type BodyOf<Id extends OperationId> = Id extends OperationId ? OneBodyOf<Id> : never;
