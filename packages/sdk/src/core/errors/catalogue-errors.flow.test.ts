import { catalogue, type ErrorEntry, getEntry } from '@icontact/errors';
import { expect, it } from 'vitest';
import { useSdkMock } from '../../test-support/sdk-mock.js';
import { ApiError } from './api-error.js';

const mock = useSdkMock();

/** Every catalogue error the API answers with an HTTP status: each can reach a client. */
const httpEntries = catalogue.filter(
  (entry): entry is ErrorEntry & { wire: { kind: 'http'; status: number; retryAfter?: number } } =>
    entry.wire.kind === 'http',
);

it.each(httpEntries.map((entry) => [entry.code, entry] as const))(
  'turns an injected %s answer into an ApiError with its code, status, remedy and request id',
  async (code, entry) => {
    const { client } = mock.client({ retry: { maxRetries: 0, maxRetryAfterSeconds: 0 } });
    await client.auth.login({ login: 'sv.nurlan', password: mock.password });
    mock.admin.addFault({
      kind: 'http',
      status: entry.wire.status,
      code,
      ...(entry.wire.retryAfter === undefined ? {} : { retryAfter: entry.wire.retryAfter }),
      ...(code === 'sync_failed' ? { appCode: 101 } : {}),
      target: { operation: 'getMe' },
    });
    const error = await client.auth.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code,
      status: entry.wire.status,
      remedy: getEntry(code).remedy,
      operation: undefined,
    });
    const apiError = error as ApiError;
    expect(apiError.requestId).toBeTruthy();
    expect(apiError.headers.get('x-request-id')).toBe(apiError.requestId);
    if (entry.wire.retryAfter !== undefined) expect(apiError.data.retryAfter).toBe(entry.wire.retryAfter);
    if (code === 'sync_failed') expect(apiError.data.appCode).toBe(101);
    expect(apiError.toDiagnostic({ shiftNumber: 1002, appVersion: '3.2.0' })).toContain(code);
  },
);
