import { getEntry } from '@icontact/errors';
import { expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { ConnectionError } from './connection-error.js';
import { IContactError } from './icontact-error.js';
import { LocalError } from './local-error.js';

it('takes the remedy and retry policy of its code from the catalogue', () => {
  const error = new LocalError({ code: 'credentials_have_spaces', detail: 'spaces' });
  expect(error.remedy).toEqual(getEntry('credentials_have_spaces').remedy);
  expect(error.retry).toEqual({ when: 'never' });
  expect(error.retryable).toBe(false);
  expect(error).toBeInstanceOf(IContactError);
  expect(error.name).toBe('LocalError');
});

it("turns the answer's retryAfter into an `after` policy", () => {
  const error = new ApiError({
    code: 'kompra_unavailable',
    status: 503,
    headers: new Headers({ 'retry-after': '420' }),
    body: { detail: 'KOMPRA недоступна', code: 'kompra_unavailable', retryAfter: 420 },
    data: { retryAfter: 420 },
  });
  expect(error.retry).toEqual({ when: 'after', seconds: 420 });
  expect(error.retryable).toBe(true);
  expect(error.status).toBe(503);
});

it('keeps the transport cause and says the code in its message', () => {
  const cause = new TypeError('fetch failed');
  const error = new ConnectionError({
    code: 'too_many_follow_ups',
    detail: 'Too many follow-up requests: 21',
    cause,
    evidence: 'follow-up count',
    neverSent: false,
  });
  expect(error.cause).toBe(cause);
  expect(error.message).toBe('Too many follow-up requests: 21 [too_many_follow_ups]');
});

it('builds a diagnostic report with the shift number, the app version and the request id', () => {
  const error = new ApiError({
    code: 'sync_failed',
    status: 500,
    headers: new Headers(),
    body: { detail: '101 ошибка', code: 'sync_failed' },
    detail: '101 ошибка',
    requestId: 'req-42',
    operation: 'syncContacts',
  });
  const report = error.toDiagnostic({
    shiftNumber: 'S-17',
    appVersion: '3.2.0',
    at: new Date('2026-11-24T07:00:00.000Z'),
  });
  expect(report).toContain('sync_failed');
  expect(report).toContain('S-17');
  expect(report).toContain('3.2.0');
  expect(report).toContain('req-42');
  expect(report).toContain('101 ошибка');
  expect(report).toContain(getEntry('sync_failed').remedy.ru);
});
