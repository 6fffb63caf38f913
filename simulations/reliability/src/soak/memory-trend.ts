/** One memory sample of the mock's process. */
export interface MemorySample {
  /** Seconds since the soak began. */
  readonly atSeconds: number;
  /** Resident set size, bytes. */
  readonly rss: number;
  /** V8 heap in use after a full GC, bytes. */
  readonly heapUsed: number;
}

/** How memory moved over the measured part of a soak. */
export interface MemoryTrend {
  /** Least-squares slope of the heap after GC, bytes per minute. */
  readonly heapSlopePerMinute: number;
  /** Heap after GC: first and last sample of the measured part, bytes. */
  readonly heapFirst: number;
  readonly heapLast: number;
  /** RSS: first and last sample of the measured part, bytes. */
  readonly rssFirst: number;
  readonly rssLast: number;
}

/** The least-squares slope of `y` over `x`; 0 for fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  const numerator = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const denominator = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  return denominator === 0 ? 0 : numerator / denominator;
}

/** The trend of the samples after the first `warmupSeconds` (the JIT and caches settle first). */
export function memoryTrend(samples: readonly MemorySample[], warmupSeconds: number): MemoryTrend {
  const measured = samples.filter((sample) => sample.atSeconds >= warmupSeconds);
  const first = measured[0];
  const last = measured.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('no sample after the warm-up');
  return {
    heapSlopePerMinute: slope(measured.map((sample) => ({ x: sample.atSeconds / 60, y: sample.heapUsed }))),
    heapFirst: first.heapUsed,
    heapLast: last.heapUsed,
    rssFirst: first.rss,
    rssLast: last.rss,
  };
}
