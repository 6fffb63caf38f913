import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerStoreConformanceTests } from '@icontact/mock-core/testing';
import { afterAll, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'icontact-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = (): string => join(dir, `store-${++files}`, 'mock.sqlite');

registerStoreConformanceTests('sqlite store', () => createSqliteStore({ file: freshFile() }));

it('finds every committed record again after the file is reopened', () => {
  const file = freshFile();
  const first = createSqliteStore({ file });
  first.put('users', 'u1', { login: 'mk.aigerim' });
  first.transaction(() => first.put('shifts', 's1', { status: 'in_progress' }));
  first.close();
  const second = createSqliteStore({ file });
  try {
    expect(second.get('users', 'u1')).toEqual({ login: 'mk.aigerim' });
    expect(second.get('shifts', 's1')).toEqual({ status: 'in_progress' });
  } finally {
    second.close();
  }
});

it('lists ids in code-unit order even where UTF-8 byte order differs', () => {
  const store = createSqliteStore({ file: ':memory:' });
  try {
    // U+FF5E sorts before U+1F600 in UTF-8 bytes but after it in UTF-16 code units.
    for (const id of ['😀', '～']) store.put('items', id, { id });
    expect(store.list<{ id: string }>('items').map((record) => record.id)).toEqual(['😀', '～'].sort());
  } finally {
    store.close();
  }
});
