import { parseFaultSpec } from '@icontact/faults';
import { expect, it } from 'vitest';
import { FaultMixError, parseFaultMix } from './fault-mix.ts';

it.each([
  [
    '502:0.05',
    { kind: 'http', status: 502, code: 'bad_gateway', timing: 'before', target: { probability: 0.05 } },
  ],
  ['503:0.1', { kind: 'http', status: 503, code: 'service_unavailable', retryAfter: 1 }],
  ['429:0.1', { kind: 'http', status: 429, code: 'rate_limited', retryAfter: 1 }],
  ['500@after:0.02', { kind: 'http', status: 500, code: 'internal_server_error', timing: 'after' }],
  [
    '101:0.2',
    { kind: 'http', status: 500, code: 'sync_failed', appCode: 101, target: { operation: 'syncContacts' } },
  ],
  ['reset@after:0.02', { kind: 'reset_mid_body', timing: 'after', target: { probability: 0.02 } }],
  ['abort:0.01', { kind: 'abort', timing: 'before' }],
  ['latency200:0.5', { kind: 'latency', ms: 200 }],
  ['reset@after#1', { kind: 'reset_mid_body', timing: 'after', target: { attempt: 1 } }],
  ['502#2:0.5', { kind: 'http', status: 502, target: { attempt: 2, probability: 0.5 } }],
  ['101#1', { kind: 'http', code: 'sync_failed', target: { attempt: 1, operation: 'syncContacts' } }],
  ['kompra_down', { kind: 'kompra_down', target: {} }],
  ['sms_down:0.5', { kind: 'sms_gateway_down', target: { probability: 0.5 } }],
])('reads "%s" as a fault the fault engine accepts', (entry, expected) => {
  const [fault] = parseFaultMix(entry);
  expect(fault?.entry).toBe(entry);
  expect(fault?.spec).toMatchObject(expected);
  expect(() => parseFaultSpec(fault?.spec)).not.toThrow();
});

it('reads a mix in order, each fault with an id of its own', () => {
  const mix = parseFaultMix(' 502:0.05, kompra_down ,reset@after:0.02');
  expect(mix.map((fault) => fault.spec.kind)).toEqual(['http', 'kompra_down', 'reset_mid_body']);
  expect(new Set(mix.map((fault) => fault.spec.id)).size).toBe(3);
});

it.each([undefined, '', '  ', 'none'])('reads %j as no fault', (value) => {
  expect(parseFaultMix(value)).toEqual([]);
});

it.each([
  ['502', /give it a probability or an attempt/],
  ['reset#0', /attempts count from 1/],
  ['kompra_down#1', /takes no @timing or #attempt/],
  ['502:0', /above 0 and at most 1/],
  ['502:1.5', /above 0 and at most 1/],
  ['kompra_down@after', /takes no @timing or #attempt/],
  ['teapot:0.1', /unknown fault "teapot"/],
  ['502:0.1,,abort:0.1', /an entry is empty/],
  ['502 0.1', /does not read as/],
  ['101@after:0.1', /applies nothing of the batch.*reset@after/],
])('refuses "%s" and says what to write', (value, message) => {
  expect(() => parseFaultMix(value)).toThrow(FaultMixError);
  expect(() => parseFaultMix(value)).toThrow(message);
});
