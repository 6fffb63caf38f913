import { randomUUID } from 'node:crypto';
import { createResponseValidator } from '@icontact/mock-core/testing';
import { operationOfRequest } from '@icontact/openapi/routes';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

const validator = createResponseValidator();

/** A consumer with a valid ИИН and a Kazakh mobile number. */
const CONSUMER = {
  surname: 'Нурланова',
  firstName: 'Әсел',
  patronymic: 'Қайратқызы',
  iin: '061211600012',
  phone: '+77011234567',
};
const DETAILS = {
  devices: [{ model: 'Tulpar X1', quantity: 1 }],
  compliment: { kind: 'Термокружка', quantity: 1 },
};

interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads fields of JSON answers the contract validated
  readonly body: any;
}

/** Calls the API over HTTP as the tablet app does and checks the answer against the contract. */
function client(apiUrl: string) {
  let token: string | undefined;
  return {
    login(access: string): void {
      token = access;
    },
    async call(operationId: string, method: string, path: string, body?: unknown): Promise<Answer> {
      expect(operationOfRequest(method, path), `${method} ${path} in the contract`).toBe(operationId);
      const response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          ...TABLET_HEADERS,
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      const parsed: unknown = text === '' ? null : JSON.parse(text);
      const headers = Object.fromEntries(response.headers.entries());
      expect(
        validator.problems(operationId, { status: response.status, headers, body: parsed }),
        operationId,
      ).toEqual([]);
      return { status: response.status, body: parsed };
    },
  };
}

it('runs a consultant’s day over the wire: login, shift, contact, sync, final sync, close — every answer as the contract says', async () => {
  const { addresses } = await startMock();
  const api = client(addresses.apiUrl);
  const admin = (path: string) => fetch(`${addresses.adminUrl}${path}`).then((response) => response.json());

  const login = await api.call('obtainToken', 'POST', '/auth/token', {
    login: 'mk.aigerim',
    password: 'Passw0rd!',
  });
  expect(login.status).toBe(200);
  api.login(login.body.access);

  const shifts = await api.call('listShifts', 'GET', '/shifts');
  expect(shifts.status).toBe(200);
  const shiftId: string = (Array.isArray(shifts.body) ? shifts.body : shifts.body.items)[0].id;
  const started = await api.call('startShift', 'POST', `/shifts/${shiftId}/start`);
  expect(started.status).toBe(200);
  const activityTypeId: string = started.body.project.activityTypes[0].id;

  const opened = await api.call('openContact', 'POST', `/shifts/${shiftId}/contacts`, { activityTypeId });
  expect(opened.status).toBe(201);
  const contactId: string = opened.body.id;
  expect((await api.call('recordConsumer', 'PUT', `/contacts/${contactId}/consumer`, CONSUMER)).status).toBe(
    200,
  );
  expect((await api.call('checkIin', 'POST', `/contacts/${contactId}/iin-check`)).status).toBe(200);
  expect((await api.call('sendSmsCode', 'POST', `/contacts/${contactId}/sms`)).status).toBe(200);
  const inbox = (await admin(`/sms?phone=${encodeURIComponent(CONSUMER.phone)}`)) as { code: string }[];
  const code = inbox.at(-1)?.code;
  expect(code).toMatch(/^\d{6}$/);
  expect(
    (await api.call('verifySmsCode', 'POST', `/contacts/${contactId}/sms/verify`, { code })).status,
  ).toBe(200);
  expect((await api.call('recordDetails', 'PUT', `/contacts/${contactId}/details`, DETAILS)).status).toBe(
    200,
  );
  expect((await api.call('submitContact', 'POST', `/contacts/${contactId}/submit`)).status).toBe(200);

  const idempotencyKey = randomUUID();
  const item = {
    idempotencyKey,
    contactId,
    recordedAt: '2026-11-24T03:45:00.000Z',
    contact: { activityTypeId, step: 'submitted', consumer: CONSUMER, details: DETAILS },
  };
  const synced = await api.call('syncContacts', 'POST', `/shifts/${shiftId}/sync`, { items: [item] });
  expect(synced.status).toBe(200);
  expect(synced.body.results).toMatchObject([{ idempotencyKey, status: 'accepted' }]);
  const again = await api.call('syncContacts', 'POST', `/shifts/${shiftId}/sync`, { items: [item] });
  expect(again.body.results).toMatchObject([{ idempotencyKey, status: 'duplicate' }]);

  const final = await api.call('finalizeSync', 'POST', `/shifts/${shiftId}/sync/final`, {
    manifest: [idempotencyKey],
  });
  expect(final.status).toBe(200);
  const closed = await api.call('closeShift', 'POST', `/shifts/${shiftId}/close`);
  expect(closed.status).toBe(200);
  expect(closed.body).toMatchObject({ status: 'closed' });

  expect(await admin('/state/duplicates')).toEqual({ duplicatesRefused: 1 });
  expect(await admin(`/state/contacts?shiftId=${shiftId}`)).toHaveLength(1);
});
