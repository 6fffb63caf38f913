import { createServer, type Server } from 'node:http';
import { Agent, fetch } from 'undici';
import { afterEach, expect, it } from 'vitest';
import { createFrontListener, type FrontListener } from './front-listener.js';

let httpServer: Server;
let listener: FrontListener | undefined;
afterEach(async () => {
  await listener?.shut();
  for (const socket of listener?.connections ?? []) socket.destroy();
  listener = undefined;
});

function start(rejectConnection?: () => boolean): FrontListener {
  httpServer = createServer((request, response) => {
    const wait = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('wait') ?? 0);
    setTimeout(() => response.end('ok'), wait);
  });
  listener = createFrontListener({
    httpServer,
    host: '127.0.0.1',
    port: 0,
    ...(rejectConnection === undefined ? {} : { rejectConnection }),
  });
  return listener;
}

const urlOf = (front: FrontListener): string => `http://127.0.0.1:${front.port}/`;

it('hands accepted connections to the HTTP server', async () => {
  const front = start();
  await front.open();
  const response = await fetch(urlOf(front));
  expect(await response.text()).toBe('ok');
});

it('refuses connections while shut and answers again on the same port once reopened', async () => {
  const front = start();
  await front.open();
  const port = front.port;
  await front.shut();
  expect(front.isOpen).toBe(false);
  await expect(fetch(urlOf(front))).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  await front.open();
  expect(front.port).toBe(port);
  expect(await (await fetch(urlOf(front))).text()).toBe('ok');
});

it('resets a connection it is told to reject, before HTTP sees it', async () => {
  let reject = true;
  const front = start(() => reject);
  await front.open();
  await expect(fetch(urlOf(front))).rejects.toMatchObject({ message: 'fetch failed' });
  reject = false;
  expect(await (await fetch(urlOf(front))).text()).toBe('ok');
});

it('drains: closes an idle keep-alive connection at once and lets a request under way finish', async () => {
  const front = start();
  await front.open();
  const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
  await (await fetch(urlOf(front), { dispatcher })).text();
  expect(front.connections.size).toBe(1);
  const slow = fetch(`${urlOf(front)}?wait=200`, { dispatcher: new Agent() });
  await expect.poll(() => front.connections.size).toBe(2);
  const started = Date.now();
  await front.drain(5000);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(await (await slow).text()).toBe('ok');
  expect(front.connections.size).toBe(0);
});
