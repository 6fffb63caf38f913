import { expect, it } from 'vitest';
import type { BackendLogger } from '../backend/logger.js';
import { atWork } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';
import { isAcceptableRequestId, requestIdFrom } from './request-id.js';

/** A logger that keeps every line's fields, to read the ids they carry. */
function recordingLogger(): BackendLogger & { readonly lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const keep = (fields: object): void => {
    lines.push(fields as Record<string, unknown>);
  };
  return { lines, debug: keep, info: keep, warn: keep, error: keep };
}

it.each([
  ['a UUID', '0b6c3f7e-8d0e-4f59-9a7a-2c1d3e4f5a6b', true],
  ['visible ASCII with punctuation', 'trace:abc/123+x=y@z!"#', true],
  ['128 characters', 'a'.repeat(128), true],
  ['129 characters', 'a'.repeat(129), false],
  ['a space inside', 'abc def', false],
  ['a control character', 'abc\u0001', false],
  ['non-ASCII', 'запрос-1', false],
  ['empty', '', false],
])('accepts a client request id that is %s: %s', (_name, value, accepted) => {
  expect(isAcceptableRequestId(value)).toBe(accepted);
  const chosen = requestIdFrom({ 'X-Request-Id': value });
  if (accepted) expect(chosen).toBe(value);
  else expect(chosen).toMatch(/^req_[A-Za-z0-9_-]{21}$/);
});

it('answers an error with the client’s own id in the header, the body and every log line', async () => {
  const logger = recordingLogger();
  const h = harness({ logger });
  const answer = await h.call('GET', '/auth/me', { headers: { 'X-Request-Id': 'client-id-42' } });
  expect(answer.status).toBe(401);
  expect(answer.headers['x-request-id']).toBe('client-id-42');
  expect(answer.body.requestId).toBe('client-id-42');
  const ids = logger.lines.filter((line) => 'requestId' in line).map((line) => line.requestId);
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids)).toEqual(new Set(['client-id-42']));
});

it('makes one new id for a request whose id is not sane, the same in the header, the body and the log', async () => {
  const logger = recordingLogger();
  const h = harness({ logger });
  const answer = await h.call('GET', '/auth/me', { headers: { 'X-Request-Id': 'x'.repeat(500) } });
  const id = answer.headers['x-request-id'];
  expect(id).toMatch(/^req_/);
  expect(answer.body.requestId).toBe(id);
  expect(logger.lines.at(-1)?.requestId).toBe(id);
});

it('answers a replayed request with the id of the repeat, not of the first request', async () => {
  const h = harness();
  const work = await atWork(h);
  const send = (requestId: string) =>
    h.call('POST', `/shifts/${work.shiftId}/start`, {
      token: work.token,
      headers: { 'Idempotency-Key': '5f0e2a8c-1b3d-4e6f-8a9b-0c1d2e3f4a5b', 'X-Request-Id': requestId },
    });
  // The shift is started already (atWork): the refusal is kept under its key and replayed.
  const first = await send('first-try');
  const again = await send('second-try');
  expect(first.body).toMatchObject({ code: 'shift_already_started', requestId: 'first-try' });
  expect(again.headers['idempotency-replayed']).toBe('true');
  expect(again.headers['x-request-id']).toBe('second-try');
  expect(again.body).toMatchObject({ code: 'shift_already_started', requestId: 'second-try' });
});
