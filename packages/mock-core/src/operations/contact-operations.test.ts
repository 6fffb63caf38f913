import { expect, it } from 'vitest';
import { atWork, CONSUMER, CONSUMER_PHONE, contactAt, DETAILS } from '../test-support/flows.js';
import { harness, START } from '../test-support/harness.js';

const MINUTE = 60_000;

it.each([
  ['record_consumer again', 'consumer_recorded', 'PUT', 'consumer', CONSUMER],
  ['send_sms before the ИИН check', 'consumer_recorded', 'POST', 'sms', undefined],
  ['record_details before the SMS', 'iin_verified', 'PUT', 'details', DETAILS],
  ['submit before the details', 'phone_verified', 'POST', 'submit', undefined],
])('refuses %s: steps go forward only (R14)', async (_name, step, method, action, body) => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, step as 'consumer_recorded');
  const answer = await h.call(method, `/contacts/${id}/${action}`, {
    token: work.token,
    ...(body ? { body } : {}),
  });
  expect(answer.status).toBe(409);
  expect(['contact_step_conflict', 'iin_not_verified']).toContain(answer.body.code);
  expect(answer.body.currentStep).toBe(step);
  expect(answer.body.allowedActions).toContain('refuse');
});

it('answers an SMS before the ИИН check with iin_not_verified', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  const answer = await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  expect(answer.body).toMatchObject({ code: 'iin_not_verified', allowedActions: ['check_iin', 'refuse'] });
});

it('refuses a contact from any open step, and then every action with contact_closed', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'sms_sent');
  const refused = await h.call('POST', `/contacts/${id}/refuse`, {
    token: work.token,
    body: { reason: 'Ошибка в ИИН' },
  });
  expect(refused.body).toMatchObject({ step: 'refused', refusalReason: 'Ошибка в ИИН', allowedActions: [] });
  const again = await h.call('POST', `/contacts/${id}/refuse`, {
    token: work.token,
    body: { reason: 'again' },
  });
  expect(again).toMatchObject({ status: 409, body: { code: 'contact_closed', currentStep: 'refused' } });
});

it.each([
  ['no patronymic', { ...CONSUMER, patronymic: undefined }, 422, 'consumer_incomplete', 'patronymic'],
  ['a blank first name', { ...CONSUMER, firstName: '   ' }, 422, 'consumer_incomplete', 'firstName'],
  ['digits in the surname', { ...CONSUMER, surname: 'Иван0в' }, 400, 'validation_failed', 'surname'],
  ['a wrong ИИН check digit', { ...CONSUMER, iin: '061211600013' }, 422, 'iin_invalid', 'iin'],
  ['an 11-digit ИИН', { ...CONSUMER, iin: '06121160001' }, 422, 'iin_invalid', 'iin'],
  ['a landline number', { ...CONSUMER, phone: '+77272123456' }, 422, 'phone_invalid', 'phone'],
])('refuses a consumer with %s', async (_name, consumer, status, code, field) => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'opened');
  const body = Object.fromEntries(Object.entries(consumer).filter(([, value]) => value !== undefined));
  const answer = await h.call('PUT', `/contacts/${id}/consumer`, { token: work.token, body });
  expect(answer).toMatchObject({ status, body: { code } });
  expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  expect((await h.call('GET', `/contacts/${id}`, { token: work.token })).body.step).toBe('opened');
});

it('normalises the consumer: names trimmed, the phone as +7XXXXXXXXXX', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded', { ...CONSUMER, surname: '  Нурланова ' });
  const contact = await h.call('GET', `/contacts/${id}`, { token: work.token });
  expect(contact.body.consumer).toMatchObject({
    surname: 'Нурланова',
    phone: CONSUMER_PHONE,
    iin: '061211600012',
  });
});

it('fails the ИИН check while KOMPRA is down (503, Retry-After 300) and passes once it is back', async () => {
  const h = harness({ kompra: { state: 'down' } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  const down = await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  expect(down).toMatchObject({ status: 503, body: { code: 'kompra_unavailable', retryAfter: 300 } });
  expect(down.headers['retry-after']).toBe('300');
  h.admin.setUpstreams({ kompra: { state: 'up' } });
  const passed = await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  expect(passed.body).toMatchObject({
    step: 'iin_verified',
    allowedActions: ['check_iin', 'send_sms', 'refuse'],
  });
});

it('answers kompra_timeout (504) when KOMPRA is slower than the timeout, and waits for a slow one under it', async () => {
  const h = harness({ kompra: { state: 'slow', delayMs: 200, timeoutMs: 30 } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  const timedOut = await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  expect(timedOut).toMatchObject({ status: 504, body: { code: 'kompra_timeout', retryAfter: 300 } });
  expect(timedOut.headers['retry-after']).toBe('300');
  h.admin.setUpstreams({ kompra: { delayMs: 10 } });
  expect((await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token })).body.step).toBe(
    'iin_verified',
  );
});

it('takes KOMPRA’s state from a kompra_down fault', async () => {
  const h = harness({ faults: [{ kind: 'kompra_down', target: { times: 1 } }] });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'consumer_recorded');
  expect((await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token })).body.code).toBe(
    'kompra_unavailable',
  );
  expect((await h.call('POST', `/contacts/${id}/iin-check`, { token: work.token })).status).toBe(200);
});

it.each([
  ['a wrong code', 'wrong', 422, 'sms_code_invalid', { triesLeft: 2 }],
  ['an expired code', 'right-late', 410, 'sms_code_expired', {}],
])('refuses %s', async (_name, kind, status, code, data) => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'sms_sent');
  const right = h.admin.smsInbox(CONSUMER_PHONE).at(-1)?.code as string;
  if (kind === 'right-late') h.backend.clock.advance(5 * MINUTE);
  const answer = await h.call('POST', `/contacts/${id}/sms/verify`, {
    token: kind === 'right-late' ? await h.login('mk.aigerim') : work.token,
    body: { code: kind === 'wrong' ? (right === '000000' ? '111111' : '000000') : right },
  });
  expect(answer).toMatchObject({ status, body: { code, ...data } });
});

it('allows 3 tries per code: the 4th is refused even with the right code, a resend issues a new one', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'sms_sent');
  const right = h.admin.smsInbox(CONSUMER_PHONE).at(-1)?.code as string;
  const wrong = right === '000000' ? '111111' : '000000';
  const tries = [];
  for (let i = 0; i < 3; i += 1) {
    tries.push(
      (await h.call('POST', `/contacts/${id}/sms/verify`, { token: work.token, body: { code: wrong } })).body
        .triesLeft,
    );
  }
  expect(tries).toEqual([2, 1, 0]);
  const fourth = await h.call('POST', `/contacts/${id}/sms/verify`, {
    token: work.token,
    body: { code: right },
  });
  expect(fourth.body.code).toBe('sms_code_attempts_exceeded');
  await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  const fresh = h.admin.smsInbox(CONSUMER_PHONE).at(-1)?.code as string;
  const verified = await h.call('POST', `/contacts/${id}/sms/verify`, {
    token: work.token,
    body: { code: fresh },
  });
  expect(verified.body.step, JSON.stringify(verified.body)).toBe('phone_verified');
});

it('allows 3 SMS per number per month, counting a send the gateway failed, and resets on the 1st (Almaty)', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'iin_verified');
  const send = () => h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  h.admin.setUpstreams({ smsGateway: { state: 'down' } });
  expect((await send()).body.code).toBe('sms_gateway_unavailable');
  h.admin.setUpstreams({ smsGateway: { state: 'up' } });
  expect((await send()).body.sms.sendsRemaining).toBe(1);
  expect((await send()).body.sms.sendsRemaining).toBe(0);
  const fourth = await send();
  expect(fourth).toMatchObject({
    status: 429,
    body: { code: 'sms_quota_exceeded', remaining: 0, resetsAt: '2026-11-30T19:00:00.000Z' },
  });
  // Retry-After: the seconds from now (2026-11-24T03:30Z, frozen) to resetsAt.
  expect(fourth.headers['retry-after']).toBe(
    String((Date.parse('2026-11-30T19:00:00Z') - Date.parse(START)) / 1000),
  );
  expect(fourth.body.retryAfter).toBe(574_200);
  expect(h.admin.smsSent()).toEqual([{ phone: CONSUMER_PHONE, month: '2026-11', count: 3 }]);
  const quota = await h.call('GET', '/sms/quota/%2B77011234567', { token: work.token });
  expect(quota.body).toMatchObject({ limit: 3, used: 3, remaining: 0 });

  h.backend.clock.set('2026-11-30T19:00:00Z'); // 00:00 on 1 December in Almaty
  const sv = await h.login('sv.nurlan');
  const december = await h.call('GET', '/sms/quota/87011234567', { token: sv });
  expect(december.body).toMatchObject({ used: 0, remaining: 3, resetsAt: '2026-12-31T19:00:00.000Z' });
});

it('counts a dropped SMS but delivers nothing to the inbox (guide #28)', async () => {
  const h = harness({ smsGateway: { state: 'not_delivered' } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'iin_verified');
  const sent = await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  expect(sent.body).toMatchObject({ step: 'sms_sent', sms: { sendsRemaining: 2 } });
  expect(h.admin.smsInbox(CONSUMER_PHONE)).toEqual([]);
});

it('waits for a slow SMS gateway, then delivers the code', async () => {
  const h = harness({ smsGateway: { state: 'slow', delayMs: 120 } });
  const work = await atWork(h);
  const id = await contactAt(h, work, 'iin_verified');
  const started = performance.now();
  const sent = await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  expect(sent.body).toMatchObject({ step: 'sms_sent', sms: { sendsRemaining: 2 } });
  expect(h.admin.smsInbox(CONSUMER_PHONE)).toHaveLength(1);
  expect(() => h.admin.setUpstreams({ smsGateway: { delayMs: -1 } })).toThrow(/smsGateway\.delayMs/);
});

it('refuses a bad phone in the quota path with phone_invalid', async () => {
  const h = harness();
  const token = await h.login('sv.nurlan');
  expect((await h.call('GET', '/sms/quota/12345', { token })).body.code).toBe('phone_invalid');
});

it('refuses contact work outside the shift once the window closed and the shift was never started', async () => {
  const h = harness();
  const pair = await h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: 'Passw0rd!' } });
  const shift = h.shiftOf('mk.aset');
  h.backend.clock.set('2026-11-24T11:31:00Z'); // after the planned end
  const token = (await h.call('POST', '/auth/token/refresh', { body: { refresh: pair.body.refresh } })).body
    .access;
  const answer = await h.call('POST', `/shifts/${shift.id}/contacts`, {
    token,
    body: { activityTypeId: shift.id },
  });
  expect(answer.body.code).toBe('outside_shift');
});

it.each([
  ['sms_gateway_down', 503],
  ['sms_not_delivered', 200],
])(
  'takes the SMS gateway’s state from a %s fault, counting the send, delivering nothing',
  async (kind, status) => {
    const h = harness({ faults: [{ kind: kind as 'sms_gateway_down', target: { times: 1 } }] });
    const work = await atWork(h);
    const id = await contactAt(h, work, 'iin_verified');
    const answer = await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
    expect(answer.status).toBe(status);
    expect(h.admin.smsSent()[0]?.count).toBe(1);
    expect(h.admin.smsInbox(CONSUMER_PHONE)).toEqual([]);
    expect(h.admin.faultCounters().byKind[kind as 'sms_gateway_down']).toBe(1);
  },
);
