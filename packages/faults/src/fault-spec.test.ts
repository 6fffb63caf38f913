import { describe, expect, it } from 'vitest';
import { type FaultSpecInput, parseFaultSpec } from './fault-spec.js';
import { FaultSpecError } from './fault-spec-error.js';
import { dotted, thrownBy } from './test-support.js';

const goodSpecs: [string, FaultSpecInput][] = [
  ['a 502 from any request', { kind: 'http', status: 502, code: 'bad_gateway' }],
  [
    'a 403 lock at login',
    { kind: 'http', status: 403, code: 'account_locked', target: { operation: 'login' } },
  ],
  ['a 410 deleted account', { kind: 'http', status: 410, code: 'account_deleted' }],
  ['a 426 outdated app', { kind: 'http', status: 426, code: 'app_version_outdated' }],
  ['a 429 with Retry-After', { kind: 'http', status: 429, code: 'rate_limited', retryAfter: 30 }],
  [
    'a 500 at the ИИН check',
    { kind: 'http', status: 500, code: 'iin_malformed_server_error', target: { operation: '*Iin*' } },
  ],
  ['the sync "101"', { kind: 'http', status: 500, code: 'sync_failed', appCode: 101 }],
  [
    'a 400 sync',
    { kind: 'http', status: 400, code: 'sync_bad_request', detail: 'items[0] is not an object' },
  ],
  ['a redirect loop', { kind: 'follow_up_loop', mode: 'redirect' }],
  ['a 429 loop', { kind: 'follow_up_loop', mode: '429' }],
  ['a 401 loop', { kind: 'follow_up_loop', mode: '401' }],
  ['a 407 loop', { kind: 'follow_up_loop', mode: '407' }],
  ['latency at its 5-minute cap', { kind: 'latency', ms: 300_000 }],
  ['a reset mid-body after commit', { kind: 'reset_mid_body', fraction: 0.25, timing: 'after' }],
  ['an abort', { kind: 'abort', target: { method: 'post', path: '/sms/**' } }],
  ['latency with jitter', { kind: 'latency', ms: 800, jitter: 200 }],
  [
    'a refused connection in a window',
    { kind: 'refuse', target: { window: { from: '2026-11-24T04:00:00Z' } } },
  ],
  ['a DNS failure twice', { kind: 'dns_failure', answer: 'nxdomain', target: { times: 2 } }],
  ['KOMPRA down half the time', { kind: 'kompra_down', target: { probability: 0.5 } }],
  ['KOMPRA slow', { kind: 'kompra_slow', ms: 6000 }],
  ['the SMS gateway down', { kind: 'sms_gateway_down', id: 'gateway-outage' }],
  ['an SMS lost', { kind: 'sms_not_delivered' }],
  [
    'every target criterion at once',
    {
      kind: 'abort',
      target: {
        operation: 'sendSmsCode',
        method: 'POST',
        path: '/contacts/*/sms',
        user: 'aset.k',
        probability: 0.3,
        times: 2,
        attempt: 1,
        window: { from: '2026-11-24T09:00:00+05:00', to: '2026-11-24T10:00:00+05:00' },
      },
    },
  ],
];

const badSpecs: [string, unknown, string, string][] = [
  ['an unknown kind', { kind: 'meteor' }, 'kind', 'one of http, follow_up_loop'],
  ['no kind at all', { status: 502 }, 'kind', 'expected a fault with a `kind`'],
  [
    'a sync "101" after the batch was applied (decision 0001: nothing is applied)',
    { kind: 'http', status: 500, code: 'sync_failed', appCode: 101, timing: 'after' },
    'timing',
    'applies nothing of the batch',
  ],
  [
    'a code outside the catalogue',
    { kind: 'http', status: 502, code: 'bad_gatway' },
    'code',
    'not a catalogue code',
  ],
  ['a status below 400', { kind: 'http', status: 302, code: 'bad_gateway' }, 'status', '>=400'],
  [
    'a status given as text',
    { kind: 'http', status: '502', code: 'bad_gateway' },
    'status',
    'expected number',
  ],
  [
    'a negative Retry-After',
    { kind: 'http', status: 429, code: 'rate_limited', retryAfter: -1 },
    'retryAfter',
    '>=0',
  ],
  [
    'a misspelt field',
    { kind: 'http', status: 429, code: 'rate_limited', retry_after: 5 },
    'retry_after',
    'unknown field',
  ],
  ['an unknown loop mode', { kind: 'follow_up_loop', mode: '503' }, 'mode', 'Invalid option'],
  ['a fraction of 1', { kind: 'reset_mid_body', fraction: 1 }, 'fraction', '<1'],
  ['negative latency', { kind: 'latency', ms: -5 }, 'ms', '>=0'],
  ['a probability above 1', { kind: 'abort', target: { probability: 1.5 } }, 'target.probability', '<=1'],
  ['zero times', { kind: 'abort', target: { times: 0 } }, 'target.times', '>0'],
  ['a fractional attempt', { kind: 'abort', target: { attempt: 1.5 } }, 'target.attempt', 'expected int'],
  [
    'an unknown method',
    { kind: 'abort', target: { method: 'FETCH' } },
    'target.method',
    'expected one of GET',
  ],
  ['a relative path pattern', { kind: 'abort', target: { path: 'sms/*' } }, 'target.path', 'starts with /'],
  ['a misspelt target field', { kind: 'abort', target: { users: 'x' } }, 'target.users', 'unknown field'],
  [
    'a window that is no instant',
    { kind: 'abort', target: { window: { from: 'tomorrow' } } },
    'target.window.from',
    'ISO 8601',
  ],
  [
    'a window that ends before it starts',
    { kind: 'abort', target: { window: { from: '2026-11-24T10:00:00Z', to: '2026-11-24T09:00:00Z' } } },
    'target.window.to',
    'later than `from`',
  ],
  [
    'an empty window',
    { kind: 'abort', target: { window: {} } },
    'target.window',
    'needs `from`, `to` or both',
  ],
  ['an unknown timing', { kind: 'abort', timing: 'during' }, 'timing', 'Invalid option'],
  ['an id with spaces', { kind: 'abort', id: 'my fault' }, 'id', 'an id is'],
  [
    'a user target on KOMPRA',
    { kind: 'kompra_down', target: { user: 'aset.k' } },
    'target.user',
    'no single request',
  ],
  [
    'an operation target on DNS',
    { kind: 'dns_failure', target: { operation: 'login' } },
    'target.operation',
    'window, times or probability',
  ],
  [
    'an attempt target on refuse',
    { kind: 'refuse', target: { attempt: 2 } },
    'target.attempt',
    'no single request',
  ],
  [
    'timing after on the SMS gateway',
    { kind: 'sms_gateway_down', timing: 'after' },
    'timing',
    'needs a request to apply',
  ],
  ['an unknown DNS answer', { kind: 'dns_failure', answer: 'servfail' }, 'answer', 'Invalid option'],
  ['a KOMPRA delay of 0', { kind: 'kompra_slow', ms: 0 }, 'ms', '>0'],
];

describe('parseFaultSpec', () => {
  it.each(goodSpecs)('accepts %s', (_name, input) => {
    expect(parseFaultSpec(input).kind).toBe(input.kind);
  });

  it.each(badSpecs)('refuses %s at the path %s', (_name, input, path, message) => {
    const error = thrownBy(FaultSpecError, () => parseFaultSpec(input));
    expect(error).toBeInstanceOf(FaultSpecError);
    const issue = error.issues.find((found) => dotted(found.path) === path);
    expect(issue?.message, `issues: ${JSON.stringify(error.issues)}`).toContain(message);
  });

  it('fills in the defaults: every request, before the request, half the body, no jitter, a NODATA answer', () => {
    expect(parseFaultSpec({ kind: 'reset_mid_body' })).toEqual({
      kind: 'reset_mid_body',
      target: {},
      timing: 'before',
      fraction: 0.5,
    });
    expect(parseFaultSpec({ kind: 'latency', ms: 10 })).toMatchObject({ jitter: 0 });
    expect(parseFaultSpec({ kind: 'dns_failure' })).toMatchObject({ answer: 'nodata' });
  });

  it('upper-cases the target method', () => {
    expect(parseFaultSpec({ kind: 'abort', target: { method: 'patch' } }).target.method).toBe('PATCH');
  });

  it('reports every problem at once, each with its path, in a message a person can read', () => {
    const error = thrownBy(FaultSpecError, () =>
      parseFaultSpec({ kind: 'http', status: 99, code: 'nope', target: { probability: -1 } }),
    );
    expect(error.issues.map((issue) => dotted(issue.path)).sort()).toEqual([
      'code',
      'status',
      'target.probability',
    ]);
    expect(error.message).toMatch(/^Invalid fault spec:\n/);
    expect(error.message).toContain('  target.probability: Too small');
    expect(error).toMatchObject({ code: 'validation_failed', retryable: false, source: 'spec' });
    expect(error.remedy).toContain('docs/faults.md');
  });
});
