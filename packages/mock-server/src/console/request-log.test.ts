import type { RequestFinishedEvent } from '@icontact/mock-core';
import { expect, it } from 'vitest';
import { BODY_LIMIT, createRequestLog, type RequestLogEntry } from './request-log.js';

const event = (path: string, body = ''): RequestFinishedEvent => ({
  requestId: `req-${path}`,
  realTime: '2026-11-24T10:00:00.000Z',
  virtualTime: '2026-11-24T03:30:00.000Z',
  method: 'GET',
  path,
  operationId: 'getMe',
  status: 200,
  durationMs: 1,
  request: { method: 'GET', url: path, headers: { Accept: ['a', 'b'] }, bodyText: body },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: { ok: true } },
});

it('keeps only the latest entries past its capacity, numbered from 1, oldest first', () => {
  const log = createRequestLog(3);
  for (const path of ['/a', '/b', '/c', '/d', '/e']) log.add(event(path));
  expect(log.entries().map((entry) => [entry.seq, entry.path])).toEqual([
    [3, '/c'],
    [4, '/d'],
    [5, '/e'],
  ]);
  expect(log.entries(4).map((entry) => entry.seq)).toEqual([5]);
  expect(log.entries(5)).toEqual([]);
});

it('tells subscribers of each new entry until they leave', () => {
  const log = createRequestLog();
  const seen: RequestLogEntry[] = [];
  const leave = log.subscribe((entry) => seen.push(entry));
  log.add(event('/a'));
  leave();
  log.add(event('/b'));
  expect(seen.map((entry) => entry.path)).toEqual(['/a']);
});

it('flattens headers, renders the answer as JSON text and cuts long bodies', () => {
  const log = createRequestLog();
  log.add(event('/a', 'x'.repeat(BODY_LIMIT + 10)));
  const [entry] = log.entries();
  if (entry === undefined) throw new Error('the log kept nothing');
  expect(entry.request.headers).toEqual({ accept: 'a, b' });
  expect(entry.request.body).toMatch(/… \(10 more characters\)$/);
  expect(entry.response?.body).toBe('{\n  "ok": true\n}');
});

it('refuses a capacity below 1', () => {
  expect(() => createRequestLog(0)).toThrow(RangeError);
});

it('makes an entry only when it is read or a subscriber is told, and the same entry each time', () => {
  const log = createRequestLog();
  log.add(event('/a'));
  const [first] = log.entries();
  expect(log.entries()[0]).toBe(first);
  const told: string[] = [];
  log.subscribe((entry) => told.push(entry.request.url));
  log.add(event('/b'));
  expect(told).toEqual([log.entries()[1]?.request.url]);
});
