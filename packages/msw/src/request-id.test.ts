import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHandlers } from './create-handlers.js';
import { CLOCK_START, TABLET_HEADERS } from './test-support/consultant-day.js';

const mock = createHandlers({ clock: { start: CLOCK_START } });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

it.each([
  ['the client’s own id', { 'x-request-id': 'web-trace-9' }, 'web-trace-9'],
  ['a new id when the client’s is too long', { 'x-request-id': 'x'.repeat(200) }, undefined],
  ['a new id when the client sent none', {}, undefined],
])('answers an error with one request id in the header and the body: %s', async (_name, sent, expected) => {
  const response = await fetch(mock.url('/auth/me'), { headers: { ...TABLET_HEADERS, ...sent } });
  expect(response.status).toBe(401);
  const header = response.headers.get('x-request-id');
  if (expected !== undefined) expect(header).toBe(expected);
  else expect(header).toMatch(/^req_/);
  expect(((await response.json()) as { requestId: string }).requestId).toBe(header);
});
