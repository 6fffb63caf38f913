import { expect, it } from 'vitest';
import { atWork, CONSUMER_PHONE, contactAt } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

const HOUR = 3_600_000;

it('replays the stored answer of a repeated key with Idempotency-Replayed, applying nothing twice', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'iin_verified');
  const send = () =>
    h.call('POST', `/contacts/${id}/sms`, { token: work.token, headers: { 'Idempotency-Key': 'sms-1' } });
  const first = await send();
  const second = await send();
  expect(second.status).toBe(first.status);
  expect(second.body).toEqual(first.body);
  expect(second.headers['idempotency-replayed']).toBe('true');
  expect(first.headers['idempotency-replayed']).toBeUndefined();
  expect(h.admin.smsSent()).toEqual([{ phone: CONSUMER_PHONE, month: '2026-11', count: 1 }]);
});

it('refuses the same key with another body with idempotency_key_reused (422)', async () => {
  const h = harness();
  const work = await atWork(h);
  const headers = { 'Idempotency-Key': 'open-1' };
  const [first, second] = work.shift.project.activityTypes as { id: string }[];
  const open = (activityTypeId: string | undefined) =>
    h.call('POST', `/shifts/${work.shiftId}/contacts`, {
      token: work.token,
      headers,
      body: { activityTypeId },
    });
  expect((await open(first?.id)).status).toBe(201);
  const reused = await open(second?.id);
  expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
});

it('treats a body with its keys in another order and other whitespace as the same request', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'opened');
  const headers = { 'Idempotency-Key': 'refuse-1' };
  await h.call('POST', `/contacts/${id}/refuse`, {
    token: work.token,
    headers,
    body: '{"reason":"x"}',
    raw: true,
  });
  const replay = await h.call('POST', `/contacts/${id}/refuse`, {
    token: work.token,
    headers,
    body: '{ "reason" : "x" }',
    raw: true,
  });
  expect(replay.headers['idempotency-replayed']).toBe('true');
});

it('scopes keys per operation: the same key on another operation is a new request', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'opened');
  const headers = { 'Idempotency-Key': 'shared' };
  await h.call('POST', `/shifts/${work.shiftId}/contacts`, {
    token: work.token,
    headers,
    body: { activityTypeId: work.activityTypeId },
  });
  const refused = await h.call('POST', `/contacts/${id}/refuse`, {
    token: work.token,
    headers,
    body: { reason: 'x' },
  });
  expect(refused.body.step).toBe('refused');
});

it('lets exactly one of two concurrent requests with one key apply; the other gets 409 in progress', async () => {
  const h = harness({ kompra: { state: 'slow', delayMs: 40, timeoutMs: 1000 } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  const check = () =>
    h.call('POST', `/contacts/${id}/iin-check`, {
      token: work.token,
      headers: { 'Idempotency-Key': 'iin-1' },
    });
  const [a, b] = await Promise.all([check(), check()]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  expect([a, b].find((answer) => answer.status === 409)?.body.code).toBe('idempotency_request_in_progress');
  expect((await check()).headers['idempotency-replayed']).toBe('true');
});

it('forgets a key after 24 virtual hours', async () => {
  const h = harness();
  const sv = await h.login('sv.nurlan', { clientKind: 'web' });
  const headers = { 'Idempotency-Key': 'assign-1' };
  const body = {
    consultantId: h.userId('mk.aigerim'),
    date: '2026-11-26',
    plannedStart: '2026-11-26T03:00:00Z',
    plannedEnd: '2026-11-26T11:00:00Z',
    projectId: h.shiftOf('mk.aigerim').projectId,
  };
  const assign = (token: string) =>
    h.call('POST', '/supervisor/shifts', { token, clientKind: 'web', headers, body });
  const first = await assign(sv);
  h.backend.clock.advance(24 * HOUR - 1);
  const replay = await assign(await h.login('sv.nurlan', { clientKind: 'web' }));
  expect(replay.body.id).toBe(first.body.id);
  h.backend.clock.advance(1);
  const fresh = await assign(await h.login('sv.nurlan', { clientKind: 'web' }));
  expect(fresh.status).toBe(201);
  expect(fresh.body.id === first.body.id).toBe(false);
});

it('does not store a 5xx answer: a retry with the same key runs again (and an SMS counts again)', async () => {
  const h = harness({ smsGateway: { state: 'down' } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'iin_verified');
  const send = () =>
    h.call('POST', `/contacts/${id}/sms`, { token: work.token, headers: { 'Idempotency-Key': 'sms-2' } });
  expect((await send()).status).toBe(503);
  h.admin.setUpstreams({ smsGateway: { state: 'up' } });
  const retry = await send();
  expect(retry.status).toBe(200);
  expect(retry.headers['idempotency-replayed']).toBeUndefined();
  expect(h.admin.smsSent()[0]?.count).toBe(2);
});

it('stores a refusal by a rule and replays it', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'opened');
  const headers = { 'Idempotency-Key': 'consumer-1' };
  const body = { iin: '1', phone: '+77011234567', surname: 'А', firstName: 'Б', patronymic: 'В' };
  const first = await h.call('PUT', `/contacts/${id}/consumer`, { token: work.token, headers, body });
  const second = await h.call('PUT', `/contacts/${id}/consumer`, { token: work.token, headers, body });
  expect(first.body.code).toBe('iin_invalid');
  expect(second).toMatchObject({ status: 422, headers: { 'idempotency-replayed': 'true' } });
});
