import { getEntry } from '@icontact/errors';
import { expect, it } from 'vitest';
import { ConnectionError } from '../core/errors/connection-error.js';
import { LocalError } from '../core/errors/local-error.js';
import { consumer, fillContact, lastSmsCode, startShift } from '../test-support/consultant-day.js';
import { useSdkMock } from '../test-support/sdk-mock.js';

const mock = useSdkMock();

it('registers a contact step by step, keeps it in the outbox, syncs it and closes the shift', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  expect(registration.step).toBe('opened');
  await fillContact(mock, registration, 1);
  expect(registration.step).toBe('details_recorded');
  const submitted = await registration.submit();
  expect(submitted.step).toBe('submitted');
  expect((await client.sync.pending(shift.id)).map((item) => item.idempotencyKey)).toEqual([
    registration.recordKey,
  ]);

  const report = await client.sync.push(shift.id);
  expect(report).toMatchObject({ accepted: 1, duplicate: 0, rejected: [], unsent: 0 });
  const closed = await client.shifts.close(shift.id);
  expect(closed.status).toBe('closed');
  expect(mock.admin.contacts({ shiftId: shift.id }).map((contact) => contact.step)).toEqual(['submitted']);
  expect(await client.sync.unsentCount()).toBe(0);
});

it('fails a step out of order locally, naming the current step and the allowed next actions', async () => {
  const { client, events } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const sent = events.length;
  const error = await registration.sendSmsCode().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LocalError);
  expect(error).toMatchObject({
    code: 'local_step_out_of_order',
    data: { currentStep: 'opened', allowedActions: ['record_consumer', 'refuse'] },
    remedy: getEntry('local_step_out_of_order').remedy,
  });
  expect((error as Error).message).toContain('refuse it and begin a new one');
  expect(events.length).toBe(sent);
});

it.each([
  ['a wrong check digit', { iin: '791028302729' }, 'iin_invalid'],
  ['a century digit of 0', { iin: '791028002728' }, 'iin_invalid'],
  ['a birth date that does not exist', { iin: '790231302728' }, 'iin_invalid'],
  ['11 digits', { iin: '79102830272' }, 'iin_invalid'],
  ['a landline number', { phone: '+77172123456' }, 'phone_invalid'],
  ['a number without the country code', { phone: '7011234567' }, 'phone_invalid'],
  ['no patronymic', { patronymic: '' }, 'consumer_incomplete'],
] as const)('refuses a consumer with %s locally, before any request', async (_name, change, code) => {
  const { client, events } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const sent = events.length;
  const error = await registration.recordConsumer({ ...consumer(1), ...change }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LocalError);
  expect(error).toMatchObject({ code });
  expect(events.length).toBe(sent);
  expect(registration.step).toBe('opened');
});

it('accepts a domestic 8… number and sends it as +7…', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const contact = await registration.recordConsumer({ ...consumer(2), phone: '8 (701) 100-00-02' });
  expect(contact.consumer?.phone).toBe('+77011000002');
});

it('refuses a contact ("Отказ") and records the refusal in the outbox', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await registration.recordConsumer(consumer(3));
  const refused = await registration.refuse('wrong ИИН typed');
  expect(refused.step).toBe('refused');
  expect((await client.sync.pending(shift.id))[0]?.contact).toMatchObject({
    step: 'refused',
    refusalReason: 'wrong ИИН typed',
  });
  const error = await registration.submit().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'local_step_out_of_order' });
});

it('reports KOMPRA down as kompra_unavailable with its Retry-After, and lets the check be repeated', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await registration.recordConsumer(consumer(4));
  const fault = mock.admin.addFault({ kind: 'kompra_down' });
  const error = await registration.checkIin().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'kompra_unavailable', status: 503, retryable: true });
  expect((error as { data: { retryAfter?: number } }).data.retryAfter).toBeGreaterThan(0);
  mock.admin.removeFault(fault);
  expect((await registration.checkIin()).step).toBe('iin_verified');
});

it('never repeats an SMS send when the gateway fails, so the quota is not burnt twice', async () => {
  const { client, events } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(5);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  mock.admin.addFault({ kind: 'sms_gateway_down' });
  const error = await registration.sendSmsCode().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'sms_gateway_unavailable', status: 503 });
  const sends = events.filter((event) => event.type === 'request:retry' && event.url.endsWith('/sms'));
  expect(sends).toEqual([]);
  expect(mock.admin.smsSent().find((count) => count.phone === entry.phone)?.count).toBe(1);
});

it('repeats an SMS send whose answer was lost with the same key: one SMS, one quota unit', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(6);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  // The send is applied, then its answer is cut mid-body: the transport retries with the same key.
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'sendSmsCode', times: 1 },
  });
  expect((await registration.sendSmsCode()).step).toBe('sms_sent');
  expect(mock.admin.smsInbox(entry.phone)).toHaveLength(1);
  expect(mock.admin.smsSent().find((count) => count.phone === entry.phone)?.count).toBe(1);
});

it('reuses the key of a send lost after every retry when the app calls sendSmsCode() again', async () => {
  const { client } = mock.client({ retry: { maxRetries: 0 } });
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(7);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'sendSmsCode', times: 1 },
  });
  const lost = await registration.sendSmsCode().catch((e: unknown) => e);
  expect(lost).toBeInstanceOf(ConnectionError);
  expect(lost).toMatchObject({ code: 'unexpected_end_of_stream' });
  expect((await registration.sendSmsCode()).step).toBe('sms_sent');
  expect(mock.admin.smsSent().find((count) => count.phone === entry.phone)?.count).toBe(1);
  // A deliberate resend after success is a new send that counts.
  await registration.sendSmsCode();
  expect(mock.admin.smsSent().find((count) => count.phone === entry.phone)?.count).toBe(2);
  await registration.verifySmsCode(lastSmsCode(mock, entry.phone));
  expect(registration.step).toBe('phone_verified');
});

it('reports a wrong SMS code with the tries left, without repeating it', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(8);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  await registration.sendSmsCode();
  const wrong = lastSmsCode(mock, entry.phone) === '000000' ? '111111' : '000000';
  const error = await registration.verifySmsCode(wrong).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'sms_code_invalid', status: 422, data: { triesLeft: 2 } });
});

it('refuses the 4th SMS to a number this month with sms_quota_exceeded and when it resets', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const entry = consumer(9);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await registration.recordConsumer(entry);
  await registration.checkIin();
  for (let send = 0; send < 3; send++) await registration.sendSmsCode();
  const error = await registration.sendSmsCode().catch((e: unknown) => e);
  expect(error).toMatchObject({
    code: 'sms_quota_exceeded',
    status: 429,
    retry: { when: 'next_month' },
    data: { remaining: 0 },
  });
  expect((error as { data: { resetsAt?: string } }).data.resetsAt).toBeTruthy();
  expect((await client.sms.quota(entry.phone)).remaining).toBe(0);
});

/** Failures that reach no operation: the press after them says nothing about an earlier lost attempt. */
const FAILURES_WITHOUT_AN_ANSWER = [
  ['a 502 from the gateway', { kind: 'http', status: 502, code: 'bad_gateway', target: { times: 1 } }],
  ['a failed DNS lookup', { kind: 'dns_failure', answer: 'nodata', target: { times: 1 } }],
] as const;

it.each(FAILURES_WITHOUT_AN_ANSWER)(
  'keeps the key of a step whose answer was lost when the next press fails with %s: the third press gets the applied answer, not contact_step_conflict',
  async (_name, failure) => {
    const { client } = mock.client({
      fetch: mock.isolatedFetch(),
      baseUrl: mock.apiUrlByName,
      retry: { maxRetries: 0 },
    });
    const { shift, activityTypeId } = await startShift(mock, client);
    const registration = await client.contacts.begin(shift.id, { activityTypeId });
    const entry = consumer(10);
    // Applied, then the answer is cut (the socket goes: the next press opens a new connection).
    mock.admin.addFault({
      kind: 'reset_mid_body',
      timing: 'after',
      target: { operation: 'recordConsumer', times: 1 },
    });
    const lost = await registration.recordConsumer(entry).catch((e: unknown) => e);
    expect(lost).toMatchObject({ maybeApplied: true });
    mock.admin.addFault(failure);
    const unanswered = await registration.recordConsumer(entry).catch((e: unknown) => e);
    expect(unanswered).toMatchObject({ maybeApplied: false });

    const contact = await registration.recordConsumer(entry);
    expect(contact.step).toBe('consumer_recorded');
    // The consumer is known to the registration, so the submitted record carries it.
    await registration.checkIin();
    await registration.sendSmsCode();
    await registration.verifySmsCode(lastSmsCode(mock, entry.phone));
    await registration.recordDetails({
      devices: [{ model: 'Tulpar X1', quantity: 1 }],
      compliment: { kind: 'чехол', quantity: 1 },
    });
    await registration.submit();
    expect((await client.sync.pending(shift.id))[0]?.contact.consumer).toMatchObject({ iin: entry.iin });
  },
);

it('keeps the key of a lost submit when the next press fails too: the third press is replayed, not contact_closed', async () => {
  const { client } = mock.client({ retry: { maxRetries: 0 } });
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await fillContact(mock, registration, 11);
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'submitContact', times: 1 },
  });
  mock.admin.addFault({
    kind: 'http',
    status: 502,
    code: 'bad_gateway',
    target: { operation: 'submitContact', times: 1 },
  });
  await expect(registration.submit()).rejects.toMatchObject({ maybeApplied: true });
  await expect(registration.submit()).rejects.toMatchObject({ status: 502, maybeApplied: false });
  expect((await registration.submit()).step).toBe('submitted');
});

it('still sends and verifies through the deprecated sendSms() and verifySms()', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  const entry = consumer(7);
  await registration.recordConsumer(entry);
  await registration.checkIin();
  expect((await registration.sendSms()).step).toBe('sms_sent');
  expect((await registration.verifySms(lastSmsCode(mock, entry.phone))).step).toBe('phone_verified');
});
