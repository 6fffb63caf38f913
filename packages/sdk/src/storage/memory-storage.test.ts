import { expect, it } from 'vitest';
import { createMemoryStorage } from './memory-storage.js';
import { isStorageFullError } from './storage.js';

it('stores, lists by prefix and removes values', async () => {
  const storage = createMemoryStorage();
  await storage.setItem('a.1', 'x');
  await storage.setItem('a.2', 'y');
  await storage.setItem('b.1', 'z');
  expect(await storage.getItem('a.1')).toBe('x');
  expect((await storage.keys('a.')).sort()).toEqual(['a.1', 'a.2']);
  await storage.removeItem('a.1');
  expect(await storage.getItem('a.1')).toBeNull();
});

it('refuses a write past its capacity with a QuotaExceededError and keeps the previous value', async () => {
  const storage = createMemoryStorage({ capacityBytes: 40 });
  await storage.setItem('k', 'small');
  const refused = await storage.setItem('k', 'x'.repeat(100)).catch((error: unknown) => error);
  expect(isStorageFullError(refused)).toBe(true);
  expect(await storage.getItem('k')).toBe('small');
  expect(storage.usedBytes()).toBe(12);
});

it('counts a replaced value once against the capacity', async () => {
  const storage = createMemoryStorage({ capacityBytes: 24 });
  await storage.setItem('k', '12345');
  await storage.setItem('k', '54321');
  expect(storage.usedBytes()).toBe(12);
});
