import { afterEach, expect, it } from 'vitest';
import { ConnectionError } from '../../core/errors/connection-error.js';
import { IContactError } from '../../core/errors/icontact-error.js';
import { RequestAbortedError } from '../../core/errors/request-aborted-error.js';
import { RequestTimeoutError } from '../../core/errors/request-timeout-error.js';
import type { RequestEvent } from '../../core/events.js';
import { type RetryOptions, resolveRetryOptions, resolveTimeoutOptions } from '../../core/retry-options.js';
import {
  closedPort,
  type LoopbackServer,
  sendJson,
  startHttpServer,
  startRawServer,
} from '../../test-support/loopback-server.js';
import type { Authenticator } from './authenticator.js';
import { setRequestMeta } from './request-meta.js';
import { createResilientFetch, errorOfAnswer } from './resilient-fetch.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function track(server: Promise<LoopbackServer>): Promise<LoopbackServer> {
  const started = await server;
  servers.push(started);
  return started;
}

function resilientFetch(
  options: { retry?: RetryOptions; requestMs?: number; authenticator?: Authenticator } = {},
): { fetch: ReturnType<typeof createResilientFetch>; events: RequestEvent[] } {
  const events: RequestEvent[] = [];
  const fetch = createResilientFetch({
    fetch: globalThis.fetch,
    retry: resolveRetryOptions({ initialDelayMs: 2, maxDelayMs: 10, ...options.retry }),
    timeouts: resolveTimeoutOptions({ requestMs: options.requestMs ?? 5000 }),
    ...(options.authenticator ? { authenticator: options.authenticator } : {}),
    onEvent: (event) => events.push(event),
  });
  return { fetch, events };
}

async function failure(promise: Promise<unknown>): Promise<IContactError> {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(IContactError);
  return thrown as IContactError;
}

const retries = (events: RequestEvent[]) => events.filter((event) => event.type === 'request:retry');

it('fails a host under .invalid with host_unresolved after retrying it, since it was never sent', async () => {
  const { fetch, events } = resilientFetch({ retry: { maxRetries: 1 } });
  const error = await failure(fetch('http://icontact.invalid/api/shifts', { method: 'POST' }));
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error.code).toBe('host_unresolved');
  expect((error as ConnectionError).neverSent).toBe(true);
  expect(error.cause).toBeInstanceOf(TypeError);
  expect(retries(events)).toHaveLength(1);
});

it('fails a closed port with connection_failed', async () => {
  const port = await closedPort();
  const { fetch } = resilientFetch({ retry: { maxRetries: 0 } });
  const error = await failure(fetch(`http://127.0.0.1:${port}/api/app/version`));
  expect(error.code).toBe('connection_failed');
  expect(error.detail).toContain('ECONNREFUSED');
});

it('fails a response cut mid-body with unexpected_end_of_stream and repeats a GET up to maxRetries', async () => {
  const server = await track(
    startRawServer(
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"shi',
      'end',
    ),
  );
  const { fetch, events } = resilientFetch({ retry: { maxRetries: 2 } });
  const error = await failure(fetch(`${server.url}/api/shifts`));
  expect(error.code).toBe('unexpected_end_of_stream');
  expect(server.requests).toHaveLength(3);
  expect(retries(events).map((event) => event.attempt)).toEqual([2, 3]);
  expect(events.at(-1)).toMatchObject({ type: 'request:fail', attempts: 3 });
});

it('fails a socket closed before the headers with unexpected_end_of_stream', async () => {
  const server = await track(startRawServer('', 'end'));
  const { fetch } = resilientFetch({ retry: { maxRetries: 0 } });
  expect((await failure(fetch(`${server.url}/api/shifts`))).code).toBe('unexpected_end_of_stream');
});

it('never repeats a POST without an Idempotency-Key after an ambiguous failure', async () => {
  const server = await track(startRawServer('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{', 'end'));
  const { fetch } = resilientFetch({ retry: { maxRetries: 3 } });
  const error = await failure(fetch(`${server.url}/api/contacts/c1/sms`, { method: 'POST', body: '{}' }));
  expect(error.code).toBe('unexpected_end_of_stream');
  expect(server.requests).toHaveLength(1);
});

it('repeats a POST that carries an Idempotency-Key, with the same key and body', async () => {
  const server = await track(
    startHttpServer((request, response, index) => {
      if (index === 0) {
        response.writeHead(200, { 'content-length': '40' });
        response.write('{"sent"');
        response.destroy();
        return;
      }
      sendJson(response, 200, { sent: true, echo: request.body });
    }),
  );
  const { fetch } = resilientFetch();
  const response = await fetch(`${server.url}/api/contacts/c1/sms`, {
    method: 'POST',
    headers: { 'idempotency-key': 'k-1', 'content-type': 'application/json' },
    body: '{"phone":"+77011234567"}',
  });
  expect(await response.json()).toEqual({ sent: true, echo: '{"phone":"+77011234567"}' });
  expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual(['k-1', 'k-1']);
});

it('fails a redirect loop with too_many_follow_ups after 20 follow-ups, as OkHttp words it', async () => {
  const server = await track(
    startHttpServer((_request, response) => {
      response.writeHead(302, { location: '/api/loop' });
      response.end();
    }),
  );
  const { fetch } = resilientFetch();
  const error = await failure(fetch(`${server.url}/api/loop`));
  expect(error.code).toBe('too_many_follow_ups');
  expect(error.detail).toBe('Too many follow-up requests: 21');
  expect(server.requests).toHaveLength(21);
});

it('follows a redirect chain by hand, turning a POST into a GET on 303', async () => {
  const server = await track(
    startHttpServer((request, response) => {
      if (request.url === '/a') {
        response.writeHead(303, { location: '/b' });
        response.end();
      } else sendJson(response, 200, { method: request.method, body: request.body });
    }),
  );
  const { fetch, events } = resilientFetch();
  const response = await fetch(`${server.url}/a`, { method: 'POST', body: 'x' });
  expect(await response.json()).toEqual({ method: 'GET', body: '' });
  expect(response.url).toBe(`${server.url}/b`);
  expect(retries(events)).toMatchObject([{ reason: 'redirect', delayMs: 0 }]);
});

it('fails with request_timeout when no answer comes within the per-attempt timeout', async () => {
  const server = await track(startHttpServer(() => undefined));
  const { fetch } = resilientFetch({ requestMs: 100, retry: { maxRetries: 1 } });
  const error = await failure(fetch(`${server.url}/api/shifts`));
  expect(error.code).toBe('request_timeout');
  expect(server.requests).toHaveLength(2);
});

it('waits out a 429 with a short Retry-After and then succeeds', async () => {
  const server = await track(
    startHttpServer((_request, response, index) => {
      if (index === 0) sendJson(response, 429, { detail: 'Request was throttled.' }, { 'retry-after': '0' });
      else sendJson(response, 200, { ok: true });
    }),
  );
  const { fetch, events } = resilientFetch();
  const response = await fetch(`${server.url}/api/shifts`);
  expect(response.status).toBe(200);
  expect(retries(events)).toMatchObject([{ reason: 'throttled', attempt: 2 }]);
  expect(events.at(-1)).toMatchObject({ type: 'request:end', status: 200, attempts: 2 });
});

it('returns a 429 whose Retry-After exceeds the cap at once, with retryAfter in its error', async () => {
  const server = await track(
    startHttpServer((_request, response) =>
      sendJson(
        response,
        429,
        { detail: 'Request was throttled. Expected available in 3600 seconds.' },
        { 'retry-after': '3600' },
      ),
    ),
  );
  const { fetch } = resilientFetch();
  const response = await fetch(`${server.url}/api/shifts`);
  expect(response.status).toBe(429);
  expect(server.requests).toHaveLength(1);
  expect(errorOfAnswer(response)).toMatchObject({ code: 'rate_limited', data: { retryAfter: 3600 } });
});

it('reads a Retry-After given as an HTTP date: a 503 an hour off comes back with retryAfter 3600, unrepeated', async () => {
  const inAnHour = new Date(Date.now() + 3600_000).toUTCString();
  const server = await track(
    startHttpServer((_request, response) =>
      sendJson(response, 503, { detail: 'down for maintenance' }, { 'retry-after': inAnHour }),
    ),
  );
  const { fetch } = resilientFetch();
  const response = await fetch(`${server.url}/api/shifts`);
  expect(response.status).toBe(503);
  expect(server.requests).toHaveLength(1);
  const retryAfter = errorOfAnswer(response)?.data.retryAfter;
  expect(retryAfter).toBeGreaterThanOrEqual(3598);
  expect(retryAfter).toBeLessThanOrEqual(3600);
});

it('waits out a 429 whose Retry-After is an HTTP date one second off, then repeats it', async () => {
  const server = await track(
    startHttpServer((_request, response, index) => {
      if (index === 0) {
        sendJson(
          response,
          429,
          { detail: 'slow down' },
          { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
        );
      } else sendJson(response, 200, { ok: true });
    }),
  );
  const { fetch, events } = resilientFetch();
  const response = await fetch(`${server.url}/api/shifts`);
  expect(response.status).toBe(200);
  const [retry] = retries(events);
  expect(retry).toMatchObject({ reason: 'throttled' });
  expect(retry?.type === 'request:retry' ? retry.delayMs : 0).toBeGreaterThan(0);
  expect(retry?.type === 'request:retry' ? retry.delayMs : 0).toBeLessThanOrEqual(2000);
});

it('fails an endless 429 loop with too_many_follow_ups', async () => {
  const server = await track(
    startHttpServer((_request, response) =>
      sendJson(response, 429, { detail: 'slow down' }, { 'retry-after': '0' }),
    ),
  );
  const { fetch } = resilientFetch();
  const error = await failure(fetch(`${server.url}/api/shifts`));
  expect(error.code).toBe('too_many_follow_ups');
  expect(server.requests).toHaveLength(21);
});

it('repeats a 502 with backoff and returns the later success', async () => {
  const server = await track(
    startHttpServer((_request, response, index) => {
      if (index < 2) sendJson(response, 502, { detail: 'Bad Gateway' });
      else sendJson(response, 200, { ok: true });
    }),
  );
  const { fetch, events } = resilientFetch();
  expect((await fetch(`${server.url}/api/shifts`)).status).toBe(200);
  const retried = retries(events);
  expect(retried).toHaveLength(2);
  for (const event of retried)
    expect(event).toMatchObject({ reason: 'retry', error: { code: 'bad_gateway' } });
});

it('does not repeat an answer that needs the app to act, even when the catalogue calls it retryable', async () => {
  const server = await track(
    startHttpServer((_request, response) =>
      sendJson(response, 422, { detail: 'Неверный код', code: 'sms_code_invalid', triesLeft: 2 }),
    ),
  );
  const { fetch } = resilientFetch();
  const response = await fetch(`${server.url}/api/contacts/c/sms/verify`, {
    method: 'POST',
    headers: { 'idempotency-key': 'k' },
    body: '{}',
  });
  expect(response.status).toBe(422);
  expect(server.requests).toHaveLength(1);
  expect(errorOfAnswer(response)).toMatchObject({ code: 'sms_code_invalid', data: { triesLeft: 2 } });
});

it('reports an aborted call as a RequestAbortedError, never retryable, with the request id it sent, and does not repeat it', async () => {
  const server = await track(startHttpServer(() => undefined));
  const { fetch } = resilientFetch();
  const controller = new AbortController();
  const pending = failure(fetch(`${server.url}/api/shifts`, { signal: controller.signal }));
  setTimeout(() => controller.abort(), 50);
  const error = await pending;
  expect(error).toBeInstanceOf(RequestAbortedError);
  expect(error.code).toBe('request_aborted');
  expect(error.data.userAborted).toBe(true);
  expect(error.retryable).toBe(false);
  expect(server.requests).toHaveLength(1);
  expect(error.requestId).toBe(server.requests[0]?.headers['x-request-id']);
});

it('times out each attempt, sends each a new X-Request-Id, and keeps the last one in the RequestTimeoutError', async () => {
  const server = await track(startHttpServer(() => undefined));
  const { fetch } = resilientFetch({ requestMs: 50, retry: { maxRetries: 1 } });
  const error = await failure(fetch(`${server.url}/api/shifts`));
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect(error).toMatchObject({ code: 'request_timeout', retryable: true });
  const sent = server.requests.map((request) => request.headers['x-request-id']);
  expect(sent).toHaveLength(2);
  expect(new Set(sent).size).toBe(2);
  expect(error.requestId).toBe(sent[1]);
});

it('re-authenticates once on a 401 token_not_valid and repeats with the new token', async () => {
  const server = await track(
    startHttpServer((request, response) => {
      if (request.headers.authorization === 'Bearer fresh') sendJson(response, 200, { ok: true });
      else sendJson(response, 401, { detail: 'Token is expired', code: 'token_not_valid' });
    }),
  );
  let token = 'stale';
  let refreshes = 0;
  const authenticator: Authenticator = {
    authorization: async () => `Bearer ${token}`,
    reauthenticate: async () => {
      refreshes += 1;
      token = 'fresh';
      return true;
    },
  };
  const { fetch } = resilientFetch({ authenticator });
  const request = new Request(`${server.url}/api/shifts`);
  setRequestMeta(request, { route: 'GET /shifts', operation: 'listShifts', authenticate: true });
  expect((await fetch(request)).status).toBe(200);
  expect(refreshes).toBe(1);
  expect(server.requests.map((received) => received.headers.authorization)).toEqual([
    'Bearer stale',
    'Bearer fresh',
  ]);
});

it.each([
  [
    "SimpleJWT's bare login failure",
    401,
    { detail: 'No active account found with the given credentials' },
    'obtainToken' as const,
    'no_active_account',
  ],
  [
    'a bare 500 at the ИИН check',
    500,
    '<h1>Server Error (500)</h1>',
    'checkIin' as const,
    'iin_malformed_server_error',
  ],
  [
    'a bare 503 at an SMS send',
    503,
    'Service Unavailable',
    'sendSmsCode' as const,
    'sms_gateway_unavailable',
  ],
])('recognises %s of a real backend, a body without code', async (_name, status, body, operation, code) => {
  const server = await track(
    startHttpServer((_request, response) =>
      typeof body === 'string'
        ? response.writeHead(status, { 'content-type': 'text/html' }).end(body)
        : sendJson(response, status, body, { 'www-authenticate': 'Bearer realm="api"' }),
    ),
  );
  const { fetch } = resilientFetch({ retry: { maxRetries: 0, maxRetryAfterSeconds: 0 } });
  const request = new Request(`${server.url}/api/v1/x`, { method: 'POST', body: '{}' });
  setRequestMeta(request, { route: 'POST /x', operation, authenticate: false });
  const response = await fetch(request);
  expect(errorOfAnswer(response)).toMatchObject({ code, status, operation });
});

it('marks an error answer as maybe applied when an earlier attempt of the call was lost after it was sent', async () => {
  const server = await track(
    startHttpServer((_request, response, index) => {
      if (index === 0) {
        response.writeHead(200, { 'content-length': '40' });
        response.write('{"closed"');
        response.destroy();
        return;
      }
      sendJson(response, 400, { detail: 'bad', code: 'validation_failed' });
    }),
  );
  const { fetch } = resilientFetch();
  const request = new Request(`${server.url}/api/v1/shifts/s/close`, {
    method: 'POST',
    headers: { 'idempotency-key': 'k-2' },
  });
  const response = await fetch(request);
  expect(errorOfAnswer(response)).toMatchObject({ code: 'validation_failed', maybeApplied: true });
});

it('does not mark a plain error answer as maybe applied', async () => {
  const server = await track(
    startHttpServer((_request, response) => sendJson(response, 400, { code: 'validation_failed' })),
  );
  const { fetch } = resilientFetch();
  expect(errorOfAnswer(await fetch(`${server.url}/x`))).toMatchObject({ maybeApplied: false });
});
