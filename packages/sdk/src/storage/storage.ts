/**
 * The SDK's durable key-value storage: where the outbox keeps contacts until the server has them.
 *
 * Values are strings (the SDK stores JSON). Every method is async so that any backend fits:
 *
 * - **React Native**: wrap `@react-native-async-storage/async-storage` — `getItem`, `setItem` and
 *   `removeItem` map one to one, and `keys(prefix)` is
 *   `(await AsyncStorage.getAllKeys()).filter((key) => key.startsWith(prefix))`. Let `setItem`
 *   rethrow AsyncStorage's "database or disk is full" error as it comes: {@link isStorageFullError}
 *   recognises it.
 * - **Browsers**: one IndexedDB object store (`idb-keyval`'s `get`/`set`/`del`/`keys` with a custom
 *   store do it in a few lines). IndexedDB rejects with a `QuotaExceededError` when the origin's
 *   quota is used up; rethrow it unchanged.
 * - **Node**: `createFileStorage(dir)` from `@icontact/sdk/node`.
 * - **Tests**: {@link createMemoryStorage}.
 *
 * Contract: `setItem` either stores the whole value or throws and leaves the previous value intact
 * (write to a temporary place, then swap), so that a full disk never loses what was already stored.
 */
export interface Storage {
  /** The value under `key`, or `null` when there is none. */
  getItem(key: string): Promise<string | null>;
  /** Stores `value` under `key`, whole or not at all. Throws the backend's own error when it is full. */
  setItem(key: string, value: string): Promise<void>;
  /** Removes `key` (no error when it is absent). */
  removeItem(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}

const FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'QUOTA_EXCEEDED']);
const FULL_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const FULL_MESSAGES = [/database or disk is full/iu, /quota/iu, /no space left/iu, /out of memory/iu];

/**
 * Whether a storage backend's error means it is full: `ENOSPC`/`EDQUOT` (Node), `QuotaExceededError`
 * (browsers' IndexedDB and localStorage), SQLite's "database or disk is full" (React Native's
 * AsyncStorage), Realm's "mmap() failed: out of memory".
 */
export function isStorageFullError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && FULL_CODES.has(code)) return true;
  if (typeof name === 'string' && FULL_NAMES.has(name)) return true;
  return typeof message === 'string' && FULL_MESSAGES.some((pattern) => pattern.test(message));
}
