import sortedBtree from 'sorted-btree';

/** A B+ tree keyed by strings in code-unit order (sorted-btree's), one per collection of the memory store. */
export type SortedMap<V> = InstanceType<typeof sortedBtree.default<string, V>>;

// sorted-btree is CommonJS with `exports.default`: Node hands an ES module `module.exports`, while some
// bundlers hand over `exports.default` itself. Take the class from either.
const BTree = ('default' in sortedBtree ? sortedBtree.default : sortedBtree) as typeof sortedBtree.default;

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An empty {@link SortedMap}, or one holding `entries` (in any order). */
export function createSortedMap<V>(entries: [string, V][] = []): SortedMap<V> {
  return new BTree<string, V>(entries, byCodeUnits);
}

/**
 * The values whose keys start with `prefix`, in key order, at most `limit` of them: a walk from the
 * first such key that stops at the first key past them.
 */
export function valuesWithPrefix<V>(
  map: SortedMap<V>,
  prefix: string,
  limit = Number.POSITIVE_INFINITY,
): V[] {
  const values: V[] = [];
  if (limit <= 0) return values;
  for (const [key, value] of map.entries(prefix === '' ? undefined : prefix)) {
    if (!key.startsWith(prefix)) break;
    values.push(value);
    if (values.length >= limit) break;
  }
  return values;
}
