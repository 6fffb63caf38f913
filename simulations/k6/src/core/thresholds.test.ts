import { expect, it } from 'vitest';
import { resolveProfile } from './profiles.ts';
import { DEFAULT_RETRY_POLICY } from './retry-policy.ts';
import { FLOW_STEPS } from './steps.ts';
import { buildThresholds } from './thresholds.ts';

const profile = resolveProfile({ PROFILE: 'load', P95_MS: '50' });

it('puts a latency budget and an error budget on every step', () => {
  const thresholds = buildThresholds({ profile, retry: DEFAULT_RETRY_POLICY, faults: false, ledger: false });
  for (const step of FLOW_STEPS) {
    expect(thresholds[`http_req_duration{step:${step}}`]).toEqual(['p(95)<50']);
    expect(thresholds[`http_req_failed{step:${step}}`]).toEqual(['rate<0.01']);
  }
  expect(thresholds.checks).toEqual(['rate>=0.99']);
  expect(thresholds.operation_failed).toEqual(['rate<0.01']);
});

it('lets a fault mix fail single attempts, never operations, checks or flows', () => {
  const thresholds = buildThresholds({ profile, retry: DEFAULT_RETRY_POLICY, faults: true, ledger: false });
  expect(thresholds['http_req_failed{step:upload}']).toBeUndefined();
  expect(thresholds.operation_failed).toEqual(['rate<0.01']);
  expect(thresholds.checks).toEqual(['rate>=0.99']);
  expect(thresholds.flow_succeeded).toEqual(['rate>=0.99']);
});

it('fails the run on a single lost, duplicated or foreign contact when the ledger runs', () => {
  const withLedger = buildThresholds({ profile, retry: DEFAULT_RETRY_POLICY, faults: false, ledger: true });
  expect(withLedger).toMatchObject({
    contacts_lost: ['count==0'],
    contacts_duplicated: ['count==0'],
    contacts_unexpected: ['count==0'],
    contacts_unsent: ['count==0'],
    ledger_checks: ['count>0'],
  });
  const without = buildThresholds({ profile, retry: DEFAULT_RETRY_POLICY, faults: false, ledger: false });
  expect(without.contacts_lost).toBeUndefined();
});
