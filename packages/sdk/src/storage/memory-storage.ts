import type { Storage } from './storage.js';

/** Options of {@link createMemoryStorage}. */
export interface MemoryStorageOptions {
  /**
   * The most bytes (UTF-16 code units × 2 of keys and values, as browsers count `localStorage`) the
   * storage holds; a `setItem` past it throws a `QuotaExceededError` and changes nothing.
   * Default: no limit.
   */
  readonly capacityBytes?: number;
}

/** A {@link Storage} in memory, with {@link MemoryStorage.usedBytes} for tests. */
export interface MemoryStorage extends Storage {
  /** Bytes in use, counted as {@link MemoryStorageOptions.capacityBytes} counts them. */
  usedBytes(): number;
}

const sizeOf = (key: string, value: string): number => (key.length + value.length) * 2;

/**
 * A {@link Storage} in memory: the default for tests and for apps that accept losing the outbox on
 * a restart (never the tablet app). With `capacityBytes` it behaves like a browser's full
 * `localStorage`, refusing a write with a `QuotaExceededError`.
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  const entries = new Map<string, string>();
  let used = 0;
  return {
    async getItem(key) {
      return entries.get(key) ?? null;
    },
    async setItem(key, value) {
      const previous = entries.get(key);
      const next = used - (previous === undefined ? 0 : sizeOf(key, previous)) + sizeOf(key, value);
      if (options.capacityBytes !== undefined && next > options.capacityBytes) {
        throw Object.assign(
          new Error(`Storage quota of ${options.capacityBytes} bytes exceeded (${next} bytes needed).`),
          { name: 'QuotaExceededError' },
        );
      }
      entries.set(key, value);
      used = next;
    },
    async removeItem(key) {
      const previous = entries.get(key);
      if (previous === undefined) return;
      entries.delete(key);
      used -= sizeOf(key, previous);
    },
    async keys(prefix) {
      return [...entries.keys()].filter((key) => key.startsWith(prefix));
    },
    usedBytes: () => used,
  };
}
