/**
 * The run's pass/fail criteria as k6 thresholds: latency per step (by the `step` tag), error rates,
 * checks, the flows, and the ledger. Under a fault mix single attempts are meant to fail, so their
 * error rate is no criterion then; nothing else moves: retries must absorb the faults, and logical
 * operations, checks, flows and the ledger keep their budgets.
 */
import type { Threshold } from 'k6/options';
import type { Profile } from './profiles.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { FLOW_STEPS, METRIC } from './steps.ts';

/** What the thresholds depend on besides the profile. */
export interface ThresholdInputs {
  readonly profile: Profile;
  readonly retry: RetryPolicy;
  /** Whether a fault mix is injected (then single attempts may fail). */
  readonly faults: boolean;
  /** Whether the ledger runs (the target is the mock). */
  readonly ledger: boolean;
}

/** Failed single HTTP attempts allowed without faults. */
const ATTEMPT_FAILURE_RATE = 0.01;
/** Logical operations allowed to fail after their retries. */
const OPERATION_FAILURE_RATE = 0.01;
/** Checks that must pass, and flows that must close correctly. */
const PASS_RATE = 0.99;

/** The thresholds of a run. */
export function buildThresholds(inputs: ThresholdInputs): Record<string, Threshold[]> {
  const { profile, retry, faults, ledger } = inputs;
  const thresholds: Record<string, Threshold[]> = {
    checks: [`rate>=${PASS_RATE}`],
    [METRIC.operationFailed]: [`rate<${OPERATION_FAILURE_RATE}`],
    [METRIC.flowSucceeded]: [`rate>=${PASS_RATE}`],
    [METRIC.flowsWithoutConsultant]: ['count==0'],
    [METRIC.attemptsPerOperation]: [`max<=${retry.maxAttempts}`],
  };
  for (const step of FLOW_STEPS) {
    thresholds[`http_req_duration{step:${step}}`] = [`p(95)<${profile.p95Ms}`];
    if (!faults) thresholds[`http_req_failed{step:${step}}`] = [`rate<${ATTEMPT_FAILURE_RATE}`];
    thresholds[`${METRIC.attemptsPerOperation}{step:${step}}`] = [`max<=${retry.maxAttempts}`];
  }
  if (ledger) {
    thresholds[METRIC.ledgerChecks] = ['count>0'];
    thresholds[METRIC.contactsLost] = ['count==0'];
    thresholds[METRIC.contactsDuplicated] = ['count==0'];
    thresholds[METRIC.contactsUnexpected] = ['count==0'];
    thresholds[METRIC.contactsUnsent] = ['count==0'];
  }
  return thresholds;
}
