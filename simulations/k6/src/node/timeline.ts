/**
 * Second by second figures of a run for the live progress and the HTML report's charts: requests,
 * failed requests and flows per second, and the flow's latency (admin requests left out).
 */
import * as hdr from 'hdr-histogram-js';

/** One second of the run. */
export interface Second {
  requests: number;
  failed: number;
  flowsStarted: number;
  flowsSucceeded: number;
  flowsFailed: number;
  latency: hdr.Histogram;
}

/** A timeline as plain data, for another thread. */
export type SerializedTimeline = readonly (readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  string,
])[];

function newLatency(): hdr.Histogram {
  // Milliseconds up to a minute, two significant digits: a few KiB per second of the run.
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000,
    numberOfSignificantValueDigits: 2,
  });
}

/** The seconds of one thread's share of a run, counted from `origin` (epoch ms). */
export class Timeline {
  readonly #seconds = new Map<number, Second>();
  readonly #origin: number;

  constructor(origin: number) {
    this.#origin = origin;
  }

  /** The second an instant (epoch ms) falls in. */
  #at(epochMs: number): Second {
    const index = Math.max(0, Math.floor((epochMs - this.#origin) / 1000));
    let second = this.#seconds.get(index);
    if (second === undefined) {
      second = {
        requests: 0,
        failed: 0,
        flowsStarted: 0,
        flowsSucceeded: 0,
        flowsFailed: 0,
        latency: newLatency(),
      };
      this.#seconds.set(index, second);
    }
    return second;
  }

  /** A flow request ended at `epochMs`. */
  request(epochMs: number, durationMs: number, failed: boolean): void {
    const second = this.#at(epochMs);
    second.requests++;
    if (failed) second.failed++;
    second.latency.recordValue(Math.min(60_000, Math.max(1, Math.round(durationMs))));
  }

  /** A flow started at `epochMs`. */
  flowStarted(epochMs: number): void {
    this.#at(epochMs).flowsStarted++;
  }

  /** A flow ended at `epochMs`. */
  flowEnded(epochMs: number, succeeded: boolean): void {
    const second = this.#at(epochMs);
    if (succeeded) second.flowsSucceeded++;
    else second.flowsFailed++;
  }

  serialize(): SerializedTimeline {
    return [...this.#seconds].map(
      ([index, s]) =>
        [
          index,
          s.requests,
          s.failed,
          s.flowsStarted,
          s.flowsSucceeded,
          s.flowsFailed,
          hdr.encodeIntoCompressedBase64(s.latency),
        ] as const,
    );
  }

  merge(other: SerializedTimeline): void {
    for (const [index, requests, failed, started, succeeded, failedFlows, latency] of other) {
      const second = this.#at(this.#origin + index * 1000);
      second.requests += requests;
      second.failed += failed;
      second.flowsStarted += started;
      second.flowsSucceeded += succeeded;
      second.flowsFailed += failedFlows;
      second.latency.add(hdr.decodeFromCompressedBase64(latency));
    }
  }

  /** Every second in order, with its p50/p95/p99 latency in ms. */
  rows(): {
    second: number;
    requests: number;
    failed: number;
    flowsStarted: number;
    flowsSucceeded: number;
    flowsFailed: number;
    p50: number | null;
    p95: number | null;
    p99: number | null;
  }[] {
    return [...this.#seconds]
      .sort(([a], [b]) => a - b)
      .map(([second, s]) => {
        const any = s.latency.totalCount > 0;
        return {
          second,
          requests: s.requests,
          failed: s.failed,
          flowsStarted: s.flowsStarted,
          flowsSucceeded: s.flowsSucceeded,
          flowsFailed: s.flowsFailed,
          p50: any ? s.latency.getValueAtPercentile(50) : null,
          p95: any ? s.latency.getValueAtPercentile(95) : null,
          p99: any ? s.latency.getValueAtPercentile(99) : null,
        };
      });
  }
}
