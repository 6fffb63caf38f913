/**
 * The Node runner's metrics: counters, rates and trends by name and tags, as k6 keeps them, with the
 * sub-metrics the thresholds and the report select (`http_req_duration{step:upload}`) kept apart as k6
 * does. Trends are HdrHistograms (`hdr-histogram-js`): exact counts, percentiles to 3 significant digits,
 * mergeable, so that each worker thread keeps its own registry and the main thread adds them up.
 */
import * as hdr from 'hdr-histogram-js';
import type { SummaryMetric } from '../core/summary-report.ts';

/** Tags of a sample. */
export type Tags = Readonly<Record<string, string>>;

/** Trends are recorded in thousandths (µs for times), as HdrHistograms hold integers. */
const SCALE = 1000;
/** The largest value a trend holds: an hour in µs; larger samples are clamped. */
const HIGHEST = 3_600_000_000;

type Kind = 'counter' | 'rate' | 'trend';

interface CounterSink {
  kind: 'counter';
  sum: number;
}
interface RateSink {
  kind: 'rate';
  passes: number;
  fails: number;
}
interface TrendSink {
  kind: 'trend';
  histogram: hdr.Histogram;
  sum: number;
  min: number;
  max: number;
}
type Sink = CounterSink | RateSink | TrendSink;

/** A registry's content, as one thread posts it to another (plain data). */
export interface SerializedMetrics {
  readonly sinks: readonly SerializedSink[];
  readonly checks: readonly (readonly [string, number, number])[];
}

type SerializedSink =
  | { readonly key: string; readonly kind: 'counter'; readonly sum: number }
  | { readonly key: string; readonly kind: 'rate'; readonly passes: number; readonly fails: number }
  | {
      readonly key: string;
      readonly kind: 'trend';
      readonly histogram: string;
      readonly sum: number;
      readonly min: number;
      readonly max: number;
    };

function newHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST,
    numberOfSignificantValueDigits: 3,
  });
}

function newSink(kind: Kind): Sink {
  if (kind === 'counter') return { kind, sum: 0 };
  if (kind === 'rate') return { kind, passes: 0, fails: 0 };
  return {
    kind,
    histogram: newHistogram(),
    sum: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
  };
}

/** Parses `name{key:value,key:value}` into the name and its selector. */
export function parseSelector(key: string): { name: string; selector: Tags } {
  const match = /^([^{]+)\{(.*)\}$/.exec(key);
  if (match === null) return { name: key, selector: {} };
  const selector: Record<string, string> = {};
  for (const part of (match[2] ?? '').split(',')) {
    const at = part.indexOf(':');
    if (at > 0) selector[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return { name: match[1] ?? key, selector };
}

/** A set of metrics of one thread. */
export class MetricsRegistry {
  readonly #sinks = new Map<string, Sink>();
  readonly #tracked = new Map<string, { key: string; selector: [string, string][] }[]>();
  readonly #checks = new Map<string, [number, number]>();

  /**
   * @param tracked - sub-metrics to keep apart, as thresholds name them (`http_req_duration{step:login}`)
   */
  constructor(tracked: Iterable<string> = []) {
    for (const key of tracked) {
      const { name, selector } = parseSelector(key);
      if (Object.keys(selector).length === 0) continue;
      const list = this.#tracked.get(name) ?? [];
      if (!list.some((item) => item.key === key)) list.push({ key, selector: Object.entries(selector) });
      this.#tracked.set(name, list);
    }
  }

  #sinksOf(name: string, kind: Kind, tags: Tags | undefined): Sink[] {
    const keys = [name];
    for (const { key, selector } of this.#tracked.get(name) ?? []) {
      if (tags !== undefined && selector.every(([k, v]) => tags[k] === v)) keys.push(key);
    }
    return keys.map((key) => {
      let sink = this.#sinks.get(key);
      if (sink === undefined) {
        sink = newSink(kind);
        this.#sinks.set(key, sink);
      }
      return sink;
    });
  }

  /** Adds to a counter. */
  count(name: string, value: number, tags?: Tags): void {
    for (const sink of this.#sinksOf(name, 'counter', tags)) if (sink.kind === 'counter') sink.sum += value;
  }

  /** Adds a sample to a rate. */
  rate(name: string, ok: boolean, tags?: Tags): void {
    for (const sink of this.#sinksOf(name, 'rate', tags)) {
      if (sink.kind !== 'rate') continue;
      if (ok) sink.passes++;
      else sink.fails++;
    }
  }

  /** Adds a sample to a trend. */
  trend(name: string, value: number, tags?: Tags): void {
    const scaled = Math.min(HIGHEST, Math.max(0, Math.round(value * SCALE)));
    for (const sink of this.#sinksOf(name, 'trend', tags)) {
      if (sink.kind !== 'trend') continue;
      sink.histogram.recordValue(scaled);
      sink.sum += value;
      sink.min = Math.min(sink.min, value);
      sink.max = Math.max(sink.max, value);
    }
  }

  /** Records a check. */
  check(name: string, ok: boolean): void {
    const counts = this.#checks.get(name) ?? [0, 0];
    counts[ok ? 0 : 1]++;
    this.#checks.set(name, counts);
  }

  /** The registry as plain data, for another thread. */
  serialize(): SerializedMetrics {
    const sinks: SerializedSink[] = [];
    for (const [key, sink] of this.#sinks) {
      if (sink.kind === 'counter') sinks.push({ key, kind: 'counter', sum: sink.sum });
      else if (sink.kind === 'rate')
        sinks.push({ key, kind: 'rate', passes: sink.passes, fails: sink.fails });
      else
        sinks.push({
          key,
          kind: 'trend',
          histogram: hdr.encodeIntoCompressedBase64(sink.histogram),
          sum: sink.sum,
          min: sink.min,
          max: sink.max,
        });
    }
    return {
      sinks,
      checks: [...this.#checks].map(([name, [passes, fails]]) => [name, passes, fails] as const),
    };
  }

  /** Adds another registry's content to this one. */
  merge(other: SerializedMetrics): void {
    for (const item of other.sinks) {
      let sink = this.#sinks.get(item.key);
      if (sink === undefined) {
        sink = newSink(item.kind);
        this.#sinks.set(item.key, sink);
      }
      if (item.kind === 'counter' && sink.kind === 'counter') sink.sum += item.sum;
      else if (item.kind === 'rate' && sink.kind === 'rate') {
        sink.passes += item.passes;
        sink.fails += item.fails;
      } else if (item.kind === 'trend' && sink.kind === 'trend') {
        sink.histogram.add(hdr.decodeFromCompressedBase64(item.histogram));
        sink.sum += item.sum;
        sink.min = Math.min(sink.min, item.min);
        sink.max = Math.max(sink.max, item.max);
      }
    }
    for (const [name, passes, fails] of other.checks) {
      const counts = this.#checks.get(name) ?? [0, 0];
      counts[0] += passes;
      counts[1] += fails;
      this.#checks.set(name, counts);
    }
  }

  /**
   * Every metric as k6's end-of-test summary shows it (`values` by statistic), without thresholds.
   *
   * @param durationSeconds - the run's length, for counters' `rate`
   */
  summaryMetrics(durationSeconds: number): Record<string, SummaryMetric> {
    const out: Record<string, SummaryMetric> = {};
    for (const [key, sink] of this.#sinks) {
      if (sink.kind === 'counter') {
        out[key] = {
          type: 'counter',
          values: { count: sink.sum, rate: durationSeconds > 0 ? sink.sum / durationSeconds : 0 },
        };
      } else if (sink.kind === 'rate') {
        const total = sink.passes + sink.fails;
        out[key] = {
          type: 'rate',
          values: { rate: total === 0 ? 0 : sink.passes / total, passes: sink.passes, fails: sink.fails },
        };
      } else {
        const h = sink.histogram;
        const count = h.totalCount;
        const at = (p: number) => h.getValueAtPercentile(p) / SCALE;
        out[key] = {
          type: 'trend',
          values:
            count === 0
              ? { count: 0 }
              : {
                  avg: sink.sum / count,
                  min: sink.min,
                  med: at(50),
                  max: sink.max,
                  'p(90)': at(90),
                  'p(95)': at(95),
                  'p(99)': at(99),
                  count,
                },
        };
      }
    }
    return out;
  }

  /** Every check with its passes and failures. */
  checks(): { name: string; passes: number; fails: number }[] {
    return [...this.#checks].map(([name, [passes, fails]]) => ({ name, passes, fails }));
  }
}
