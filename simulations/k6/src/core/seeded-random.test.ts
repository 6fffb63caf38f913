import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createSeededRandom, deriveSeed, seededUuid } from './seeded-random.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

it('repeats the same numbers for the same seed', () => {
  const a = createSeededRandom(42);
  const b = createSeededRandom(42);
  const drawsA = Array.from({ length: 100 }, () => a.next());
  const drawsB = Array.from({ length: 100 }, () => b.next());
  expect(drawsA).toEqual(drawsB);
  expect(new Set(drawsA).size).toBe(100);
});

it('keeps every draw in [0, 1) and every int in its bounds', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: -50, max: 50 }), (seed, min) => {
      const random = createSeededRandom(seed);
      for (let i = 0; i < 50; i++) {
        const x = random.next();
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
        const n = random.int(min, min + 3);
        expect(n).toBeGreaterThanOrEqual(min);
        expect(n).toBeLessThanOrEqual(min + 3);
      }
    }),
  );
});

it('derives different seeds for different flows and the same seed for the same parts', () => {
  expect(deriveSeed('2026', 'contacts', 1)).toBe(deriveSeed('2026', 'contacts', 1));
  const seeds = new Set(Array.from({ length: 10_000 }, (_, flow) => deriveSeed('2026', 'contacts', flow)));
  expect(seeds.size).toBe(10_000);
});

it('draws UUIDs in the version 4 layout, without collisions over 20 000 draws', () => {
  const random = createSeededRandom(7);
  const keys = new Set<string>();
  for (let i = 0; i < 20_000; i++) {
    const key = seededUuid(random);
    if (i < 1000) expect(key).toMatch(UUID_V4);
    keys.add(key);
  }
  expect(keys.size).toBe(20_000);
});

it('refuses to pick from an empty list', () => {
  expect(() => createSeededRandom(1).pick([])).toThrow(RangeError);
});
