/**
 * A small seeded pseudo-random stream for test data, the same in k6 and in Node.
 *
 * k6 has no seeded generator of its own and the load scripts must load nothing remote, so this is the
 * classic mulberry32 (32-bit state, period 2³²): fast, tiny, good enough for test data, not for secrets.
 */

/** A deterministic stream of pseudo-random numbers. */
export interface SeededRandom {
  /** The next float in [0, 1). */
  next(): number;
  /** The next integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Whether an event of the given chance (0–1) happens. */
  chance(probability: number): boolean;
}

/** Creates a stream from a 32-bit seed; the same seed always gives the same numbers. */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick needs a non-empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance(probability) {
      return next() < probability;
    },
  };
}

/**
 * A 32-bit seed derived from several parts (a run's seed, a flow number, a purpose), so that each flow
 * draws from a stream of its own that does not depend on which virtual user runs it. FNV-1a over the
 * parts' text.
 */
export function deriveSeed(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u001f');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A UUID (version 4 layout) drawn from the stream: deterministic, so a run can be recomputed. */
export function seededUuid(random: SeededRandom): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
