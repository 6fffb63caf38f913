/**
 * `@icontact/errors/developer`: the catalogue's developer-facing text, kept off the main entry so that
 * an app's bundle does not carry it. Docs generation, the mock and tools import it; apps do not need to.
 *
 * @packageDocumentation
 */
import type { ErrorCode } from '../codes.js';
import { DEVELOPER_REMEDIES } from './remedies.js';

export { DEVELOPER_REMEDIES } from './remedies.js';

/** What a developer of a client or of the backend does about the error `code`, in short English. */
export function developerRemedy(code: ErrorCode): string {
  const found = DEVELOPER_REMEDIES[code];
  if (found === undefined) throw new RangeError(`@icontact/errors: unknown error code "${String(code)}"`);
  return found;
}
