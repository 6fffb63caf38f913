import { expect, it } from 'vitest';
import { harness, START } from '../test-support/harness.js';
import type { RequestFinishedEvent } from './request-finished.js';

function recording() {
  const events: RequestFinishedEvent[] = [];
  const h = harness({ onRequestFinished: (event) => events.push(event) });
  return { h, events };
}

it('tells of each finished request: virtual time, operation, user, status and no fault', async () => {
  const { h, events } = recording();
  const token = await h.login('mk.aigerim');
  await h.call('GET', '/auth/me', { token });
  expect(events).toHaveLength(2);
  expect(events[0]).toMatchObject({
    method: 'POST',
    path: '/api/v1/auth/token',
    operationId: 'obtainToken',
    user: 'mk.aigerim',
    status: 200,
    virtualTime: START,
  });
  expect(events[1]).toMatchObject({ operationId: 'getMe', user: 'mk.aigerim', status: 200 });
  expect(events[1]?.code).toBeUndefined();
  expect(events[1]?.fault).toBeUndefined();
  expect(events[1]?.response?.body).toMatchObject({ login: 'mk.aigerim' });
});

it('names the fault that struck and the catalogue code of the answer it gave', async () => {
  const { h, events } = recording();
  h.admin.addFault({
    id: 'gw',
    kind: 'http',
    status: 502,
    code: 'bad_gateway',
    target: { operation: 'getMe' },
  });
  const token = await h.login('mk.aigerim');
  await h.call('GET', '/auth/me', { token });
  expect(events[1]).toMatchObject({
    operationId: 'getMe',
    status: 502,
    code: 'bad_gateway',
    fault: { id: 'gw', source: 'registered', timing: 'before', action: { kind: 'http', status: 502 } },
  });
});

it('gives an abort status 0 and a refusal its code', async () => {
  const { h, events } = recording();
  await h.raw('GET', '/auth/me', { headers: { 'x-mock-fault': 'kind=abort' } });
  await h.raw('GET', '/auth/me');
  expect(events[0]).toMatchObject({ status: 0, fault: { id: 'header', action: { kind: 'abort' } } });
  expect(events[1]).toMatchObject({ status: 401, code: 'authentication_required' });
  expect(events[1]?.user).toBeUndefined();
});

it('keeps serving when a listener throws', async () => {
  const h = harness({
    onRequestFinished: () => {
      throw new Error('listener broke');
    },
  });
  expect((await h.call('GET', '/app/version')).status).toBe(200);
});
