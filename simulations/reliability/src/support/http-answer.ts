/** An HTTP answer with its body parsed: JSON when it is JSON, else the text (or `null` when empty). */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Reads a response whole into an {@link HttpAnswer}. */
export async function readAnswer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown = text === '' ? null : text;
  if (text !== '' && /json/iu.test(response.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // left as text: the caller sees exactly what came
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** A field of a JSON object answer, or `undefined`. */
export function fieldOf(body: unknown, field: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
}
