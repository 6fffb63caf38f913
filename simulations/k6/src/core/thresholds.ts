/**
 * The run's pass/fail criteria as k6 thresholds (the Node runner evaluates the same ones): latency per
 * step (by the `step` tag), error rates, checks, the flows, and the ledger. Every one can fail: none holds
 * by construction (attempts per operation never exceed `RETRIES`, so no threshold watches them). Under a fault mix single attempts are meant to fail, so their
 * error rate is no criterion then; nothing else moves: retries must absorb the faults, and logical
 * operations, checks, flows and the ledger keep their budgets.
 */
import type { Threshold } from 'k6/options';
import type { Profile } from './profiles.ts';
import { FLOW_STEPS, METRIC } from './steps.ts';

/** What the thresholds depend on besides the profile. */
export interface ThresholdInputs {
  readonly profile: Profile;
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
  const { profile, faults, ledger } = inputs;
  const thresholds: Record<string, Threshold[]> = {
    checks: [`rate>=${PASS_RATE}`],
    [METRIC.operationFailed]: [`rate<${OPERATION_FAILURE_RATE}`],
    [METRIC.flowSucceeded]: [`rate>=${PASS_RATE}`],
    [METRIC.flowsWithoutConsultant]: ['count==0'],
  };
  for (const step of FLOW_STEPS) {
    thresholds[`http_req_duration{step:${step}}`] = [`p(95)<${profile.p95Ms}`];
    if (!faults) thresholds[`http_req_failed{step:${step}}`] = [`rate<${ATTEMPT_FAILURE_RATE}`];
  }
  if (ledger) {
    thresholds[METRIC.ledgerChecks] = ['count>0'];
    thresholds[METRIC.contactsLost] = ['count==0'];
    thresholds[METRIC.contactsDuplicated] = ['count==0'];
    thresholds[METRIC.contactsUnexpected] = ['count==0'];
    thresholds[METRIC.contactsUnsent] = ['count==0'];
    // One `true` per promised contact, one `false` per held one: above 0.5 when some vanished.
    thresholds[METRIC.ledgerBalance] = ['rate<=0.5'];
  }
  return thresholds;
}
