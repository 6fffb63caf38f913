import { connect, type Socket } from 'node:net';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

/** A raw TCP connection to the mock's API port, and everything it receives until it closes. */
async function rawConnection(url: string): Promise<{ socket: Socket; received: Promise<string> }> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const received = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
  return { socket, received };
}

/** The status, the headers (lowercase names) and the JSON body of a raw HTTP/1.1 answer. */
function parseAnswer(raw: string): {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
} {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: JSON.parse(body) as Record<string, unknown>,
  };
}

it.each([
  ['an unknown method', 'FOO /api/v1/app/version HTTP/1.1\r\nHost: x\r\n\r\n', 501, 'method_not_allowed'],
  [
    'a header section over the limit',
    `GET /api/v1/app/version HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    431,
    'validation_failed',
  ],
  [
    'a bad chunk size',
    'POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n',
    400,
    'validation_failed',
  ],
  [
    'Content-Length and Transfer-Encoding together',
    'POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    400,
    'validation_failed',
  ],
])(
  'answers %s below the core with the catalogue body and a request id',
  async (_name, request, status, code) => {
    const { addresses } = await startMock();
    const { socket, received } = await rawConnection(addresses.url);
    socket.write(request);
    const answer = parseAnswer(await received);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, detail: expect.any(String) });
    expect(answer.headers['x-request-id']).toMatch(/^req_/);
    expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
  },
);

it('answers a URL with bad percent-encoding with validation_failed naming the path, and the request id', async () => {
  const { addresses } = await startMock();
  const response = await fetch(`${addresses.apiUrl}/contacts/%ZZ`, {
    headers: { ...WEB_HEADERS, 'x-request-id': 'qa-bad-url' },
  });
  expect(response.status).toBe(400);
  expect(response.headers.get('x-request-id')).toBe('qa-bad-url');
  expect(await response.json()).toMatchObject({
    code: 'validation_failed',
    requestId: 'qa-bad-url',
    errors: [{ field: 'path' }],
  });
});

it('times out a client that sends its headers a byte at a time: 408 request_timeout, connection closed', async () => {
  const { addresses } = await startMock({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
  const { socket, received } = await rawConnection(addresses.url);
  const started = performance.now();
  const line = 'GET /api/v1/app/version HTTP/1.1\r\nHost: x\r\n';
  let sent = 0;
  const drip = setInterval(() => {
    if (!socket.destroyed && sent < line.length) socket.write(line[sent++] ?? '');
  }, 50);
  try {
    const answer = parseAnswer(await received);
    expect(answer.status).toBe(408);
    expect(answer.body).toMatchObject({ code: 'request_timeout' });
    expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
    expect(performance.now() - started).toBeLessThan(2000);
  } finally {
    clearInterval(drip);
  }
});

it('times out a client that sends its body a byte at a time', async () => {
  const { addresses } = await startMock({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
  const { socket, received } = await rawConnection(addresses.url);
  socket.write(
    'POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
  );
  const drip = setInterval(() => {
    if (!socket.destroyed) socket.write('{');
  }, 50);
  try {
    const answer = parseAnswer(await received);
    expect(answer.status).toBe(408);
    expect(answer.body).toMatchObject({ code: 'request_timeout' });
  } finally {
    clearInterval(drip);
  }
});

it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
  const { addresses } = await startMock({ keepAliveTimeoutMs: 200 });
  const { socket, received } = await rawConnection(addresses.url);
  socket.write(
    'GET /api/v1/app/version HTTP/1.1\r\nHost: x\r\nX-Client-Kind: web\r\nX-App-Version: 3.2.0\r\n\r\n',
  );
  const started = performance.now();
  const raw = await received;
  expect(raw).toMatch(/^HTTP\/1\.1 200 /);
  expect(performance.now() - started).toBeLessThan(2000);
});

it('drops keep-alive connections opened before a refuse outage: no request is served during it', async () => {
  const { server, addresses } = await startMock();
  const { socket, received } = await rawConnection(addresses.url);
  const request =
    'GET /api/v1/app/version HTTP/1.1\r\nHost: x\r\nX-Client-Kind: web\r\nX-App-Version: 3.2.0\r\n\r\n';
  const first = new Promise((resolve) => socket.once('data', resolve));
  socket.write(request);
  await first;
  server.backend.admin.addFault({ id: 'down', kind: 'refuse' });
  await expect.poll(() => server.apiPortOpen).toBe(false);
  const served = server.backend.admin.metrics().total;
  if (!socket.destroyed) socket.write(request);
  const started = performance.now();
  const raw = await received;
  // Closed by the outage at once, not by the 5 s keep-alive timeout; the second request got no answer.
  expect(performance.now() - started).toBeLessThan(2000);
  expect(raw.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  expect(server.backend.admin.metrics().total).toBe(served);
});
