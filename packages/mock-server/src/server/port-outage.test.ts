import type { FaultSpec, FaultState } from '@icontact/faults';
import { expect, it } from 'vitest';
import { portOutageOf } from './port-outage.js';

const now = new Date('2026-11-24T04:00:00Z');

function state(spec: Partial<FaultSpec> & Pick<FaultSpec, 'kind'>, expired = false): FaultState {
  return {
    id: 'f',
    spec: { timing: 'before', target: {}, ...spec } as FaultSpec,
    hits: 0,
    remaining: null,
    expired,
  };
}

it.each<[string, FaultState, boolean]>([
  ['a refuse fault without target', state({ kind: 'refuse' }), true],
  [
    'a refuse fault inside its window',
    state({
      kind: 'refuse',
      target: { window: { from: '2026-11-24T03:00:00Z', to: '2026-11-24T05:00:00Z' } },
    }),
    true,
  ],
  [
    'a refuse fault before its window',
    state({ kind: 'refuse', target: { window: { from: '2026-11-24T04:00:01Z' } } }),
    false,
  ],
  [
    'a refuse fault at the end of its window',
    state({ kind: 'refuse', target: { window: { to: '2026-11-24T04:00:00Z' } } }),
    false,
  ],
  ['a refuse fault limited in times', state({ kind: 'refuse', target: { times: 2 } }), false],
  ['a refuse fault with a probability', state({ kind: 'refuse', target: { probability: 0.5 } }), false],
  ['a refuse fault with probability 1', state({ kind: 'refuse', target: { probability: 1 } }), true],
  ['an expired refuse fault', state({ kind: 'refuse' }, true), false],
  ['a dns failure', state({ kind: 'dns_failure' }), false],
])('closes the port for %s: %s', (_name, fault, closes) => {
  expect(portOutageOf([fault], now) !== undefined).toBe(closes);
});
