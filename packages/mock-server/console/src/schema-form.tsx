import type { FieldProblem } from './admin-api.js';

/** The part of JSON Schema the fault spec's schema uses. */
export interface JsonSchema {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly default?: unknown;
  readonly format?: string;
}

/** The values typed into a form: text by dotted path (`target.probability`). */
export type FormValues = Readonly<Record<string, string>>;

/** The variants of a union schema, by the `const` of their `kind`. */
export function variantsOf(schema: JsonSchema): Map<string, JsonSchema> {
  const variants = new Map<string, JsonSchema>();
  for (const variant of schema.oneOf ?? schema.anyOf ?? []) {
    const kind = variant.properties?.kind?.const;
    if (typeof kind === 'string') variants.set(kind, variant);
  }
  return variants;
}

/** Turns typed text into the JSON the schema asks for; empty fields are left out, so defaults apply. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over a JSON schema's property kinds (object, const, enum, number, boolean, array, string)
export function valuesToJson(schema: JsonSchema, values: FormValues, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    if (property.type === 'object' && property.properties !== undefined) {
      const nested = valuesToJson(property, values, path);
      if (Object.keys(nested).length > 0) out[name] = nested;
      continue;
    }
    if (property.const !== undefined) {
      out[name] = property.const;
      continue;
    }
    const text = values[path]?.trim() ?? '';
    if (text === '') continue;
    // Numbers the API should judge: a text that is not a number is sent as it is, and refused by name.
    if (property.type === 'integer' || property.type === 'number') {
      const number = Number(text);
      out[name] = Number.isNaN(number) ? text : number;
    } else if (property.type === 'boolean') out[name] = text === 'true';
    else out[name] = text;
  }
  return out;
}

function hint(property: JsonSchema): string {
  const parts: string[] = [];
  if (property.type !== undefined) parts.push(property.type);
  const low = property.minimum ?? property.exclusiveMinimum;
  const high = property.maximum ?? property.exclusiveMaximum;
  if (low !== undefined && (high === undefined || high < 1e15)) parts.push(`${low}–${high ?? '∞'}`);
  if (property.format === 'date-time') parts.push('ISO instant, e.g. 2026-11-24T04:00:00Z');
  if (property.default !== undefined) parts.push(`default ${JSON.stringify(property.default)}`);
  return parts.join(', ');
}

/** One field of the form, built from its schema; shows the API's message for it when it was refused. */
function Field(props: {
  readonly name: string;
  readonly path: string;
  readonly property: JsonSchema;
  readonly required: boolean;
  readonly values: FormValues;
  readonly problems: readonly FieldProblem[];
  readonly onChange: (path: string, value: string) => void;
}) {
  const { name, path, property, values, problems } = props;
  const id = `field-${path.replace(/\./g, '-')}`;
  const mine = problems.filter((problem) => problem.field === path);
  const describedBy = `${id}-hint${mine.length > 0 ? ` ${id}-error` : ''}`;
  const value = values[path] ?? '';
  const change = (event: Event) => props.onChange(path, (event.target as HTMLInputElement).value);
  const choices = property.enum ?? (property.type === 'boolean' ? ['true', 'false'] : undefined);
  return (
    <div class={`field${mine.length > 0 ? ' invalid' : ''}`}>
      <label for={id}>
        {name}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {choices !== undefined ? (
        <select
          id={id}
          name={path}
          value={value}
          onChange={change}
          aria-describedby={describedBy}
          aria-invalid={mine.length > 0}
        >
          <option value="">{props.required ? 'choose…' : '(default)'}</option>
          {choices.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {String(choice)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={path}
          type="text"
          inputMode={property.type === 'integer' || property.type === 'number' ? 'decimal' : undefined}
          value={value}
          onInput={change}
          aria-describedby={describedBy}
          aria-invalid={mine.length > 0}
          aria-required={props.required}
        />
      )}
      <small id={`${id}-hint`}>{hint(property)}</small>
      {mine.length > 0 ? (
        <small id={`${id}-error`} class="error" role="alert">
          {mine.map((problem) => problem.message).join('; ')}
        </small>
      ) : null}
    </div>
  );
}

/** The kind's own fields first, then `timing` and `id`, then nested objects (`target`). */
function weight(name: string, property: JsonSchema): number {
  if (property.type === 'object') return 3;
  if (name === 'id') return 2;
  if (name === 'timing') return 1;
  return 0;
}

/** The fields of an object schema; nested objects become fieldsets. `kind` is chosen outside. */
export function SchemaFields(props: {
  readonly schema: JsonSchema;
  readonly prefix?: string;
  readonly values: FormValues;
  readonly problems: readonly FieldProblem[];
  readonly onChange: (path: string, value: string) => void;
}) {
  const prefix = props.prefix ?? '';
  return (
    <>
      {Object.entries(props.schema.properties ?? {})
        .sort(([a, first], [b, second]) => weight(a, first) - weight(b, second))
        .map(([name, property]) => {
          if (property.const !== undefined) return null;
          const path = prefix === '' ? name : `${prefix}.${name}`;
          if (property.type === 'object' && property.properties !== undefined) {
            return (
              <fieldset key={path}>
                <legend>{name}</legend>
                <SchemaFields
                  schema={property}
                  prefix={path}
                  values={props.values}
                  problems={props.problems}
                  onChange={props.onChange}
                />
              </fieldset>
            );
          }
          return (
            <Field
              key={path}
              name={name}
              path={path}
              property={property}
              required={props.schema.required?.includes(name) === true && property.default === undefined}
              values={props.values}
              problems={props.problems}
              onChange={props.onChange}
            />
          );
        })}
    </>
  );
}
