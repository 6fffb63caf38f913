import { expect, it } from 'vitest';
import { memoryTrend, slope } from './memory-trend.js';

it.each([
  [[], 0],
  [[{ x: 1, y: 5 }], 0],
  [
    [
      { x: 0, y: 0 },
      { x: 1, y: 2 },
      { x: 2, y: 4 },
    ],
    2,
  ],
  [
    [
      { x: 0, y: 7 },
      { x: 1, y: 7 },
      { x: 2, y: 7 },
    ],
    0,
  ],
])('fits the least-squares slope of %j as %d', (points, expected) => {
  expect(slope(points)).toBeCloseTo(expected);
});

it('measures only after the warm-up, in bytes per minute', () => {
  const samples = [0, 30, 60, 90, 120].map((atSeconds) => ({
    atSeconds,
    rss: 100 + atSeconds,
    heapUsed: atSeconds < 30 ? 999 : 1000 + atSeconds * 2,
  }));
  expect(memoryTrend(samples, 30)).toEqual({
    heapSlopePerMinute: 120,
    heapFirst: 1060,
    heapLast: 1240,
    rssFirst: 130,
    rssLast: 220,
  });
});
