import { createServer, type Server } from 'node:http';
import { fetch } from 'undici';
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
  httpServer = createServer((_request, response) => response.end('ok'));
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
