import type { MemorySample } from './memory-trend.js';

/** What the mock's process reports when asked during a soak. */
export interface SoakProbe {
  /** Resident set size, bytes. */
  readonly rss: number;
  /** V8 heap in use after a full GC, bytes. */
  readonly heapUsed: number;
  /** Records in the store, per collection. */
  readonly records: Readonly<Record<string, number>>;
  /** The size of each collection as JSON, bytes: what each holds, roughly. */
  readonly jsonBytes: Readonly<Record<string, number>>;
  /** Requests the mock served so far (its metrics' total). */
  readonly served: number;
}

/** One sample of a soak: a probe at a moment. */
export interface SoakSample extends MemorySample {
  readonly records: Readonly<Record<string, number>>;
  readonly jsonBytes: Readonly<Record<string, number>>;
  readonly served: number;
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
export function recordGrowth(first: SoakSample, last: SoakSample): Record<string, RecordGrowth> {
  const minutes = (last.atSeconds - first.atSeconds) / 60;
  const names = [...new Set([...Object.keys(first.records), ...Object.keys(last.records)])].sort();
  const growth: Record<string, RecordGrowth> = {};
  for (const name of names) {
    const before = first.records[name] ?? 0;
    const after = last.records[name] ?? 0;
    if (before === after) continue;
    const bytesBefore = first.jsonBytes[name] ?? 0;
    const bytesAfter = last.jsonBytes[name] ?? 0;
    growth[name] = {
      first: before,
      last: after,
      perMinute: minutes > 0 ? Math.round((after - before) / minutes) : 0,
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
