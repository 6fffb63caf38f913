import type { JsonRecord } from './store.js';

/**
 * Freezes `value` and every object and array inside it, in place, and returns it. An object already
 * frozen is taken as frozen all the way down (this function made it so), so a record built by spreading
 * an older one freezes only what is new.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A record of a snapshot handed in or out: a fresh copy, so that no one shares the store's records. */
export function copyRecord(record: JsonRecord): JsonRecord {
  return structuredClone(record);
}
