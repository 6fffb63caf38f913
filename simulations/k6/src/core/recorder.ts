/**
 * Where the flow reports what happened, whatever runs it: k6 turns each call into its own metrics and
 * checks (`src/k6/k6-recorder.ts`), the Node runner into its metrics registry. The names are those of
 * `steps.ts`; the per-attempt HTTP timings are the runner's own (`http_req_duration`, `http_req_failed`).
 */
import { type CounterMetric, METRIC, type RateMetric, type TrendMetric } from './steps.ts';
import type { RequestTags } from './transport.ts';

/** Tags of a sample: only short, bounded values (a step, a code), never an id. */
export type SampleTags = Readonly<Record<string, string>>;

/** The sink of the flow's metrics and checks. */
export interface Recorder {
  /** Adds `value` to a counter. */
  count(metric: CounterMetric, value: number, tags?: SampleTags): void;
  /** Adds one sample to a rate. */
  rate(metric: RateMetric, ok: boolean, tags?: SampleTags): void;
  /** Adds one sample to a trend. */
  trend(metric: TrendMetric, value: number, tags?: SampleTags): void;
  /** Records a named check (k6's `check`). @returns `ok` */
  check(name: string, ok: boolean): boolean;
  /**
   * One answer the server gave a request of `step` (status 0: none came), with its catalogue code when
   * the body had one; counted by step, status and code.
   */
  answer(step: string, status: number, code: string | null): void;
  /**
   * One logical operation of a flow step ended after `attempts` attempts: counted in `operations`,
   * `http_attempts`, `attempts_per_operation` and `operation_failed`, and per step as
   * {@link operationMetricName} (k6 keeps no tags in its summary).
   */
  operation(tags: RequestTags, attempts: number, failed: boolean): void;
}

/** The counter of one step's operations, `operations__<step>` (k6 names: letters, digits, underscores). */
export function operationMetricName(step: string): string {
  return `operations__${step}`;
}

/** The counter of one step's operations that failed after their retries, `operations__<step>__failed`. */
export function failedOperationMetricName(step: string): string {
  return `operations__${step}__failed`;
}

/** Records an operation in the four metrics of {@link Recorder.operation}; the per-step counter is the caller's. */
export function recordOperation(
  recorder: Pick<Recorder, 'count' | 'trend' | 'rate'>,
  tags: RequestTags,
  attempts: number,
  failed: boolean,
): void {
  recorder.count(METRIC.operations, 1, tags);
  recorder.count(METRIC.attempts, attempts, tags);
  recorder.trend(METRIC.attemptsPerOperation, attempts, tags);
  recorder.rate(METRIC.operationFailed, failed, tags);
}
