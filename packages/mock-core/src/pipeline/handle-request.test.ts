import { expect, it } from 'vitest';
import { harness } from '../test-support/harness.js';

it.each([
  ['a path outside the base path', 'GET', '/../../health'],
  ['an unknown path', 'GET', '/nothing/here'],
])('answers %s with 404 not_found', async (_name, method, path) => {
  const h = harness();
  const answer = await h.raw(method, path);
  expect(answer).toMatchObject({ kind: 'response', status: 404, body: { code: 'not_found' } });
});

it('answers a known path with another method with 405 and Allow', async () => {
  const h = harness();
  const answer = await h.raw('DELETE', '/auth/token');
  expect(answer).toMatchObject({
    status: 405,
    headers: { allow: 'POST' },
    body: { code: 'method_not_allowed' },
  });
});

it('sends X-Request-Id on every answer, equal to the error body’s requestId', async () => {
  const h = harness();
  const answer = await h.call('GET', '/auth/me');
  expect(answer.headers['x-request-id']).toMatch(/^req_/);
  expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
});

it.each([
  ['malformed JSON', '{"login": ', { 'Content-Type': 'application/json' }, 400, 'malformed_json'],
  [
    'a form body',
    'login=a&password=b',
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    415,
    'unsupported_media_type',
  ],
  ['no content type', '{"login":"a","password":"b"}', { 'Content-Type': '' }, 415, 'unsupported_media_type'],
])('refuses %s', async (_name, body, headers, status, code) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', { body, raw: true, headers });
  expect(answer).toMatchObject({ status, body: { code } });
});

it('refuses a body over the limit with 413 payload_too_large', async () => {
  const h = harness({ limits: { bodyBytes: 64 } });
  const answer = await h.call('POST', '/auth/token', { body: { login: 'x'.repeat(100), password: 'y' } });
  expect(answer).toMatchObject({ status: 413, body: { code: 'payload_too_large' } });
});

it.each([
  [
    'no body',
    undefined,
    [
      { field: 'login', code: 'required' },
      { field: 'password', code: 'required' },
    ],
  ],
  ['a number for the login', { login: 5, password: 'x' }, [{ field: 'login', code: 'type' }]],
  [
    'an extra field',
    { login: 'a', password: 'x', remember: true },
    [{ field: 'remember', code: 'additional_property' }],
  ],
  ['an empty password', { login: 'a', password: '' }, [{ field: 'password', code: 'min_length' }]],
])('refuses a login with %s, naming each field', async (_name, body, errors) => {
  const h = harness();
  const answer = await h.call('POST', '/auth/token', body === undefined ? {} : { body });
  expect(answer.status).toBe(400);
  expect(answer.body.code).toBe('validation_failed');
  expect(answer.body.errors).toEqual(errors.map((error) => expect.objectContaining(error)));
});

it('refuses a malformed path parameter and a malformed Idempotency-Key as validation_failed', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  const badId = await h.call('GET', '/shifts/not-a-uuid', { token });
  expect(badId.body.errors[0]).toMatchObject({ field: 'path.shiftId', code: 'format' });
  const badKey = await h.call('POST', `/shifts/${h.shiftOf('mk.aigerim').id}/start`, {
    token,
    headers: { 'Idempotency-Key': 'has space' },
  });
  expect(badKey.body.errors[0]).toMatchObject({ field: 'header.Idempotency-Key', code: 'pattern' });
});

it('converts query parameters to their types (bound=false)', async () => {
  const h = harness();
  const token = await h.login('sv.nurlan');
  const answer = await h.call('GET', '/supervisor/consultants?bound=false', { token });
  expect(
    answer.body.items.every(
      (consultant: { supervisorId: string | null }) => consultant.supervisorId === null,
    ),
  ).toBe(true);
  const bad = await h.call('GET', '/supervisor/consultants?bound=maybe', { token });
  expect(bad.body.errors[0]).toMatchObject({ field: 'query.bound', code: 'type' });
});

it('counts requests by operation and status', async () => {
  const h = harness();
  await h.call('GET', '/app/version');
  await h.call('GET', '/auth/me');
  await h.raw('GET', '/nowhere');
  expect(h.admin.metrics().byOperation).toEqual({
    getAppVersion: { '200': 1 },
    getMe: { '401': 1 },
    unknown: { '404': 1 },
  });
});

it('logs each request with its id through the given pino-style logger', async () => {
  const lines: object[] = [];
  const logger = {
    debug: () => {},
    info: (fields: object) => lines.push(fields),
    warn: () => {},
    error: () => {},
  };
  const h = harness({ logger });
  const answer = await h.call('GET', '/app/version');
  expect(lines).toContainEqual(
    expect.objectContaining({ requestId: answer.headers['x-request-id'], status: 200 }),
  );
});

it('refuses a consultant’s valid token from a browser with access_closed (R1)', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  const answer = await h.call('GET', '/auth/me', { token, clientKind: 'web' });
  expect(answer).toMatchObject({ status: 403, body: { code: 'access_closed' } });
});
