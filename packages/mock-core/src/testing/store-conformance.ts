import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoreFactory } from '../store/store.js';

/**
 * Registers the vitest tests every {@link Store} must pass, so that another store (the mock server's
 * `node:sqlite` one) proves it behaves like the memory store. Call it at the top level of a test file:
 *
 * ```ts
 * registerStoreConformanceTests('sqlite store', () => createSqliteStore(tempFile()));
 * ```
 *
 * @param name - the store's name, used as the `describe` title
 * @param factory - makes a fresh, empty store; called once per test, closed after it
 */
export function registerStoreConformanceTests(name: string, factory: StoreFactory): void {
  describe(`${name} conforms to the Store contract`, () => {
    let store: Store;
    beforeEach(() => {
      store = factory();
    });
    afterEach(() => {
      store.close();
    });

    it('returns undefined for a record it never stored', () => {
      expect(store.get('users', 'nobody')).toBeUndefined();
      expect(store.list('users')).toEqual([]);
    });

    it('returns what was put, under its collection and id only', () => {
      store.put('users', 'u1', { login: 'mk.aigerim', tags: ['a', 'b'], nested: { n: 1, no: null } });
      expect(store.get('users', 'u1')).toEqual({
        login: 'mk.aigerim',
        tags: ['a', 'b'],
        nested: { n: 1, no: null },
      });
      expect(store.get('shifts', 'u1')).toBeUndefined();
    });

    it('replaces a record put again under the same id', () => {
      store.put('users', 'u1', { login: 'a' });
      store.put('users', 'u1', { login: 'b' });
      expect(store.list('users')).toEqual([{ login: 'b' }]);
    });

    it('lists a collection in id order', () => {
      for (const id of ['c', 'a', 'B', 'b']) store.put('items', id, { id });
      expect(store.list<{ id: string }>('items').map((record) => record.id)).toEqual(['B', 'a', 'b', 'c']);
    });

    it('hands out copies, so changing a returned record changes nothing stored', () => {
      const original = { tags: ['x'] };
      store.put('items', 'i', original);
      original.tags.push('changed after put');
      const read = store.get<{ tags: string[] }>('items', 'i');
      read?.tags.push('changed after get');
      const listed = store.list<{ tags: string[] }>('items');
      listed[0]?.tags.push('changed after list');
      expect(store.get('items', 'i')).toEqual({ tags: ['x'] });
    });

    it('deletes a record and says whether there was one', () => {
      store.put('items', 'i', { v: 1 });
      expect(store.delete('items', 'i')).toBe(true);
      expect(store.delete('items', 'i')).toBe(false);
      expect(store.get('items', 'i')).toBeUndefined();
    });

    it('keeps every write of a transaction that returns, and returns its value', () => {
      const result = store.transaction(() => {
        store.put('items', 'a', { v: 1 });
        store.put('items', 'b', { v: 2 });
        return 'done';
      });
      expect(result).toBe('done');
      expect(store.list('items')).toEqual([{ v: 1 }, { v: 2 }]);
    });

    it('undoes every write, put or delete, of a transaction that throws, and rethrows', () => {
      store.put('items', 'kept', { v: 0 });
      store.put('items', 'doomed', { v: 9 });
      const failure = new Error('rule refused');
      expect(() =>
        store.transaction(() => {
          store.put('items', 'kept', { v: 1 });
          store.put('items', 'new', { v: 2 });
          store.delete('items', 'doomed');
          throw failure;
        }),
      ).toThrow(failure);
      expect(store.snapshot().collections).toEqual({ items: { doomed: { v: 9 }, kept: { v: 0 } } });
    });

    it('joins a nested transaction to the outer one, so an outer failure undoes the inner writes', () => {
      expect(() =>
        store.transaction(() => {
          store.transaction(() => store.put('items', 'inner', { v: 1 }));
          throw new Error('outer fails');
        }),
      ).toThrow('outer fails');
      expect(store.get('items', 'inner')).toBeUndefined();
    });

    it('reads its own writes inside a transaction', () => {
      store.transaction(() => {
        store.put('items', 'a', { v: 1 });
        expect(store.get('items', 'a')).toEqual({ v: 1 });
        expect(store.list('items')).toHaveLength(1);
      });
    });

    it('takes a snapshot as plain JSON that restores into a fresh store', () => {
      store.put('users', 'u1', { login: 'a', iin: '061211600012' });
      store.put('shifts', 's1', { date: '2026-11-24', actualStart: null });
      const snapshot = JSON.parse(JSON.stringify(store.snapshot()));
      const other = factory();
      try {
        other.put('junk', 'x', { v: 1 });
        other.restore(snapshot);
        expect(other.snapshot()).toEqual(store.snapshot());
        expect(other.get('junk', 'x')).toBeUndefined();
        expect(other.get('users', 'u1')).toEqual({ login: 'a', iin: '061211600012' });
      } finally {
        other.close();
      }
    });

    it('keeps no link to a restored snapshot object', () => {
      const snapshot = { version: 1 as const, collections: { items: { a: { tags: ['x'] } } } };
      store.restore(snapshot);
      snapshot.collections.items.a.tags.push('changed');
      expect(store.get('items', 'a')).toEqual({ tags: ['x'] });
    });

    it('clears every record', () => {
      store.put('users', 'u1', { v: 1 });
      store.put('shifts', 's1', { v: 1 });
      store.clear();
      expect(store.snapshot()).toEqual({ version: 1, collections: {} });
    });

    it('keeps strings with any unicode, numbers and booleans exactly', () => {
      const record = { name: 'Әлихан Қасымұлы 👍', n: -12.5, big: 2 ** 40, yes: true, no: false, empty: '' };
      store.put('items', 'юникод', record);
      expect(store.get('items', 'юникод')).toEqual(record);
    });
  });
}
