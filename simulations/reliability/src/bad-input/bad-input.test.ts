import { randomUUID } from 'node:crypto';
import { Code } from '@icontact/errors';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fieldOf } from '../support/http-answer.js';
import { type RunningMock, startMock } from '../support/mock-harness.js';
import { BAD_INPUT_CASES, type BadInputContext, VALID_CONSUMER } from './bad-input-cases.js';

/**
 * The state a refusal must leave as it was: every collection of the admin snapshot but
 * `idempotencyKeys`, the replay cache where a domain refusal (422) is kept under its key so that a
 * retry with the same key gets the same answer. Malformed requests (400, 413, 415) are not kept at all.
 */
async function domainState(): Promise<Record<string, unknown>> {
  const { idempotencyKeys: _replayCache, ...collections } = (await mock.admin.snapshot()).collections;
  return collections;
}

let mock: RunningMock;
let token: string;
let context: BadInputContext;

beforeAll(async () => {
  mock = await startMock();
  token = await mock.login('mk.aset');
  const shifts = await mock.api({ method: 'GET', path: '/shifts', token });
  const shift = (fieldOf(shifts.body, 'items') as { id: string }[])[0];
  if (shift === undefined) throw new Error('mk.aset has no shift today');
  const started = await mock.api({ method: 'POST', path: `/shifts/${shift.id}/start`, token });
  const project = fieldOf(started.body, 'project') as { activityTypes: { id: string }[] };
  const activityTypeId = project.activityTypes[0]?.id ?? '';
  const opened = await mock.api({
    method: 'POST',
    path: `/shifts/${shift.id}/contacts`,
    token,
    json: { activityTypeId },
  });
  expect(opened.status).toBe(201);
  context = { shiftId: shift.id, contactId: String(fieldOf(opened.body, 'id')), activityTypeId };
});

afterAll(async () => {
  await mock?.close();
});

it.each(BAD_INPUT_CASES.map((badCase) => [badCase.name, badCase] as const))(
  'refuses %s with its 4xx and catalogue code, and changes nothing',
  async (_name, badCase) => {
    const before = await domainState();
    const answer = await mock.api({
      method: badCase.method,
      path: badCase.path(context),
      ...(badCase.authenticated === false ? {} : { token }),
      ...(badCase.json === undefined ? {} : { json: badCase.json(context) }),
      ...(badCase.rawBody === undefined ? {} : { rawBody: badCase.rawBody }),
      ...(badCase.contentType === undefined ? {} : { contentType: badCase.contentType }),
    });
    expect(
      { status: answer.status, code: fieldOf(answer.body, 'code') },
      JSON.stringify(answer.body),
    ).toEqual({
      status: badCase.status,
      code: badCase.code,
    });
    expect(String(fieldOf(answer.body, 'detail') ?? '').length).toBeGreaterThan(0);
    expect(await domainState()).toEqual(before);
  },
);

/** "Сергйович" with its й written as и + combining breve (U+0306): NFC composes it to one letter. */
const DECOMPOSED = 'Серги\u0306ович';

it('accepts what looks odd but is valid: Kazakh letters, a decomposed й, an 8-prefixed number — stored NFC and +7', async () => {
  const opened = await mock.api({
    method: 'POST',
    path: `/shifts/${context.shiftId}/contacts`,
    token,
    json: { activityTypeId: context.activityTypeId },
  });
  const contactId = String(fieldOf(opened.body, 'id'));
  const answer = await mock.api({
    method: 'PUT',
    path: `/contacts/${contactId}/consumer`,
    token,
    json: { ...VALID_CONSUMER, firstName: 'Нурлан-Әли', patronymic: DECOMPOSED, phone: '87011234567' },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const stored = (await mock.admin.call('GET', `/state/contacts?shiftId=${context.shiftId}`)).body as {
    id: string;
    consumer: { patronymic: string; phone: string } | null;
  }[];
  expect(stored.find((contact) => contact.id === contactId)?.consumer).toMatchObject({
    patronymic: 'Сергйович',
    phone: '+77011234567',
  });
});

it('refuses an idempotency key replayed with another body (422 idempotency_key_reused) and keeps the first answer’s effect only', async () => {
  const key = randomUUID();
  const first = await mock.api({
    method: 'POST',
    path: `/shifts/${context.shiftId}/contacts`,
    token,
    idempotencyKey: key,
    json: { activityTypeId: context.activityTypeId },
  });
  expect(first.status).toBe(201);
  const before = await domainState();
  const replayed = await mock.api({
    method: 'POST',
    path: `/shifts/${context.shiftId}/contacts`,
    token,
    idempotencyKey: key,
    json: { activityTypeId: randomUUID() },
  });
  expect({ status: replayed.status, code: fieldOf(replayed.body, 'code') }).toEqual({
    status: 422,
    code: Code.idempotency_key_reused,
  });
  expect(String(fieldOf(replayed.body, 'detail')).length).toBeGreaterThan(0);
  expect(await domainState()).toEqual(before);
  const same = await mock.api({
    method: 'POST',
    path: `/shifts/${context.shiftId}/contacts`,
    token,
    idempotencyKey: key,
    json: { activityTypeId: context.activityTypeId },
  });
  expect({
    status: same.status,
    id: fieldOf(same.body, 'id'),
    replayed: same.headers.get('idempotency-replayed'),
  }).toEqual({
    status: 201,
    id: fieldOf(first.body, 'id'),
    replayed: 'true',
  });
  expect(await domainState()).toEqual(before);
});
