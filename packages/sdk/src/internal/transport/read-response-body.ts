/** An answer's body as the SDK keeps it: parsed JSON when it is JSON, else its text (`undefined` when empty). */
export function parseBody(bytes: Uint8Array, contentType: string | null): unknown {
  if (bytes.byteLength === 0) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (contentType === null || /json/iu.test(contentType) || /^[\s]*[{[]/u.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
