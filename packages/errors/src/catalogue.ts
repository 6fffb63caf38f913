import { ERROR_CODES, type ErrorCode } from './codes.js';
import { anyEntries } from './entries/any.js';
import { contactEntries } from './entries/contact.js';
import { iinEntries } from './entries/iin.js';
import { loginEntries } from './entries/login.js';
import { shiftEntries } from './entries/shift.js';
import { smsEntries } from './entries/sms.js';
import { syncEntries } from './entries/sync.js';
import { transportEntries } from './entries/transport.js';
import type { ErrorEntry } from './entry.js';

const byCode = indexByCode([
  ...anyEntries,
  ...loginEntries,
  ...shiftEntries,
  ...contactEntries,
  ...iinEntries,
  ...smsEntries,
  ...syncEntries,
  ...transportEntries,
]);

/** Every entry of the catalogue, one per code, in the order of `ERROR_CODES`. Deeply frozen. */
export const catalogue: readonly ErrorEntry[] = Object.freeze(
  ERROR_CODES.map((code) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`@icontact/errors: the code "${code}" has no catalogue entry`);
    return found;
  }),
);

/** The catalogue entry of `code`. */
export function getEntry(code: ErrorCode): ErrorEntry {
  const found = byCode.get(code);
  if (!found) throw new RangeError(`@icontact/errors: unknown error code "${String(code)}"`);
  return found;
}

/** The entries that cover the guide's entry `n` (1–31), in catalogue order; `[]` for any other number. */
export function entriesForGuide(n: number): readonly ErrorEntry[] {
  return catalogue.filter((entry) => entry.guideEntries.includes(n));
}

function indexByCode(entries: readonly ErrorEntry[]): ReadonlyMap<ErrorCode, ErrorEntry> {
  const map = new Map<ErrorCode, ErrorEntry>();
  for (const entry of entries) {
    if (map.has(entry.code)) throw new Error(`@icontact/errors: the code "${entry.code}" has two entries`);
    map.set(entry.code, deepFreeze(entry));
  }
  return map;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
