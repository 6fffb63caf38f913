import type { OpenApiDocument, OpenApiRef } from './openapi-document.js';

/** Whether `value` is a `$ref` object. */
export function isRef(value: unknown): value is OpenApiRef {
  return (
    typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}

/** Reads a JSON pointer (`#/components/parameters/ShiftId`) inside the document. */
export function readPointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#')) {
    throw new Error(`Unsupported $ref "${ref}": the backend reads a bundled spec with internal refs only`);
  }
  let node: unknown = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) {
      throw new Error(`The spec has no "${ref}"`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The JSON pointer of a location, from its keys: `['paths', '/shifts', 'get']` → `#/paths/~1shifts/get`. */
export function pointerOf(keys: readonly string[]): string {
  return `#/${keys.map((key) => key.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}
