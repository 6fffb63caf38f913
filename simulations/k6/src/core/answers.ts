/**
 * The count of answers by step, HTTP status and catalogue code. Each combination is a counter of its own,
 * `answers__<step>__<status>__<code>` (`none` without a code; status 0 when no answer came), because k6's
 * end-of-test summary keeps no tags: one name per combination is what survives into `handleSummary`. k6
 * takes only ASCII letters, digits and underscores in a metric name (up to 128), so a double underscore
 * parts them: no step and no code holds one.
 * k6 creates metrics only at init, so its binding declares the combinations it can meet beforehand
 * ({@link knownAnswerMetrics}); the Node runner makes them as they come.
 */
import { catalogue } from './error-codes.ts';
import { ADMIN_STEP, FLOW_STEPS } from './steps.ts';

/** The prefix of every answer counter. */
export const ANSWERS_PREFIX = 'answers';

/** Statuses an answer without a catalogue code may have, declared beforehand for k6. */
export const UNCODED_STATUSES = [
  0, 200, 201, 204, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504,
] as const;

/** One row of the count. */
export interface AnswerCount {
  readonly step: string;
  /** 0: no answer came (refused, reset, timeout). */
  readonly status: number;
  /** The catalogue code of the body, or `null`. */
  readonly code: string | null;
  readonly count: number;
}

/** The counter of one combination. */
export function answerMetricName(step: string, status: number, code: string | null): string {
  return `${ANSWERS_PREFIX}__${step}__${status}__${code ?? 'none'}`;
}

/** The combination a counter name stands for, or `null` for another metric. */
export function parseAnswerMetricName(name: string): Omit<AnswerCount, 'count'> | null {
  const match = /^answers__([a-z_]+?)__(\d{1,3})__([a-z0-9_]+)$/.exec(name);
  if (match === null) return null;
  const [, step = '', status = '0', code = 'none'] = match;
  return { step, status: Number(status), code: code === 'none' ? null : code };
}

/**
 * Every combination the flow and the admin client can meet: each step with each catalogue code at its
 * status, and with each {@link UNCODED_STATUSES} without a code.
 */
export function knownAnswerMetrics(): string[] {
  const names: string[] = [];
  for (const step of [...FLOW_STEPS, ADMIN_STEP]) {
    for (const status of UNCODED_STATUSES) names.push(answerMetricName(step, status, null));
    for (const entry of catalogue) {
      if (entry.wire.kind === 'http') names.push(answerMetricName(step, entry.wire.status, entry.code));
    }
  }
  return names;
}

/** The answer counts found among a summary's metrics, sorted by step, then status, then code. */
export function answerCounts(counters: Iterable<readonly [string, number]>): AnswerCount[] {
  const order = new Map<string, number>([...FLOW_STEPS, ADMIN_STEP].map((step, index) => [step, index]));
  const rows: AnswerCount[] = [];
  for (const [name, count] of counters) {
    const parsed = parseAnswerMetricName(name);
    if (parsed !== null && count > 0) rows.push({ ...parsed, count });
  }
  return rows.sort(
    (a, b) =>
      (order.get(a.step) ?? 99) - (order.get(b.step) ?? 99) ||
      a.status - b.status ||
      (a.code ?? '').localeCompare(b.code ?? ''),
  );
}
