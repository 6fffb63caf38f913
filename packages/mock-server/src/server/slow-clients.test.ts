import { connect, type Socket } from 'node:net';
import { Agent, fetch } from 'undici';
import { expect, it } from 'vitest';
import { killCliAfterEach, spawnCli } from '../test-support/spawn-cli.js';
import { WEB_HEADERS } from '../test-support/start-mock.js';

killCliAfterEach();

/** Slow connections per kind: half drip their headers, half their body (issue 13 saw 3,000 kept open). */
const PER_KIND = 1_500;
const HEADERS_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 3_000;
/** How late past its timeout a connection may be closed: Node checks expired requests every 250 ms here, and the machine is shared. */
const GRACE_MS = 4_000;
/** A byte every this many milliseconds on every slow connection. */
const DRIP_EVERY_MS = 100;

const HEADERS =
  'GET /api/v1/app/version HTTP/1.1\r\nHost: x\r\nX-Client-Kind: web\r\nX-App-Version: 3.2.0\r\n\r\n';
const BODY_HEAD =
  'POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n';

/** One slow client: what it has sent, and when and how its connection ended. */
interface SlowClient {
  readonly socket: Socket;
  /** The next byte of `text` to send; the whole of `text` is never sent within the timeouts. */
  sent: number;
  readonly text: string;
  opened: number;
  closedAfterMs?: number;
  received: string;
}

function openSlowClient(port: number, text: string, sentAtOnce: number): Promise<SlowClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const client: SlowClient = { socket, sent: sentAtOnce, text, opened: 0, received: '' };
    socket.setNoDelay(true);
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined);
      client.opened = performance.now();
      if (sentAtOnce > 0) socket.write(text.slice(0, sentAtOnce));
      resolve(client);
    });
    socket.on('data', (chunk: Buffer) => {
      client.received += chunk.toString('latin1');
    });
    socket.once('close', () => {
      client.closedAfterMs = performance.now() - client.opened;
    });
  });
}

it('closes 3,000 connections that send headers or a body a byte at a time within its timeouts, serving a normal client meanwhile', async () => {
  const cli = spawnCli([
    '--port',
    '0',
    '--admin-port',
    '0',
    '--log-level',
    'silent',
    '--headers-timeout',
    String(HEADERS_TIMEOUT_MS),
    '--request-timeout',
    String(REQUEST_TIMEOUT_MS),
  ]);
  const { apiUrl } = await cli.ready();
  const port = Number(new URL(apiUrl).port);

  const headerClients: SlowClient[] = [];
  const bodyClients: SlowClient[] = [];
  const everyone: SlowClient[] = [];
  const stillOpen = (): number => everyone.filter((client) => client.closedAfterMs === undefined).length;
  const drip = setInterval(() => {
    for (const client of everyone) {
      if (client.closedAfterMs !== undefined || client.socket.destroyed) continue;
      client.socket.write(client.text[client.sent++] ?? '');
    }
  }, DRIP_EVERY_MS);

  // A normal client on its own keep-alive connection, asking all along: how many slow connections were
  // open at each of its answers.
  const dispatcher = new Agent({ connections: 1 });
  const normal: { status: number; slowOpen: number }[] = [];
  let attackOver = false;
  const normalClient = (async () => {
    while (!attackOver) {
      const response = await fetch(`${apiUrl}/app/version`, { headers: WEB_HEADERS, dispatcher });
      await response.arrayBuffer();
      normal.push({ status: response.status, slowOpen: stillOpen() });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    // Opened in batches so that the listen backlog never drops a connection attempt.
    const body = `${BODY_HEAD}${'a'.repeat(100_000)}`;
    for (let batch = 0; batch < PER_KIND; batch += 100) {
      const size = Math.min(100, PER_KIND - batch);
      const opened = await Promise.all([
        ...Array.from({ length: size }, () => openSlowClient(port, HEADERS, 0)),
        ...Array.from({ length: size }, () => openSlowClient(port, body, BODY_HEAD.length)),
      ]);
      headerClients.push(...opened.slice(0, size));
      bodyClients.push(...opened.slice(size));
      everyone.push(...opened);
    }
    await expect.poll(stillOpen, { timeout: REQUEST_TIMEOUT_MS + GRACE_MS, interval: 100 }).toBe(0);
  } finally {
    attackOver = true;
    clearInterval(drip);
    await normalClient;
    await dispatcher.close();
    for (const client of everyone) client.socket.destroy();
  }

  const range = (clients: SlowClient[]): string => {
    const times = clients.map((client) => Math.round(client.closedAfterMs ?? Number.NaN));
    return `${Math.min(...times)}–${Math.max(...times)} ms`;
  };
  process.stdout.write(
    `slow clients: headers closed after ${range(headerClients)}, bodies after ${range(bodyClients)}; normal client served ${normal.length} times, with up to ${Math.max(...normal.map((answer) => answer.slowOpen))} slow connections open\n`,
  );
  // Every slow connection was closed by the mock, within its timeout (and not before it), with a 408.
  const late = (clients: SlowClient[], timeoutMs: number): SlowClient[] =>
    clients.filter((client) => (client.closedAfterMs ?? Infinity) > timeoutMs + GRACE_MS);
  expect(late(headerClients, HEADERS_TIMEOUT_MS)).toHaveLength(0);
  expect(late(bodyClients, REQUEST_TIMEOUT_MS)).toHaveLength(0);
  expect(Math.min(...headerClients.map((client) => client.closedAfterMs ?? 0))).toBeGreaterThanOrEqual(
    HEADERS_TIMEOUT_MS - 50,
  );
  expect(Math.min(...bodyClients.map((client) => client.closedAfterMs ?? 0))).toBeGreaterThanOrEqual(
    REQUEST_TIMEOUT_MS - 50,
  );
  const answered408 = everyone.filter((client) => /^HTTP\/1\.1 408 /.test(client.received)).length;
  expect(answered408).toBe(everyone.length);
  // None of them got a whole request through: no other answer than the 408.
  expect(everyone.filter((client) => client.received.includes('HTTP/1.1 200'))).toHaveLength(0);

  // The normal client was served, every time, while thousands of slow connections were open.
  expect(normal.length).toBeGreaterThan(0);
  expect(normal.filter((answer) => answer.status !== 200)).toEqual([]);
  expect(normal.filter((answer) => answer.slowOpen > 2_700).length).toBeGreaterThan(0);
});
