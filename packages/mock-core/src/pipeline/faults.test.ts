import type { ErrorCode } from '@icontact/errors';
import type { FaultSpecInput } from '@icontact/faults';
import { expect, it } from 'vitest';
import { atWork, contactAt } from '../test-support/flows.js';
import { expectConforms, harness } from '../test-support/harness.js';

it.each<[number, ErrorCode, number | undefined, string | undefined]>([
  [400, 'validation_failed', undefined, undefined],
  [403, 'access_closed', undefined, undefined],
  [410, 'account_deleted', undefined, undefined],
  [426, 'app_version_outdated', undefined, undefined],
  [429, 'rate_limited', 30, '30'],
  [429, 'rate_limited', undefined, '60'],
  [500, 'internal_server_error', undefined, undefined],
  [502, 'bad_gateway', undefined, undefined],
  [503, 'service_unavailable', 120, '120'],
  [503, 'service_unavailable', undefined, '60'],
  [503, 'bad_gateway', undefined, '60'],
])(
  'answers an http fault %i %s (retryAfter %s) with the catalogue’s body and Retry-After %s',
  async (status, code, retryAfter, header) => {
    const h = harness({
      faults: [
        {
          kind: 'http',
          status,
          code,
          ...(retryAfter === undefined ? {} : { retryAfter }),
          target: { operation: 'getMe' },
        },
      ],
    });
    const token = await h.login('mk.aigerim');
    const answer = await h.call('GET', '/auth/me', { token });
    expect(answer).toMatchObject({ status, body: { code } });
    expect(answer.headers['retry-after']).toBe(header);
    expect(answer.body.retryAfter).toBe(header === undefined ? undefined : Number(header));
    expect(h.admin.faultCounters().byKind.http).toBe(1);
  },
);

it.each([
  [30, 'Request was throttled. Expected available in 30 seconds.'],
  [1, 'Request was throttled. Expected available in 1 second.'],
  [0, 'Request was throttled. Expected available in 0 seconds.'],
])('words a throttled 429 with Retry-After %i as DRF does, with the same N', async (retryAfter, detail) => {
  const h = harness({ faults: [{ kind: 'http', status: 429, code: 'rate_limited', retryAfter }] });
  const answer = await h.call('GET', '/app/version');
  expect(answer.headers['retry-after']).toBe(String(retryAfter));
  expect(answer.body.detail).toBe(detail);
});

it('answers the sync "101" as 500 sync_failed with appCode 101, applying nothing', async () => {
  const h = harness({
    faults: [
      { kind: 'http', status: 500, code: 'sync_failed', appCode: 101, target: { operation: 'syncContacts' } },
    ],
  });
  const work = await atWork(h);
  const answer = await h.call('POST', `/shifts/${work.shiftId}/sync`, {
    token: work.token,
    body: { items: [] },
  });
  expect(answer).toMatchObject({ status: 500, body: { code: 'sync_failed', appCode: 101 } });
  expect(answer.body.detail).toBe('101 ошибка');
});

it('answers the ИИН check with the real backend’s 500 when a fault says so', async () => {
  const h = harness({
    faults: [
      { kind: 'http', status: 500, code: 'iin_malformed_server_error', target: { operation: 'checkIin' } },
    ],
  });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  const answer = await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  expect(answer).toMatchObject({ status: 500, body: { code: 'iin_malformed_server_error' } });
});

it.each([
  ['redirect', 'GET', 302, undefined],
  ['redirect', 'HEAD', 302, undefined],
  ['redirect', 'POST', 307, undefined],
  ['redirect', 'PUT', 307, undefined],
  ['401', 'GET', 401, 'token_not_valid'],
  ['407', 'GET', 407, 'authentication_required'],
  ['429', 'GET', 429, 'rate_limited'],
])(
  'hands back a follow-up loop (%s) of a %s with the loop’s answer %i',
  async (mode, method, status, code) => {
    const h = harness({
      faults: [{ kind: 'follow_up_loop', mode, target: { path: '/app/version' } } as FaultSpecInput],
    });
    const result = await h.raw(method, '/app/version');
    expect(result.kind).toBe('wire_fault');
    if (result.kind !== 'wire_fault' || !result.response)
      throw new Error('expected a wire fault with its answer');
    const { response } = result;
    expect(result.fault.action).toEqual({ kind: 'follow_up_loop', mode });
    expect(response.status).toBe(status);
    if (code !== undefined) expect((response.body as { code: string }).code).toBe(code);
    if (mode === 'redirect') expect(response.headers.location).toBe('/api/v1/app/version');
    if (mode === '401') expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
    if (mode === '407') expect(response.headers['proxy-authenticate']).toMatch(/^Basic realm=/);
    if (mode === '429') expect(response.headers['retry-after']).toBe('0');
  },
);

it('keeps the method through a redirect loop of a POST targeted by operation id, so it loops for ever', async () => {
  const h = harness({
    faults: [{ kind: 'follow_up_loop', mode: 'redirect', target: { operation: 'startShift' } }],
  });
  const token = await h.login('mk.aigerim');
  const shift = h.shiftOf('mk.aigerim');
  let url = `/shifts/${shift.id}/start`;
  for (let hop = 0; hop < 21; hop++) {
    const result = await h.raw('POST', url, { token });
    if (result.kind !== 'wire_fault' || !result.response) throw new Error(`hop ${hop}: the loop ended`);
    expect(result.response.status).toBe(307);
    url = (result.response.headers.location ?? '').replace(/^\/api\/v1/, '');
  }
  expect(h.shiftOf('mk.aigerim').status).toBe('planned');
});

it.each([
  ['abort', { kind: 'abort' }, false],
  ['reset_mid_body', { kind: 'reset_mid_body', fraction: 0.3 }, true],
])(
  'hands back a %s before the request as a wire fault and applies nothing',
  async (_name, fault, hasResponse) => {
    const h = harness({ faults: [{ ...fault, target: { operation: 'startShift' } } as FaultSpecInput] });
    const token = await h.login('mk.aigerim');
    const shift = h.shiftOf('mk.aigerim');
    const result = await h.raw('POST', `/shifts/${shift.id}/start`, { token });
    expect(result.kind).toBe('wire_fault');
    expect(result.kind === 'wire_fault' && result.response !== undefined).toBe(hasResponse);
    expect(h.shiftOf('mk.aigerim').status).toBe('planned');
  },
);

it.each([
  ['abort', { kind: 'abort' }],
  ['reset_mid_body', { kind: 'reset_mid_body' }],
  ['latency', { kind: 'latency', ms: 250 }],
])(
  'with timing after, applies and commits the request, then hands back %s with the real answer',
  async (_name, fault) => {
    const h = harness({
      faults: [{ ...fault, timing: 'after', target: { operation: 'startShift' } } as FaultSpecInput],
    });
    const token = await h.login('mk.aigerim');
    const shift = h.shiftOf('mk.aigerim');
    const result = await h.raw('POST', `/shifts/${shift.id}/start`, { token });
    expect(result.kind).toBe('wire_fault');
    if (result.kind !== 'wire_fault' || !result.response) throw new Error('expected the real answer');
    expect(result.response.status).toBe(200);
    expectConforms('POST', `/shifts/${shift.id}/start`, result.response);
    expect(h.shiftOf('mk.aigerim').status).toBe('in_progress');
  },
);

it('with timing after, an http fault loses the real answer: state changed, the fault returned', async () => {
  const h = harness({
    faults: [
      {
        kind: 'http',
        status: 502,
        code: 'bad_gateway',
        timing: 'after',
        target: { operation: 'startShift', times: 1 },
      },
    ],
  });
  const token = await h.login('mk.aigerim');
  const shift = h.shiftOf('mk.aigerim');
  const headers = { 'Idempotency-Key': 'start-1' };
  const lost = await h.call('POST', `/shifts/${shift.id}/start`, { token, headers });
  expect(lost).toMatchObject({ status: 502, body: { code: 'bad_gateway' } });
  expect(h.shiftOf('mk.aigerim').status).toBe('in_progress');
  const retry = await h.call('POST', `/shifts/${shift.id}/start`, { token, headers });
  expect(retry).toMatchObject({ status: 200, headers: { 'idempotency-replayed': 'true' } });
});

it('hands back an after latency with the answer to send after the delay', async () => {
  const h = harness({
    faults: [{ kind: 'latency', ms: 1500, timing: 'after', target: { operation: 'getAppVersion' } }],
  });
  const result = await h.raw('GET', '/app/version');
  expect(result).toMatchObject({
    kind: 'wire_fault',
    fault: { action: { kind: 'latency', delayMs: 1500 } },
    response: { status: 200 },
  });
});

it('applies a write under a before latency only once the delay has passed', async () => {
  const h = harness({ faults: [{ kind: 'latency', ms: 300, target: { operation: 'startShift' } }] });
  const token = await h.login('mk.aigerim');
  const shift = h.shiftOf('mk.aigerim');
  const started = Date.now();
  const pending = h.raw('POST', `/shifts/${shift.id}/start`, { token });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(h.shiftOf('mk.aigerim').status).toBe('planned');
  const result = await pending;
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  expect(result).toMatchObject({ kind: 'response', status: 200 });
  expect(h.shiftOf('mk.aigerim').status).toBe('in_progress');
  expect(h.admin.faultCounters().byKind.latency).toBe(1);
});

it('applies nothing when the client leaves during a before latency', async () => {
  const h = harness({ faults: [{ kind: 'latency', ms: 5000, target: { operation: 'startShift' } }] });
  const token = await h.login('mk.aigerim');
  const shift = h.shiftOf('mk.aigerim');
  const gone = new AbortController();
  const pending = h.raw('POST', `/shifts/${shift.id}/start`, { token, signal: gone.signal });
  setTimeout(() => gone.abort(), 50);
  await pending;
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(h.shiftOf('mk.aigerim').status).toBe('planned');
});

it('takes a one-off fault from the X-Mock-Fault header, for that request only', async () => {
  const h = harness();
  const headers = { 'X-Mock-Fault': 'kind=http; status=503; code=service_unavailable; retryAfter=60' };
  const struck = await h.call('GET', '/app/version', { headers });
  expect(struck).toMatchObject({ status: 503, body: { code: 'service_unavailable', retryAfter: 60 } });
  expect((await h.call('GET', '/app/version')).status).toBe(200);
  expect(h.admin.faultLog()[0]).toMatchObject({ source: 'header', kind: 'http' });
});

it('refuses a malformed X-Mock-Fault header with validation_failed naming its key', async () => {
  const h = harness();
  const answer = await h.call('GET', '/app/version', {
    headers: { 'X-Mock-Fault': 'kind=http; status=700; code=bad_gateway' },
  });
  expect(answer.status).toBe(400);
  expect(answer.body.errors[0].field).toBe('header.X-Mock-Fault.status');
});

it('targets a fault at a user by the login of the token, or of the login body', async () => {
  const h = harness({
    faults: [{ kind: 'http', status: 503, code: 'service_unavailable', target: { user: 'mk.aset' } }],
  });
  expect((await h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: 'x' } })).status).toBe(
    503,
  );
  const token = await h.login('mk.aigerim');
  expect((await h.call('GET', '/auth/me', { token })).status).toBe(200);
});

it('adds, lists and removes faults through the admin surface', async () => {
  const h = harness();
  const id = h.admin.addFault({
    kind: 'http',
    status: 502,
    code: 'bad_gateway',
    target: { operation: 'getAppVersion' },
  });
  expect(h.admin.faults().map((fault) => fault.id)).toEqual([id]);
  expect((await h.call('GET', '/app/version')).status).toBe(502);
  expect(h.admin.removeFault(id)).toBe(true);
  expect((await h.call('GET', '/app/version')).status).toBe(200);
  expect(h.admin.metrics().byOperation.getAppVersion).toEqual({ '200': 1, '502': 1 });
});

it('strikes a fault only inside its window of virtual time', async () => {
  const h = harness({
    faults: [
      {
        kind: 'http',
        status: 502,
        code: 'bad_gateway',
        target: { window: { from: '2026-11-24T04:00:00Z' } },
      },
    ],
  });
  expect((await h.call('GET', '/app/version')).status).toBe(200);
  h.backend.clock.set('2026-11-24T04:00:00Z');
  expect((await h.call('GET', '/app/version')).status).toBe(502);
});
