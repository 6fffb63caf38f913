import { expect, it } from 'vitest';
import { resolveProfile } from './profiles.ts';
import { FLOW_STEPS } from './steps.ts';
import { buildThresholds } from './thresholds.ts';

const profile = resolveProfile({ PROFILE: 'load', P95_MS: '50' });

it('puts a latency budget and an error budget on every step', () => {
  const thresholds = buildThresholds({ profile, faults: false, ledger: false });
  for (const step of FLOW_STEPS) {
    expect(thresholds[`http_req_duration{step:${step}}`]).toEqual(['p(95)<50']);
    expect(thresholds[`http_req_failed{step:${step}}`]).toEqual(['rate<0.01']);
  }
  expect(thresholds.checks).toEqual(['rate>=0.99']);
  expect(thresholds.operation_failed).toEqual(['rate<0.01']);
});

it('lets a fault mix fail single attempts, never operations, checks or flows', () => {
  const thresholds = buildThresholds({ profile, faults: true, ledger: false });
  expect(thresholds['http_req_failed{step:upload}']).toBeUndefined();
  expect(thresholds.operation_failed).toEqual(['rate<0.01']);
  expect(thresholds.checks).toEqual(['rate>=0.99']);
  expect(thresholds.flow_succeeded).toEqual(['rate>=0.99']);
});

it('fails the run on a single lost, duplicated or foreign contact when the ledger runs', () => {
  const withLedger = buildThresholds({ profile, faults: false, ledger: true });
  expect(withLedger).toMatchObject({
    contacts_lost: ['count==0'],
    contacts_duplicated: ['count==0'],
    contacts_unexpected: ['count==0'],
    contacts_unsent: ['count==0'],
    ledger_checks: ['count>0'],
  });
  const without = buildThresholds({ profile, faults: false, ledger: false });
  expect(without.contacts_lost).toBeUndefined();
});

it('sets no threshold that holds by construction: attempts per operation never exceed RETRIES', () => {
  const thresholds = buildThresholds({ profile, faults: true, ledger: true });
  expect(Object.keys(thresholds).filter((name) => name.startsWith('attempts_per_operation'))).toEqual([]);
});

it('fails the run when the server holds fewer contacts than it promised (ledger_balance)', () => {
  expect(buildThresholds({ profile, faults: false, ledger: true }).ledger_balance).toEqual(['rate<=0.5']);
});
