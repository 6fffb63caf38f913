import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import type { RequestHeaders } from '../http/headers.js';
import type { OperationSpec } from '../spec/operations.js';
import type { FieldError, SchemaValidator } from '../spec/schema-validator.js';

/** Headers that the rules read themselves (an unknown client kind is `other`, a bad version is outdated). */
const RULE_HEADERS = new Set(['x-app-version', 'x-client-kind']);

/** The validated parameters of a request. */
export interface ValidatedParameters {
  readonly path: Record<string, string>;
  readonly query: Record<string, unknown>;
}

/**
 * Validates the path, query and header parameters of a request against the operation's schemas,
 * converting query values to their types (`bound=true` → `true`). Every refused parameter is listed.
 *
 * @throws ApiError `validation_failed` (400) with `errors`
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one loop over the operation's parameters, by location (path, query, header), each refusal beside its check; the state-layer work reshapes the pipeline (perf)
export function validateParameters(
  validator: SchemaValidator,
  operation: OperationSpec,
  pathParams: Readonly<Record<string, string>>,
  searchParams: URLSearchParams,
  headers: RequestHeaders,
): ValidatedParameters {
  const errors: FieldError[] = [];
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    let raw: string | undefined;
    if (parameter.in === 'path') raw = pathParams[parameter.name];
    else if (parameter.in === 'query') raw = searchParams.get(parameter.name) ?? undefined;
    else {
      if (RULE_HEADERS.has(parameter.name.toLowerCase())) continue;
      raw = headers.get(parameter.name.toLowerCase());
    }
    const field = `${parameter.in}.${parameter.name}`;
    if (raw === undefined) {
      if (parameter.required)
        errors.push({ field, code: 'required', message: 'This parameter is required.' });
      continue;
    }
    if (parameter.schemaPointer === null) continue;
    const found = validator.validate(parameter.schemaPointer, raw, { coerce: true });
    if (found.length > 0) {
      for (const error of found) {
        errors.push({ ...error, field: error.field === '(body)' ? field : `${field}.${error.field}` });
      }
      continue;
    }
    if (parameter.in === 'path') path[parameter.name] = raw;
    else if (parameter.in === 'query')
      query[parameter.name] = coerceScalar(validator, parameter.schemaPointer, raw);
  }
  if (errors.length > 0) throw refuse(Code.validation_failed, { errors });
  return { path, query };
}

/** Ajv cannot replace a root value in place: convert a boolean or number parameter by hand once it validated. */
function coerceScalar(validator: SchemaValidator, pointer: string, raw: string): unknown {
  if (raw === 'true' || raw === 'false') {
    if (validator.validate(pointer, raw === 'true').length === 0) return raw === 'true';
  }
  if (/^-?\d+(\.\d+)?$/.test(raw)) {
    const number = Number(raw);
    if (validator.validate(pointer, number).length === 0 && validator.validate(pointer, raw).length > 0)
      return number;
  }
  return raw;
}

/**
 * Validates a JSON body against the operation's schema. A missing body counts as `{}`, so that each
 * required field is named.
 *
 * @throws ApiError `validation_failed` (400) with `errors`
 */
export function validateBody(validator: SchemaValidator, operation: OperationSpec, body: unknown): unknown {
  if (operation.body === null || operation.body.schemaPointer === null) return body;
  const value = body === undefined ? {} : body;
  const errors = validator.validate(operation.body.schemaPointer, value);
  if (errors.length > 0) throw refuse(Code.validation_failed, { errors });
  return value;
}
