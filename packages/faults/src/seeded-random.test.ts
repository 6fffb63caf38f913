import { expect, it } from 'vitest';
import { createRandomStream, type RandomStream } from './seeded-random.js';

function take(stream: RandomStream, count: number): number[] {
  return Array.from({ length: count }, () => stream.float());
}

it('gives the same numbers for the same seed and name', () => {
  expect(take(createRandomStream(42, 'gateway'), 20)).toEqual(take(createRandomStream(42, 'gateway'), 20));
});

it('gives other numbers for another name or another seed, even a neighbouring one', () => {
  const base = take(createRandomStream(42, 'gateway'), 5);
  expect(take(createRandomStream(42, 'gateway2'), 5)).not.toEqual(base);
  expect(take(createRandomStream(43, 'gateway'), 5)).not.toEqual(base);
  expect(take(createRandomStream(42 + 2 ** 32, 'gateway'), 5)).not.toEqual(base);
});

it('spreads the first draw of neighbouring seeds over [0, 1)', () => {
  const firsts = Array.from({ length: 100 }, (_, seed) => createRandomStream(seed, 'fault').float());
  expect(firsts.every((value) => value >= 0 && value < 1)).toBe(true);
  expect(firsts.filter((value) => value < 0.5).length).toBeGreaterThan(30);
  expect(firsts.filter((value) => value >= 0.5).length).toBeGreaterThan(30);
});

it('draws integers within both bounds', () => {
  const stream = createRandomStream(1, 'jitter');
  const values = Array.from({ length: 500 }, () => stream.int(-3, 3));
  expect(new Set(values)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
});
