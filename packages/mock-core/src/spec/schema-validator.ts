import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { OpenApiDocument } from './openapi-document.js';

/** One refused field, as the error body's `errors` lists it. */
export interface FieldError {
  /** A dotted path into the body (`consumer.iin`, `items.3.contactId`), or `query.<name>`, `path.<name>`, `header.<name>`. */
  readonly field: string;
  /** Why, as a short machine word: `required`, `type`, `format`, `enum`, `min_length`, … */
  readonly code: string;
  /** A human-readable explanation. */
  readonly message: string;
}

/** Validates values against the schemas of one OpenAPI document, by JSON pointer. */
export interface SchemaValidator {
  /**
   * Validates `value` against the schema at `pointer` (`#/components/schemas/Shift`).
   *
   * @param prefix - prepended to every field path (`query.`, `path.`); default `''`
   * @param coerce - `true` converts strings to the schema's types in place (for parameters); default `false`
   * @returns every refused field; `[]` when the value is valid
   */
  validate(pointer: string, value: unknown, options?: { prefix?: string; coerce?: boolean }): FieldError[];
}

const DOCUMENT_ID = 'openapi.json';

// ajv-formats is CommonJS: under NodeNext its default import is the module object in types, the plugin at runtime.
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as (
  ajv: Ajv2020,
) => Ajv2020;

function createAjv(document: OpenApiDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: coerce,
    discriminator: true,
    validateSchema: false,
  });
  addFormats(ajv);
  ajv.addFormat('password', true);
  ajv.addSchema(document as object, DOCUMENT_ID);
  return ajv;
}

const CODE_OF_KEYWORD: Readonly<Record<string, string>> = {
  required: 'required',
  type: 'type',
  format: 'format',
  enum: 'enum',
  const: 'enum',
  minLength: 'min_length',
  maxLength: 'max_length',
  minItems: 'min_length',
  maxItems: 'max_length',
  minimum: 'minimum',
  maximum: 'maximum',
  exclusiveMinimum: 'minimum',
  exclusiveMaximum: 'maximum',
  pattern: 'pattern',
  additionalProperties: 'additional_property',
  unevaluatedProperties: 'additional_property',
};

function pathOf(error: ErrorObject): string[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  const params = error.params as {
    missingProperty?: string;
    additionalProperty?: string;
    unevaluatedProperty?: string;
  };
  const extra = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  if (extra !== undefined) parts.push(extra);
  return parts;
}

function messageOf(error: ErrorObject, code: string): string {
  switch (code) {
    case 'required':
      return 'This field is required.';
    case 'additional_property':
      return 'This field is not allowed here.';
    case 'enum': {
      const allowed = (error.params as { allowedValues?: unknown[]; allowedValue?: unknown })
        .allowedValues ?? [(error.params as { allowedValue?: unknown }).allowedValue];
      return `Must be one of: ${allowed.map((value) => JSON.stringify(value)).join(', ')}.`;
    }
    default: {
      const text = error.message ?? 'is invalid';
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
  }
}

/**
 * Turns Ajv's errors into field errors, one per field and reason. A failed `oneOf`/`anyOf` is reported
 * once, as `invalid` at its own field, instead of every complaint of every branch under it.
 */
function toFieldErrors(errors: readonly ErrorObject[], prefix: string): FieldError[] {
  const unions = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');
  const underUnion = (error: ErrorObject): boolean =>
    unions.some(
      (union) =>
        union !== error &&
        (error.instancePath === union.instancePath ||
          error.instancePath.startsWith(`${union.instancePath}/`)),
    );
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || underUnion(error)) continue;
    const code = CODE_OF_KEYWORD[error.keyword] ?? 'invalid';
    const field = `${prefix}${pathOf(error).join('.')}`;
    const key = `${field}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: field === '' ? '(body)' : field, code, message: messageOf(error, code) });
  }
  return out;
}

/** Creates the validator of a document; schemas compile on first use and are cached. */
export function createSchemaValidator(document: OpenApiDocument): SchemaValidator {
  let strict: Ajv2020 | null = null;
  let coercing: Ajv2020 | null = null;
  const compiled = new Map<string, ValidateFunction>();

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the lazy two-Ajv compile cache (strict and coercing) in one closure
  const compile = (pointer: string, coerce: boolean): ValidateFunction => {
    const key = `${coerce ? 'c' : 's'}${pointer}`;
    let validate = compiled.get(key);
    if (!validate) {
      if (coerce && coercing === null) coercing = createAjv(document, true);
      if (!coerce && strict === null) strict = createAjv(document, false);
      const ajv = (coerce ? coercing : strict) as Ajv2020;
      const found = ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
      if (!found) throw new Error(`The spec has no schema at "${pointer}"`);
      validate = found;
      compiled.set(key, validate);
    }
    return validate;
  };

  return {
    validate(pointer, value, options = {}) {
      const validate = compile(pointer, options.coerce === true);
      if (validate(value)) return [];
      return toFieldErrors(validate.errors ?? [], options.prefix ?? '');
    },
  };
}
