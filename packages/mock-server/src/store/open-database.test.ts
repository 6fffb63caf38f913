import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DataFileError } from './open-database.js';
import { createSqliteStore } from './sqlite-store.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'icontact-open-db-'));
  folders.push(folder);
  return folder;
}

function thrown(make: () => unknown): DataFileError {
  try {
    make();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

it('refuses a second store on a file another holds, naming the file and what to do', () => {
  const file = join(tempFolder(), 'icontact-mock.sqlite');
  const first = createSqliteStore({ file });
  try {
    first.put('users', 'u1', { login: 'mk.aset' });
    const error = thrown(() => createSqliteStore({ file }));
    expect(error.reason).toBe('in_use');
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain('--data-dir');
  } finally {
    first.close();
  }
  const again = createSqliteStore({ file });
  expect(again.get('users', 'u1')).toEqual({ login: 'mk.aset' });
  again.close();
});

it('refuses a database with garbage in the middle at open, naming the file and SQLite’s finding', () => {
  const file = join(tempFolder(), 'icontact-mock.sqlite');
  const store = createSqliteStore({ file });
  store.transaction(() => {
    for (let i = 0; i < 400; i++)
      store.put('contacts', `c${String(i).padStart(4, '0')}`, { note: 'x'.repeat(200) });
  });
  store.close();
  const bytes = readFileSync(file);
  expect(bytes.length).toBeGreaterThan(8 * 4096);
  // Overwrite the middle pages (past the header page) with garbage.
  bytes.fill(0xa5, 2 * 4096 + 100, 6 * 4096);
  writeFileSync(file, bytes);
  const error = thrown(() => createSqliteStore({ file }));
  expect(error.reason).toBe('corrupt');
  expect(error.message).toContain(file);
  expect(error.message).toMatch(/damaged \(SQLite: .+\)/);
});

it('refuses a file that is not a database, naming the file', () => {
  const file = join(tempFolder(), 'icontact-mock.sqlite');
  writeFileSync(file, 'this is no database, just text that is long enough to have a header. '.repeat(100));
  const error = thrown(() => createSqliteStore({ file }));
  expect(error.reason).toBe('corrupt');
  expect(error.message).toContain(file);
});

it('says why a file cannot be opened: a folder in its place', () => {
  const file = join(tempFolder(), 'icontact-mock.sqlite');
  mkdirSync(file);
  const error = thrown(() => createSqliteStore({ file }));
  expect(error.reason).toBe('cannot_open');
  expect(error.message).toContain(file);
  expect(error.message).toContain('it is a folder, not a file');
});

it('says why a file cannot be opened: a file where its folder should be', () => {
  const blocker = join(tempFolder(), 'data');
  writeFileSync(blocker, 'a file, not a folder');
  const error = thrown(() => createSqliteStore({ file: join(blocker, 'icontact-mock.sqlite') }));
  expect(error.reason).toBe('cannot_open');
  expect(error.message).toContain(join(blocker, 'icontact-mock.sqlite'));
  expect(error.message).toContain('is not a folder');
});
