import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A stream of seeded random numbers: the same seed and name give the same numbers, in the same order. */
export interface RandomStream {
  /** A number in [0, 1). */
  float(): number;
  /** An integer in [from, to], both included. */
  int(from: number, to: number): number;
}

/**
 * A stream for one named consumer (a fault id) under an engine seed.
 *
 * Each fault draws from a stream of its own, so adding, removing or striking one fault never shifts
 * the numbers another one draws. pure-rand's xoroshiro128+ takes the state from the 32-bit seed almost
 * as is, so the seed and the name are hashed first (FNV-1a, then murmur3's finaliser) and the generator
 * jumps once, which leaves close seeds uncorrelated.
 */
export function createRandomStream(seed: number, name: string): RandomStream {
  const generator = xoroshiro128plus(mix32(fold32(seed) ^ fnv1a32(name)));
  generator.jump();
  return {
    float: () => uniformFloat64(generator),
    int: (from, to) => uniformInt(generator, from, to),
  };
}

/** Folds a safe integer into 32 bits, keeping its high bits. */
function fold32(value: number): number {
  const high = Math.floor(value / 0x1_0000_0000);
  return (value ^ high) | 0;
}

/** FNV-1a over the string's UTF-16 code units. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** murmur3's 32-bit finaliser: every input bit moves every output bit. */
function mix32(value: number): number {
  let hash = value | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}
