/**
 * The flow's recorder on k6: k6 metrics (created here, in the init context, as k6 requires) and checks.
 * Answers by step, status and code are one counter per combination (`core/answers.ts`), declared
 * beforehand; a combination not foreseen goes to `answers__unforeseen` with its tags.
 */
import { check } from 'k6';
import { Counter, Rate, Trend } from 'k6/metrics';
import { answerMetricName, knownAnswerMetrics } from '../core/answers.ts';
import {
  failedOperationMetricName,
  operationMetricName,
  type Recorder,
  recordOperation,
} from '../core/recorder.ts';
import { ADMIN_STEP, FLOW_STEPS, METRIC_KINDS, type MetricName } from '../core/steps.ts';

type K6Metric = Counter | Rate | Trend;

const metrics = new Map<string, K6Metric>();
for (const [name, kind] of Object.entries(METRIC_KINDS) as [MetricName, string][]) {
  metrics.set(
    name,
    kind === 'counter'
      ? new Counter(name)
      : kind === 'rate'
        ? new Rate(name)
        : new Trend(name, kind === 'time'),
  );
}
const answers = new Map<string, Counter>(knownAnswerMetrics().map((name) => [name, new Counter(name)]));
const unforeseen = new Counter('answers__unforeseen');
const perStep = new Map<string, Counter>();
for (const step of [...FLOW_STEPS, ADMIN_STEP]) {
  perStep.set(operationMetricName(step), new Counter(operationMetricName(step)));
  perStep.set(failedOperationMetricName(step), new Counter(failedOperationMetricName(step)));
}

function add(name: string, value: number | boolean, tags?: Readonly<Record<string, string>>): void {
  metrics.get(name)?.add(value as number, tags);
}

/** The recorder of a k6 VU. */
export const k6Recorder: Recorder = {
  count: (metric, value, tags) => add(metric, value, tags),
  rate: (metric, ok, tags) => add(metric, ok, tags),
  trend: (metric, value, tags) => add(metric, value, tags),
  check: (name, ok) => check(ok, { [name]: (passed) => passed }),
  answer(step, status, code) {
    const counter = answers.get(answerMetricName(step, status, code));
    if (counter !== undefined) counter.add(1);
    else unforeseen.add(1, { step, status: String(status), code: code ?? 'none' });
  },
  operation(tags, attempts, failed) {
    recordOperation(k6Recorder, tags, attempts, failed);
    perStep.get(operationMetricName(tags.step))?.add(1);
    if (failed) perStep.get(failedOperationMetricName(tags.step))?.add(1);
  },
};
