import { expect, it } from 'vitest';
import { createAttemptCounter } from './attempt-counter.js';

it('numbers the attempts of each identity from 1', () => {
  const counter = createAttemptCounter(10);
  expect([counter.next('a'), counter.next('b'), counter.next('a'), counter.next('a')]).toEqual([1, 1, 2, 3]);
});

it('forgets the least recently seen identity beyond its capacity', () => {
  const counter = createAttemptCounter(2);
  counter.next('a');
  counter.next('b');
  counter.next('a');
  counter.next('c');
  expect(counter.next('b')).toBe(1);
  expect(counter.next('c')).toBe(2);
});

it('forgets everything on clear', () => {
  const counter = createAttemptCounter(5);
  counter.next('a');
  counter.clear();
  expect(counter.next('a')).toBe(1);
});
