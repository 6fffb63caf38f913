import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

it('streams each finished request as a server-sent event, with the fault that struck it', async () => {
  const { addresses } = await startMock();
  await fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS });
  const stream = await fetch(`${addresses.adminUrl}/requests/stream`);
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = stream.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) throw new Error('no body');
  await fetch(`${addresses.apiUrl}/auth/me`, {
    headers: { ...WEB_HEADERS, 'x-mock-fault': 'kind=http; status=502; code=bad_gateway' },
  });
  let text = '';
  while (!text.includes('"seq":2')) text += (await reader.read()).value ?? '';
  await reader.cancel();
  const events = text
    .split('\n\n')
    .filter((frame) => frame.includes('event: request'))
    .map((frame) => JSON.parse(frame.split('data: ')[1] ?? '{}'));
  expect(events.map((entry) => [entry.seq, entry.operationId, entry.status])).toEqual([
    [1, 'getAppVersion', 200],
    [2, 'getMe', 502],
  ]);
  expect(events[1]).toMatchObject({ code: 'bad_gateway', fault: { id: 'header', action: { kind: 'http' } } });
  const listed = (await (await fetch(`${addresses.adminUrl}/requests?after=1`)).json()) as {
    entries: { seq: number }[];
  };
  expect(listed.entries.map((entry) => entry.seq)).toEqual([2]);
});

it('ends open streams when the mock shuts down, so closing does not wait for them', async () => {
  const { server, addresses } = await startMock();
  const stream = await fetch(`${addresses.adminUrl}/requests/stream`);
  const started = Date.now();
  await server.close(5000);
  expect(Date.now() - started).toBeLessThan(2000);
  await expect(stream.text()).resolves.toContain('retry:');
});

it('serves the fault spec as JSON Schema, one variant per kind', async () => {
  const { addresses } = await startMock();
  const schema = (await (await fetch(`${addresses.adminUrl}/faults/schema`)).json()) as {
    oneOf: { properties: { kind: { const: string } } }[];
  };
  expect(schema.oneOf.map((variant) => variant.properties.kind.const)).toContain('http');
  expect(schema.oneOf).toHaveLength(11);
});

it('loads a scenario file: its faults replace the registered ones and its clock is set', async () => {
  const { addresses } = await startMock();
  await fetch(`${addresses.adminUrl}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'old', kind: 'abort' }),
  });
  const loaded = await fetch(`${addresses.adminUrl}/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'name: morning\nclock: { start: "2026-11-24T04:00:00Z", speed: 0 }\nfaults:\n  - { id: k, kind: kompra_down }\n',
  });
  expect(loaded.status).toBe(200);
  const faults = (await (await fetch(`${addresses.adminUrl}/faults`)).json()) as { id: string }[];
  expect(faults.map((fault) => fault.id)).toEqual(['k']);
  expect(await (await fetch(`${addresses.adminUrl}/clock`)).json()).toMatchObject({
    now: '2026-11-24T04:00:00.000Z',
  });
  expect(await (await fetch(`${addresses.adminUrl}/scenario`)).json()).toMatchObject({
    scenario: { name: 'morning' },
  });
});

it('refuses a bad scenario file naming the path and line of each problem', async () => {
  const { addresses } = await startMock();
  const refused = await fetch(`${addresses.adminUrl}/scenario`, {
    method: 'POST',
    body: 'faults:\n  - { kind: http, status: 502 }\n',
  });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({
    code: 'validation_failed',
    errors: [{ field: 'faults[0].code', message: expect.stringMatching(/^line 2: /) }],
  });
});

it('serves the console page without the admin token, and says how to build it when it is missing', async () => {
  const { addresses } = await startMock({ adminToken: 't' });
  const page = await fetch(addresses.consoleUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('/__admin/ui/console.js');
  expect((await fetch(`${addresses.adminUrl}/requests`)).status).toBe(401);
  expect((await fetch(`${addresses.adminUrl}/ui/secret.txt`)).status).toBe(404);
});
