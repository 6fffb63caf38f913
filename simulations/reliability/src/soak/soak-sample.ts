import type { MemorySample } from './memory-trend.js';

/** What the store holds: records and their size as JSON (a proxy for the memory they take), per collection. */
export interface StoreContents {
  readonly records: Readonly<Record<string, number>>;
  /** Bytes. */
  readonly jsonBytes: Readonly<Record<string, number>>;
}

/** What the mock's process reports when asked during a soak. */
export interface SoakProbe {
  /** Resident set size, bytes. */
  readonly rss: number;
  /** V8 heap in use after a full GC, bytes. */
  readonly heapUsed: number;
  /** Requests the mock served so far (its metrics' total). */
  readonly served: number;
  /** The store's contents, when asked for (reading them stops the mock for a moment, so not every time). */
  readonly contents?: StoreContents;
}

/** One sample of a soak: a probe at a moment. */
export interface SoakSample extends MemorySample {
  readonly served: number;
  readonly contents?: StoreContents;
}

/** The store's contents at a moment of the soak. */
export interface ContentsAt {
  readonly atSeconds: number;
  readonly contents: StoreContents;
}

/** How one collection of the store grew over the measured part of a soak. */
export interface RecordGrowth {
  readonly first: number;
  readonly last: number;
  /** Records added per minute. */
  readonly perMinute: number;
  /** The collection's JSON size at the end, KiB. */
  readonly lastJsonKiB: number;
  /** JSON KiB added per minute. */
  readonly jsonKiBPerMinute: number;
}

/** Per collection that changed between `first` and `last`: its counts and its growth per minute. */
export function recordGrowth(first: ContentsAt, last: ContentsAt): Record<string, RecordGrowth> {
  const minutes = (last.atSeconds - first.atSeconds) / 60;
  const before = first.contents;
  const after = last.contents;
  const names = [...new Set([...Object.keys(before.records), ...Object.keys(after.records)])].sort();
  const growth: Record<string, RecordGrowth> = {};
  for (const name of names) {
    const countBefore = before.records[name] ?? 0;
    const countAfter = after.records[name] ?? 0;
    const bytesBefore = before.jsonBytes[name] ?? 0;
    const bytesAfter = after.jsonBytes[name] ?? 0;
    if (countBefore === countAfter && bytesBefore === bytesAfter) continue;
    growth[name] = {
      first: countBefore,
      last: countAfter,
      perMinute: minutes > 0 ? Math.round((countAfter - countBefore) / minutes) : 0,
      lastJsonKiB: Math.round(bytesAfter / 1024),
      jsonKiBPerMinute: minutes > 0 ? Math.round((bytesAfter - bytesBefore) / 1024 / minutes) : 0,
    };
  }
  return growth;
}

/** Requests served per second between each sample and the one before it. */
export function servedPerSecond(samples: readonly SoakSample[]): number[] {
  const rates: number[] = [];
  for (let index = 1; index < samples.length; index += 1) {
    const before = samples[index - 1];
    const after = samples[index];
    if (before === undefined || after === undefined) continue;
    const seconds = after.atSeconds - before.atSeconds;
    if (seconds > 0) rates.push(Math.round((after.served - before.served) / seconds));
  }
  return rates;
}
