import { expect, it } from 'vitest';
import { registerStoreConformanceTests } from '../testing/store-conformance.js';
import { createIndexedStore, type StoreIndex } from './indexed-store.js';
import { createMemoryStore } from './memory-store.js';
import type { Store } from './store.js';

/** Items by their `group`, and items with a `v` by it (the conformance tests' records have one). */
const INDEXES: readonly StoreIndex[] = [
  {
    name: 'itemsByGroup',
    version: 1,
    collection: 'items',
    keysOf: (record) => (typeof record.group === 'string' ? [record.group] : []),
  },
  {
    name: 'itemsByV',
    version: 1,
    collection: 'items',
    keysOf: (record) => (typeof record.v === 'number' ? [String(record.v)] : []),
  },
];

registerStoreConformanceTests('indexed memory store', () => createIndexedStore(createMemoryStore(), INDEXES));

const idsOf = (found: readonly { id: string }[]) => found.map((entry) => entry.id);

function storeWithGroups() {
  const store = createIndexedStore(createMemoryStore(), INDEXES);
  store.put('items', 'i3', { group: 'g1 b' });
  store.put('items', 'i1', { group: 'g1 a' });
  store.put('items', 'i2', { group: 'g1 a' });
  store.put('items', 'i4', { group: 'g2' });
  store.put('items', 'i5', {});
  return store;
}

it('finds the records of a key, or of a key prefix, in key order then id order, with their keys and ids', () => {
  const store = storeWithGroups();
  expect(store.find('itemsByGroup', { key: 'g1 a' })).toEqual([
    { key: 'g1 a', id: 'i1', record: { group: 'g1 a' } },
    { key: 'g1 a', id: 'i2', record: { group: 'g1 a' } },
  ]);
  expect(idsOf(store.find('itemsByGroup', { prefix: 'g1 ' }))).toEqual(['i1', 'i2', 'i3']);
  expect(idsOf(store.find('itemsByGroup'))).toEqual(['i1', 'i2', 'i3', 'i4']);
  expect(idsOf(store.find('itemsByGroup', { limit: 2 }))).toEqual(['i1', 'i2']);
  expect(store.find('itemsByGroup', { key: 'g1' })).toEqual([]);
});

it('moves a record to its new key when it changes, and drops it when it leaves the index or is deleted', () => {
  const store = storeWithGroups();
  store.put('items', 'i1', { group: 'g2' });
  store.put('items', 'i2', { other: true });
  expect(store.delete('items', 'i4')).toBe(true);
  expect(idsOf(store.find('itemsByGroup', { key: 'g1 a' }))).toEqual([]);
  expect(idsOf(store.find('itemsByGroup', { key: 'g2' }))).toEqual(['i1']);
  expect(store.delete('items', 'i4')).toBe(false);
});

it('undoes the index entries of a transaction that throws, with its records', () => {
  const store = storeWithGroups();
  expect(() =>
    store.transaction(() => {
      store.put('items', 'i9', { group: 'g1 a' });
      store.put('items', 'i1', { group: 'g3' });
      store.delete('items', 'i2');
      expect(idsOf(store.find('itemsByGroup', { key: 'g1 a' }))).toEqual(['i9']);
      throw new Error('rule refused');
    }),
  ).toThrow('rule refused');
  expect(idsOf(store.find('itemsByGroup', { key: 'g1 a' }))).toEqual(['i1', 'i2']);
  expect(store.find('itemsByGroup', { key: 'g3' })).toEqual([]);
});

it('keeps the index entries out of its snapshots and builds them again from a restored one', () => {
  const store = storeWithGroups();
  expect(Object.keys(store.snapshot().collections)).toEqual(['items']);
  const written = { version: 1 as const, collections: { items: { h1: { group: 'g1 a' }, h2: { v: 2 } } } };
  store.restore(written);
  expect(idsOf(store.find('itemsByGroup', { key: 'g1 a' }))).toEqual(['h1']);
  expect(idsOf(store.find('itemsByV', { key: '2' }))).toEqual(['h2']);
  expect(store.find('itemsByGroup', { key: 'g2' })).toEqual([]);
  expect(store.snapshot()).toEqual(written);
});

it('indexes the records a store already holds when it is opened without these indexes, once', () => {
  const base: Store = createMemoryStore();
  base.put('items', 'old', { group: 'g1', v: 1 });
  const first = createIndexedStore(base, INDEXES);
  expect(idsOf(first.find('itemsByGroup', { key: 'g1' }))).toEqual(['old']);
  first.put('items', 'new', { group: 'g1' });
  const reopened = createIndexedStore(base, INDEXES);
  expect(idsOf(reopened.find('itemsByGroup', { key: 'g1' }))).toEqual(['new', 'old']);
});

it('indexes a store again when an index changed version, dropping the entries the old version made', () => {
  const base: Store = createMemoryStore();
  createIndexedStore(base, INDEXES).put('items', 'a', { group: 'g1' });
  const reversed: StoreIndex = {
    name: 'itemsByGroup',
    version: 2,
    collection: 'items',
    keysOf: (record) => (typeof record.group === 'string' ? [[...record.group].reverse().join('')] : []),
  };
  const store = createIndexedStore(base, [reversed]);
  expect(store.find('itemsByGroup', { key: 'g1' })).toEqual([]);
  expect(idsOf(store.find('itemsByGroup', { key: '1g' }))).toEqual(['a']);
  expect(base.list('$index:itemsByV')).toEqual([]);
});

it('refuses to find through an index it does not have', () => {
  expect(() => createIndexedStore(createMemoryStore(), INDEXES).find('nope')).toThrow(
    'No store index is named nope',
  );
});
