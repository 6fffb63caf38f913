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

    it.each([
      ['s1 ', ['s1 a', 's1 b']],
      ['s1', ['s1', 's1 a', 's1 b', 's10 a']],
      ['s', ['s', 's1', 's1 a', 's1 b', 's10 a', 's2 a']],
      ['', ['r9', 's', 's1', 's1 a', 's1 b', 's10 a', 's2 a']],
      ['s3', []],
      ['s1 a ', []],
    ])('lists by the prefix %j only the ids that start with it, in id order', (prefix, expected) => {
      for (const id of ['s1 b', 's10 a', 's1 a', 's2 a', 's1', 's', 'r9']) store.put('items', id, { id });
      store.put('other', 's1 c', { id: 's1 c' });
      expect(store.list<{ id: string }>('items', { prefix }).map((record) => record.id)).toEqual(expected);
    });

    it.each([
      [{ limit: 2 }, ['a1', 'a2']],
      [{ prefix: 'b', limit: 2 }, ['b1', 'b2']],
      [{ prefix: 'b', limit: 10 }, ['b1', 'b2', 'b3']],
      [{ prefix: 'a', limit: 0 }, []],
      [{ prefix: 'c', limit: 1 }, []],
    ])('lists with %j the first records in id order, no more', (options, expected) => {
      for (const id of ['b3', 'a2', 'b1', 'a1', 'b2']) store.put('items', id, { id });
      expect(store.list<{ id: string }>('items', options).map((record) => record.id)).toEqual(expected);
    });

    it('matches a prefix code unit by code unit, with any unicode and at the top of the code space', () => {
      const ids = [
        'юникод 2',
        'юникод 1',
        'юникодx',
        '😀 a',
        '😀',
        '😁',
        '\uffff',
        '\uffff1',
        '\u{10ffff}a',
        '～ a',
        'a',
      ];
      for (const id of ids) store.put('items', id, { id });
      const listed = (prefix: string) =>
        store.list<{ id: string }>('items', { prefix }).map((record) => record.id);
      expect(listed('юникод ')).toEqual(['юникод 1', 'юникод 2']);
      expect(listed('😀')).toEqual(['😀', '😀 a']);
      expect(listed('\uffff')).toEqual(['\uffff', '\uffff1']);
      expect(listed('\u{10ffff}')).toEqual(['\u{10ffff}a']);
      expect(listed('～')).toEqual(['～ a']);
    });

    it('takes the first records of a limited list in code-unit order where UTF-8 byte order differs', () => {
      // U+FF5E sorts before U+1F600 in UTF-8 bytes but after it in UTF-16 code units.
      for (const id of ['～1', '～2', '😀2', '😀1']) store.put('items', id, { id });
      expect(store.list<{ id: string }>('items', { limit: 3 }).map((record) => record.id)).toEqual([
        '😀1',
        '😀2',
        '～1',
      ]);
    });

    it('lists by prefix what a transaction wrote and deleted, and what remains after it was undone', () => {
      store.put('items', 'k a', { id: 'k a' });
      store.put('items', 'k b', { id: 'k b' });
      const ids = () => store.list<{ id: string }>('items', { prefix: 'k ' }).map((record) => record.id);
      expect(() =>
        store.transaction(() => {
          store.put('items', 'k c', { id: 'k c' });
          store.delete('items', 'k a');
          expect(ids()).toEqual(['k b', 'k c']);
          throw new Error('rule refused');
        }),
      ).toThrow('rule refused');
      expect(ids()).toEqual(['k a', 'k b']);
    });

    it('lists by prefix the records of a restored snapshot, and none after clear', () => {
      store.put('items', 'old 1', { id: 'old 1' });
      store.restore({
        version: 1,
        collections: {
          items: { 'new 2': { id: 'new 2' }, 'new 1': { id: 'new 1' }, other: { id: 'other' } },
        },
      });
      expect(store.list<{ id: string }>('items', { prefix: 'new ' }).map((record) => record.id)).toEqual([
        'new 1',
        'new 2',
      ]);
      expect(store.list('items', { prefix: 'old' })).toEqual([]);
      store.clear();
      expect(store.list('items', { prefix: 'new ' })).toEqual([]);
    });

    it('keeps what was put whatever happens to the objects put or handed out: they are frozen or copies', () => {
      const original = { tags: ['x'] };
      store.put('items', 'i', original);
      const tryTo = (change: () => void): void => {
        try {
          change();
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
        }
      };
      tryTo(() => original.tags.push('changed after put'));
      tryTo(() => store.get<{ tags: string[] }>('items', 'i')?.tags.push('changed after get'));
      tryTo(() => store.list<{ tags: string[] }>('items')[0]?.tags.push('changed after list'));
      expect(store.get('items', 'i')).toEqual({ tags: ['x'] });
    });

    it('takes a snapshot that shares nothing with the store', () => {
      store.put('items', 'i', { tags: ['x'] });
      const snapshot = store.snapshot();
      const copied = snapshot.collections.items?.i as { tags: string[] } | undefined;
      copied?.tags.push('changed in the snapshot');
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

    it('undoes the writes of a nested transaction that returned when the outer one fails', () => {
      expect(() =>
        store.transaction(() => {
          store.transaction(() => store.put('items', 'inner', { v: 1 }));
          throw new Error('outer fails');
        }),
      ).toThrow('outer fails');
      expect(store.get('items', 'inner')).toBeUndefined();
    });

    it('undoes only the writes of a nested transaction that throws; the outer one goes on and keeps its own', () => {
      store.put('items', 'changed', { v: 0 });
      const result = store.transaction(() => {
        store.put('items', 'outer', { v: 1 });
        expect(() =>
          store.transaction(() => {
            store.put('items', 'inner', { v: 2 });
            store.put('items', 'changed', { v: 3 });
            store.delete('items', 'outer');
            throw new Error('inner refused');
          }),
        ).toThrow('inner refused');
        store.transaction(() => store.put('items', 'second', { v: 4 }));
        return 'went on';
      });
      expect(result).toBe('went on');
      expect(store.snapshot().collections).toEqual({
        items: { changed: { v: 0 }, outer: { v: 1 }, second: { v: 4 } },
      });
    });

    it('undoes a nested transaction that returned, with the outer one, when the outer one fails later', () => {
      store.put('items', 'a', { v: 0 });
      expect(() =>
        store.transaction(() => {
          store.transaction(() => {
            store.put('items', 'a', { v: 1 });
            store.transaction(() => store.put('items', 'b', { v: 2 }));
          });
          store.put('items', 'a', { v: 3 });
          throw new Error('outer fails');
        }),
      ).toThrow('outer fails');
      expect(store.snapshot().collections).toEqual({ items: { a: { v: 0 } } });
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
