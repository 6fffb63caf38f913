import { Writable } from 'node:stream';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

/** A log destination that keeps every JSON line the mock writes. */
function logLines(): { stream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

it.each([
  ['the client’s own id', { 'x-request-id': 'okhttp-7f3a' }, 'okhttp-7f3a'],
  ['a new id when the client’s is not sane', { 'x-request-id': 'has space' }, undefined],
  ['a new id when the client sent none', {}, undefined],
])(
  'answers an error with one id in the header, the body and every log line: %s',
  async (_name, sent, expected) => {
    const { stream, lines } = logLines();
    const { addresses } = await startMock({ logLevel: 'info', logStream: stream });
    const response = await fetch(`${addresses.apiUrl}/auth/me`, { headers: { ...WEB_HEADERS, ...sent } });
    expect(response.status).toBe(401);
    const header = response.headers.get('x-request-id');
    const body = (await response.json()) as { requestId: string };
    if (expected !== undefined) expect(header).toBe(expected);
    else expect(header).toMatch(/^req_/);
    expect(body.requestId).toBe(header);
    const ids = lines.filter((line) => line.requestId !== undefined).map((line) => line.requestId);
    // Fastify's "incoming request" and "request completed" and the core's own line.
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids)).toEqual(new Set([header]));
  },
);
