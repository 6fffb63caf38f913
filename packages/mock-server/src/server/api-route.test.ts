import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

it.each([
  [
    'a text/plain body',
    { 'content-type': 'text/plain' },
    '{"login":"mk.aigerim","password":"x"}',
    415,
    'unsupported_media_type',
  ],
  [
    'a JSON body that is not JSON',
    { 'content-type': 'application/json' },
    '{"login":',
    400,
    'malformed_json',
  ],
  [
    'a body of 2 MiB',
    { 'content-type': 'application/json' },
    `"${'x'.repeat(2 * 1024 * 1024)}"`,
    413,
    'payload_too_large',
  ],
])(
  'hands %s to the core as it came, which refuses it with its own code',
  async (_name, headers, body, status, code) => {
    const { addresses } = await startMock();
    const response = await fetch(`${addresses.apiUrl}/auth/token`, {
      method: 'POST',
      headers: { ...TABLET_HEADERS, ...headers },
      body,
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code });
  },
);

it('lets the core answer unknown API paths (404 not_found) and wrong methods (405 method_not_allowed)', async () => {
  const { addresses } = await startMock();
  const unknown = await fetch(`${addresses.apiUrl}/no/such/path`, { headers: TABLET_HEADERS });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ code: 'not_found' });
  const wrong = await fetch(`${addresses.apiUrl}/app/version`, { method: 'DELETE', headers: TABLET_HEADERS });
  expect(wrong.status).toBe(405);
  expect(await wrong.json()).toMatchObject({ code: 'method_not_allowed' });
});

it('answers a path outside the API with the same error body and a hint where things are', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.url}/nowhere`);
  expect(response.status).toBe(404);
  expect(response.headers.get('x-request-id')).not.toBeNull();
  const body = (await response.json()) as { code: string; detail: string };
  expect(body.code).toBe('not_found');
  expect(body.detail).toContain('/api/v1');
});

it('serves the API reference at /docs and the bundled spec at /openapi.json', async () => {
  const { addresses } = await startMock();
  const docs = await fetch(addresses.docsUrl);
  expect(docs.status).toBe(200);
  expect(docs.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await docs.text()).toContain('iContact API');
  const spec = await fetch(`${addresses.url}/openapi.json`);
  expect(await spec.json()).toMatchObject({
    openapi: expect.stringMatching(/^3\.1\./),
    info: { title: 'iContact API' },
  });
  const root = await fetch(`${addresses.url}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/docs');
});
