/** The flow's recorder in the Node runner: the thread's metrics registry and timeline. */
import { answerMetricName } from '../core/answers.ts';
import {
  failedOperationMetricName,
  operationMetricName,
  type Recorder,
  recordOperation,
} from '../core/recorder.ts';
import { METRIC } from '../core/steps.ts';
import type { MetricsRegistry } from './metrics-registry.ts';
import type { Timeline } from './timeline.ts';

/** A recorder writing into `registry` (and flow ends into `timeline`). */
export function nodeRecorder(registry: MetricsRegistry, timeline: Timeline | null): Recorder {
  const recorder: Recorder = {
    count: (metric, value, tags) => registry.count(metric, value, tags),
    rate: (metric, ok, tags) => {
      registry.rate(metric, ok, tags);
      if (metric === METRIC.flowSucceeded) timeline?.flowEnded(Date.now(), ok);
    },
    trend: (metric, value, tags) => registry.trend(metric, value, tags),
    check: (name, ok) => {
      registry.check(name, ok);
      registry.rate('checks', ok);
      return ok;
    },
    answer: (step, status, code) => registry.count(answerMetricName(step, status, code), 1),
    operation: (tags, attempts, failed) => {
      recordOperation(recorder, tags, attempts, failed);
      registry.count(operationMetricName(tags.step), 1);
      if (failed) registry.count(failedOperationMetricName(tags.step), 1);
    },
  };
  return recorder;
}
