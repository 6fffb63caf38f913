import { expect, it } from 'vitest';
import { parseFaultHeader } from './fault-header.js';
import { FaultSpecError } from './fault-spec-error.js';
import { dotted, thrownBy } from './test-support.js';

const good: [string, string, unknown][] = [
  [
    'an http fault',
    'kind=http;status=502;code=bad_gateway',
    { kind: 'http', status: 502, code: 'bad_gateway', target: {}, timing: 'before' },
  ],
  [
    'spaces around pairs and a trailing separator',
    ' kind = http ; status = 429 ; code = rate_limited ; retryAfter = 0 ; ',
    { kind: 'http', status: 429, code: 'rate_limited', retryAfter: 0 },
  ],
  [
    'the sync "101" with a percent-encoded Cyrillic detail',
    `kind=http;status=500;code=sync_failed;appCode=101;detail=${encodeURIComponent('101 ошибка; повторите')}`,
    { appCode: 101, detail: '101 ошибка; повторите' },
  ],
  [
    'target keys, flattened',
    'kind=abort;operation=sync*;method=post;path=/shifts/*/sync;user=aset.k;probability=0.5;attempt=2',
    {
      target: {
        operation: 'sync*',
        method: 'POST',
        path: '/shifts/*/sync',
        user: 'aset.k',
        probability: 0.5,
        attempt: 2,
      },
    },
  ],
  [
    'a window from its from and to keys',
    'kind=latency;ms=1500;jitter=100;from=2026-11-24T04:00:00Z;to=2026-11-24T05:00:00Z',
    {
      ms: 1500,
      jitter: 100,
      target: { window: { from: '2026-11-24T04:00:00Z', to: '2026-11-24T05:00:00Z' } },
    },
  ],
  ['a follow-up loop of 407s', 'kind=follow_up_loop;mode=407', { kind: 'follow_up_loop', mode: '407' }],
  ['a follow-up loop of 429s', 'kind=follow_up_loop;mode=429', { kind: 'follow_up_loop', mode: '429' }],
  [
    'a reset after commit',
    'kind=reset_mid_body;fraction=0.1;timing=after',
    { fraction: 0.1, timing: 'after' },
  ],
  ['an id for the log', 'kind=abort;id=qa-1234', { id: 'qa-1234' }],
];

it.each(good)('parses %s', (_name, header, expected) => {
  expect(parseFaultHeader(header)).toMatchObject(expected as object);
});

const bad: [string, string, string, string][] = [
  ['a pair without =', 'kind=http;status', 'status', 'expected key=value'],
  ['an empty key', 'kind=abort;=1', '(root)', 'expected key=value'],
  ['a key given twice', 'kind=abort;kind=http', 'kind', 'given twice'],
  [
    'broken percent-encoding',
    'kind=http;status=500;code=sync_failed;detail=%E0%A4%A',
    'detail',
    'percent-encoding',
  ],
  ['times', 'kind=abort;times=3', 'times', 'drop `times`'],
  ['a nested target', 'kind=abort;target=x', 'target', 'keys of their own'],
  ['an unknown key', 'kind=abort;colour=red', 'colour', 'unknown field'],
  ['a status that is no number', 'kind=http;status=bad;code=bad_gateway', 'status', 'expected number'],
  ['a code outside the catalogue', 'kind=http;status=502;code=oops', 'code', 'not a catalogue code'],
  ['a probability above 1', 'kind=abort;probability=2', 'probability', '<=1'],
  ['a latency above the 5-minute cap', 'kind=latency;ms=300001', 'ms', '<=300000'],
  ['a jitter above the 5-minute cap', 'kind=latency;ms=1;jitter=9999999999', 'jitter', '<=300000'],
  ['a window that is no instant', 'kind=abort;from=now', 'from', 'ISO 8601'],
  [
    'a connection kind',
    'kind=dns_failure',
    'kind',
    'one of http, follow_up_loop, reset_mid_body, abort, latency',
  ],
  ['an upstream kind', 'kind=kompra_down', 'kind', 'strikes its own request'],
  ['no kind', 'status=502', 'kind', 'expected a fault with a `kind`'],
];

it.each(bad)('refuses %s, naming the header key', (_name, header, key, message) => {
  const error = thrownBy(FaultSpecError, () => parseFaultHeader(header));
  expect(error.source).toBe('header');
  const issue = error.issues.find((found) => dotted(found.path) === key);
  expect(issue?.message, JSON.stringify(error.issues)).toContain(message);
  expect(error.message).toMatch(/^Invalid X-Mock-Fault header:/);
  expect(error.remedy).toContain('kind=http;status=502;code=bad_gateway');
});
