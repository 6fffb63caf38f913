import type { RunResult } from '../run/run-result.js';

/** One bin of the timeline: counts within `[from, from + binMs)`. */
export interface TimelineBin {
  readonly from: number;
  readonly requests: number;
  readonly failed: number;
  readonly retries: number;
}

/** What the timeline chart draws, computed from a run. Pure. */
export interface TimelineData {
  readonly start: number;
  readonly end: number;
  readonly binMs: number;
  readonly bins: readonly TimelineBin[];
  /** Errors seen, per code, with the instants. */
  readonly errors: readonly { readonly code: string; readonly at: readonly number[] }[];
  /** Total unsent contacts of all consultants over time (a step function). */
  readonly backlog: readonly { readonly at: number; readonly unsent: number }[];
}

const BIN_CHOICES_MIN = [1, 2, 5, 10, 15, 30, 60];

/** Bins the run's events over its virtual time: at most ~120 bins, of a round number of minutes. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass binning the run's events by kind
export function timelineData(run: RunResult): TimelineData {
  const start = run.virtualStart;
  const end = Math.max(run.virtualEnd, start + 60_000);
  const minutes = BIN_CHOICES_MIN.find((choice) => (end - start) / (choice * 60_000) <= 120) ?? 60;
  const binMs = minutes * 60_000;
  const count = Math.max(1, Math.ceil((end - start) / binMs));
  const bins = Array.from({ length: count }, (_, index) => ({
    from: start + index * binMs,
    requests: 0,
    failed: 0,
    retries: 0,
  }));
  const binOf = (at: number) => bins[Math.min(count - 1, Math.max(0, Math.floor((at - start) / binMs)))];
  const latest = new Map<string, number>();
  const backlog: { at: number; unsent: number }[] = [{ at: start, unsent: 0 }];
  for (const event of [...run.timeline].sort((a, b) => a.at - b.at)) {
    const bin = binOf(event.at);
    if (bin === undefined) continue;
    if (event.type === 'request') bin.requests += 1;
    else if (event.type === 'request_failed') bin.failed += 1;
    else if (event.type === 'retry') bin.retries += 1;
    else {
      latest.set(event.actor, event.unsent);
      const unsent = [...latest.values()].reduce((sum, value) => sum + value, 0);
      const last = backlog.at(-1);
      if (last !== undefined && last.at === event.at) last.unsent = unsent;
      else backlog.push({ at: event.at, unsent });
    }
  }
  backlog.push({ at: end, unsent: backlog.at(-1)?.unsent ?? 0 });
  const errors = new Map<string, number[]>();
  for (const observation of run.observations) {
    errors.set(observation.code, [...(errors.get(observation.code) ?? []), observation.at]);
  }
  return {
    start,
    end,
    binMs,
    bins,
    errors: [...errors].map(([code, at]) => ({ code, at })).sort((a, b) => a.code.localeCompare(b.code)),
    backlog,
  };
}
