import Fastify, { type FastifyInstance } from 'fastify';
import { fetch } from 'undici';
import { afterEach, expect, it } from 'vitest';
import { abortConnection, resetMidBody, writeResponse } from './wire-actions.js';
import { toWireResponse } from './wire-response.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const body = { detail: 'x'.repeat(2000), code: 'ok' };

async function serve(
  act: (res: import('node:http').ServerResponse) => void | Promise<void>,
): Promise<string> {
  app = Fastify();
  app.get('/', async (_request, reply) => {
    reply.hijack();
    await act(reply.raw);
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}

it('writes a whole response with its Content-Length and a JSON body', async () => {
  const url = await serve((res) =>
    writeResponse(res, toWireResponse({ status: 201, body, headers: { 'X-A': '1' } })),
  );
  const response = await fetch(url);
  expect(response.status).toBe(201);
  expect(response.headers.get('x-a')).toBe('1');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual(body);
});

it('cuts the body after the headers promised it whole, so reading it fails with "terminated"', async () => {
  const url = await serve((res) => resetMidBody(res, toWireResponse({ status: 200, body }), 0.5));
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(JSON.stringify(body)));
  const error = await response.text().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ message: 'terminated', cause: { code: 'UND_ERR_SOCKET' } });
});

it('cuts even a one-byte body right after the headers', async () => {
  const url = await serve((res) => resetMidBody(res, toWireResponse({ status: 200, body: 'x' }), 0.5));
  const response = await fetch(url);
  await expect(response.text()).rejects.toMatchObject({ message: 'terminated' });
});

it('loses a response without a body whole rather than cut it', async () => {
  const url = await serve((res) => resetMidBody(res, toWireResponse({ status: 204 }), 0.5));
  await expect(fetch(url)).rejects.toMatchObject({
    message: 'fetch failed',
    cause: { code: 'UND_ERR_SOCKET' },
  });
});

it('closes the connection before any byte, so the request fails with "other side closed"', async () => {
  const url = await serve((res) => abortConnection(res, false));
  await expect(fetch(url)).rejects.toMatchObject({
    message: 'fetch failed',
    cause: { code: 'UND_ERR_SOCKET', message: 'other side closed' },
  });
});

it('resets the connection before any byte, so the request fails with ECONNRESET', async () => {
  const url = await serve((res) => abortConnection(res, true));
  await expect(fetch(url)).rejects.toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
});
