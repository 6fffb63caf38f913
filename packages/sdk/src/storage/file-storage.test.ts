import { mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createFileStorage, fileNameOf } from './file-storage.js';
import { isStorageFullError } from './storage.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'icontact-sdk-storage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('stores values in files and reads them back in a new instance', async () => {
  await createFileStorage(dir).setItem('icontact.outbox.shift/1', '{"a":1}');
  const reopened = createFileStorage(dir);
  expect(await reopened.getItem('icontact.outbox.shift/1')).toBe('{"a":1}');
  expect(await reopened.keys('icontact.outbox.')).toEqual(['icontact.outbox.shift/1']);
});

it('answers null for a missing key and ignores removing one', async () => {
  const storage = createFileStorage(dir);
  expect(await storage.getItem('nope')).toBeNull();
  await storage.removeItem('nope');
  expect(await storage.keys('')).toEqual([]);
});

it('keeps every key distinct in the file names, whatever characters it holds', () => {
  const names = ['a/b', 'a%2Fb', 'a b', "a'b", 'A', 'a'].map(fileNameOf);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[A-Za-z0-9._%-]+$/);
});

it('fails with ENOSPC on a really full device and leaves the previous value whole', async () => {
  const storage = createFileStorage(dir);
  await storage.setItem('outbox', 'previous');
  // The kernel's /dev/full answers every write with ENOSPC: point the write's temporary file at it.
  await symlink('/dev/full', join(dir, `${fileNameOf('outbox')}.tmp`));
  const refused = await storage.setItem('outbox', 'next').catch((error: unknown) => error);
  expect((refused as { code?: string }).code).toBe('ENOSPC');
  expect(isStorageFullError(refused)).toBe(true);
  expect(await storage.getItem('outbox')).toBe('previous');
  expect(await readdir(dir)).toEqual([fileNameOf('outbox')]);
});

it('serialises concurrent writes so that the last one wins', async () => {
  const storage = createFileStorage(dir);
  await Promise.all(Array.from({ length: 20 }, (_, index) => storage.setItem('k', String(index))));
  expect(await storage.getItem('k')).toBe('19');
});
