import { getEntry } from '@icontact/errors';
import { expect, it } from 'vitest';
import { IContactError } from '../core/errors/icontact-error.js';
import { RequestAbortedError } from '../core/errors/request-aborted-error.js';
import { RequestTimeoutError } from '../core/errors/request-timeout-error.js';
import { useSdkMock } from '../test-support/sdk-mock.js';

const mock = useSdkMock();

async function loggedIn(options: Parameters<typeof mock.client>[0] = {}) {
  const made = mock.client(options);
  await made.client.auth.login({ login: 'sv.nurlan', password: mock.password });
  return made;
}

const attempts = (events: { type: string }[]) =>
  events.filter((event) => event.type === 'request:start' || event.type === 'request:retry').length;

it('sends a call its own headers: an X-Mock-Fault header makes the mock answer that one call 502', async () => {
  const { client } = await loggedIn({ retry: { maxRetries: 0 } });
  const error = await client.auth
    .me({ headers: { 'X-Mock-Fault': 'kind=http; status=502; code=bad_gateway' } })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'bad_gateway', status: 502 });
  await expect(client.auth.me()).resolves.toMatchObject({ login: 'sv.nurlan' });
});

it('gives up after a call its own maxRetries, whatever the client default', async () => {
  const { client, events } = await loggedIn({ retry: { maxRetries: 3 } });
  events.length = 0;
  mock.admin.addFault({ kind: 'http', status: 502, code: 'bad_gateway', target: { operation: 'getMe' } });
  await expect(client.auth.me({ maxRetries: 1 })).rejects.toMatchObject({ code: 'bad_gateway' });
  expect(attempts(events)).toBe(2);
});

it('times a call out after its own timeout with a RequestTimeoutError that keeps the request id it sent', async () => {
  const { client } = await loggedIn({ timeouts: { requestMs: 5000 } });
  mock.admin.addFault({ kind: 'latency', ms: 2000, target: { operation: 'getMe' } });
  const started = Date.now();
  const error = await client.auth.me({ timeout: 100, maxRetries: 0 }).catch((e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(1500);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect(error).toMatchObject({ code: 'request_timeout', retryable: true, maybeApplied: true });
  expect((error as IContactError).requestId).toMatch(/^[0-9a-f-]{36}$/);
});

it('aborts a call with a RequestAbortedError that is never retryable, and does not repeat it', async () => {
  const { client, events } = await loggedIn();
  events.length = 0;
  mock.admin.addFault({ kind: 'latency', ms: 2000, target: { operation: 'getMe' } });
  const controller = new AbortController();
  const pending = client.auth.me({ signal: controller.signal }).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 50);
  const error = await pending;
  expect(error).toBeInstanceOf(RequestAbortedError);
  expect(error).toMatchObject({
    code: 'request_aborted',
    retryable: false,
    retry: { when: 'never' },
    data: { userAborted: true },
    remedy: getEntry('request_aborted').remedy,
  });
  expect((error as IContactError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(attempts(events)).toBe(1);
});

it('sends a call its own Idempotency-Key: a repeat with the same key is replayed, not applied twice', async () => {
  const { client } = await loggedIn();
  const [unbound] = await client.supervisor.consultants({ bound: false });
  if (unbound === undefined) throw new Error('the seed has an unbound consultant');
  const first = await client.supervisor.bind(unbound.id, { idempotencyKey: 'bind-once' });
  const again = await client.supervisor.bind(unbound.id, { idempotencyKey: 'bind-once' });
  expect(again).toEqual(first);
});

it('takes an Idempotency-Key on a registration step, and repeats the step under it', async () => {
  const { client } = mock.client();
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  const [shift] = await client.shifts.list();
  if (shift === undefined) throw new Error('mk.aset has a shift');
  await client.shifts.start(shift.id);
  const [activity] = shift.project.activityTypes;
  if (activity === undefined) throw new Error('the project has an activity');
  const contact = await client.contacts.begin(shift.id, { activityTypeId: activity.id });
  const entry = {
    surname: 'Сейтказиева',
    firstName: 'Айгерим',
    patronymic: 'Нурлановна',
    iin: '791028302728',
    phone: '+77011234567',
  };
  await contact.recordConsumer(entry, { idempotencyKey: 'consumer-of-contact-1' });
  const repeat = (key: string) =>
    client.raw.PUT('/contacts/{contactId}/consumer', {
      params: { path: { contactId: contact.contactId } },
      body: entry,
      headers: { 'Idempotency-Key': key },
    });
  // The step went out under the caller's key: the same key is replayed, another one meets the next step.
  expect((await repeat('consumer-of-contact-1')).response.status).toBe(200);
  expect((await repeat('another-key')).error).toMatchObject({ code: 'contact_step_conflict' });
});

it('derives a client withOptions: its defaults apply to every call, a call’s own options win', async () => {
  const { client, events } = await loggedIn({ retry: { maxRetries: 3 } });
  const patient = client.withOptions({
    maxRetries: 0,
    headers: { 'X-Mock-Fault': 'kind=http; status=502; code=bad_gateway' },
  });
  events.length = 0;
  await expect(patient.auth.me()).rejects.toMatchObject({ code: 'bad_gateway' });
  expect(attempts(events)).toBe(1);
  await expect(patient.auth.me({ headers: { 'X-Mock-Fault': 'kind=latency; ms=1' } })).resolves.toMatchObject(
    {
      login: 'sv.nurlan',
    },
  );
  // The derived client shares the session: no second login.
  await expect(client.auth.me()).resolves.toMatchObject({ login: 'sv.nurlan' });
});

it('sends a new X-Request-Id on every attempt and the mock answers with it', async () => {
  const { client, events } = await loggedIn({ retry: { maxRetries: 1 } });
  events.length = 0;
  const error = await client.auth
    .me({ headers: { 'X-Mock-Fault': 'kind=http; status=502; code=bad_gateway' } })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IContactError);
  expect((error as IContactError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(attempts(events)).toBe(2);
});
