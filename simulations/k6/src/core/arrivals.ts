/**
 * When each flow of a scenario starts, as k6's executors start iterations: an arrival-rate scenario
 * spaces its iterations evenly along its rate (the n-th starts when the integral of the rate reaches n);
 * a closed model starts none on its own (its VUs loop).
 */
import type { Scenario } from 'k6/options';
import { durationSeconds } from './duration.ts';

/**
 * The start of every flow of an arrival-rate scenario, in seconds from the scenario's start, in order.
 *
 * @returns `null` for a closed-model scenario (`shared-iterations`)
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the two arrival-rate executors of k6, computed as k6 documents them
export function arrivalTimes(scenario: Scenario): number[] | null {
  if (scenario.executor !== 'constant-arrival-rate' && scenario.executor !== 'ramping-arrival-rate')
    return null;
  const unit = durationSeconds(scenario.timeUnit ?? '1s');
  if (scenario.executor === 'constant-arrival-rate') {
    const total = durationSeconds(scenario.duration);
    const step = unit / scenario.rate;
    const times: number[] = [];
    for (let t = 0; t < total - 1e-9; t += step) times.push(t);
    return times;
  }
  const times: number[] = [];
  let start = 0;
  let rate = (scenario.startRate ?? 0) / unit;
  let done = 0; // iterations started so far, as a real number (the integral of the rate)
  let next = 0; // the index of the next iteration to place
  for (const stage of scenario.stages) {
    const length = durationSeconds(stage.duration);
    const end = stage.target / unit;
    const slope = length === 0 ? 0 : (end - rate) / length;
    const total = done + ((rate + end) / 2) * length;
    // The n-th iteration starts when the integral reaches n: solve rate·t + slope·t²/2 = n − done.
    while (next < total - 1e-9) {
      const need = next - done;
      let t: number;
      if (Math.abs(slope) < 1e-12) t = rate === 0 ? length : need / rate;
      else t = (-rate + Math.sqrt(Math.max(0, rate * rate + 2 * slope * need))) / slope;
      times.push(start + Math.min(length, Math.max(0, t)));
      next++;
    }
    done = total;
    rate = end;
    start += length;
  }
  return times;
}
