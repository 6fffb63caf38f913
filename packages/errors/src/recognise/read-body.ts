/** What recognition reads from an error body, whatever stack sent it. */
export interface BodyFacts {
  /** The body's `code`, when it is a string. */
  readonly code?: string;
  /** The texts worth matching: `detail` (a string or a list), else `non_field_errors` and per-field messages. */
  readonly texts: readonly string[];
  /** The body's `retryAfter`, when it is a non-negative number. */
  readonly retryAfter?: number;
}

/**
 * Reads an error body defensively: ours (`{ detail, code, retryAfter }`), SimpleJWT's bare
 * `{ detail }`, or a DRF serializer's `{ field: ["message"] }`. Anything that is not an object
 * yields no facts; a string body counts as one text (a proxy's plain-text or HTML page).
 */
export function readBody(body: unknown): BodyFacts {
  if (typeof body === 'string') return { texts: body.trim() === '' ? [] : [body] };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { texts: [] };
  const record = body as Readonly<Record<string, unknown>>;
  const detail = strings(record.detail);
  const texts = detail.length > 0 ? detail : fieldMessages(record);
  const code = typeof record.code === 'string' ? record.code : undefined;
  const retryAfter =
    typeof record.retryAfter === 'number' && Number.isFinite(record.retryAfter) && record.retryAfter >= 0
      ? Math.ceil(record.retryAfter)
      : undefined;
  return {
    texts,
    ...(code === undefined ? {} : { code }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
  };
}

function fieldMessages(record: Readonly<Record<string, unknown>>): string[] {
  const first = strings(record.non_field_errors);
  const rest = Object.entries(record)
    .filter(([key]) => key !== 'non_field_errors' && key !== 'code' && key !== 'requestId')
    .flatMap(([, value]) => strings(value));
  return [...first, ...rest];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
