import { expect, it } from 'vitest';
import { ConnectionError } from './core/errors/connection-error.js';
import { IContactError } from './core/errors/icontact-error.js';
import { useSdkMock } from './test-support/sdk-mock.js';

const mock = useSdkMock();

it('answers through client.raw as openapi-fetch does: an error answer is the plain body, not an IContactError', async () => {
  const { client } = mock.client();
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  const { data, error, response } = await client.raw.GET('/shifts/{shiftId}/timesheet', {
    params: { path: { shiftId: '3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64' } },
  });
  expect(data).toBeUndefined();
  expect(response.status).toBe(404);
  expect(error).not.toBeInstanceOf(IContactError);
  expect(error).toMatchObject({ code: 'shift_not_found', detail: expect.any(String) });
});

it('throws a ConnectionError through client.raw when no answer comes, after the same retries', async () => {
  const { client, events } = mock.client({ retry: { maxRetries: 1 } });
  const failure = await client.raw
    .GET('/app/version', { headers: { 'X-Mock-Fault': 'kind=abort' } })
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ConnectionError);
  expect(failure).toMatchObject({ code: 'connection_aborted', retryable: true });
  expect(events.filter((event) => event.type === 'request:retry')).toHaveLength(1);
});
