import { expect, it } from 'vitest';
import { type ContentsAt, recordGrowth, type SoakSample, servedPerSecond } from './soak-sample.js';

/** The store at a moment, each collection holding 1 KiB of JSON per record. */
function at(atSeconds: number, records: Record<string, number>): ContentsAt {
  const jsonBytes = Object.fromEntries(Object.entries(records).map(([name, count]) => [name, count * 1024]));
  return { atSeconds, contents: { records, jsonBytes } };
}

function served(atSeconds: number, count: number): SoakSample {
  return { atSeconds, rss: 0, heapUsed: 0, served: count };
}

it('reports only the collections that changed, with their growth per minute in records and JSON KiB', () => {
  const first = at(10, { users: 12, tokens: 100, sessions: 50 });
  const last = at(40, { users: 12, tokens: 400, sessions: 200, idempotencyKeys: 90 });
  expect(recordGrowth(first, last)).toEqual({
    idempotencyKeys: { first: 0, last: 90, perMinute: 180, lastJsonKiB: 90, jsonKiBPerMinute: 180 },
    sessions: { first: 50, last: 200, perMinute: 300, lastJsonKiB: 200, jsonKiBPerMinute: 300 },
    tokens: { first: 100, last: 400, perMinute: 600, lastJsonKiB: 400, jsonKiBPerMinute: 600 },
  });
});

it('reports a collection whose records grew in size though not in number', () => {
  const first = { atSeconds: 0, contents: { records: { meta: 2 }, jsonBytes: { meta: 100 } } };
  const last = { atSeconds: 60, contents: { records: { meta: 2 }, jsonBytes: { meta: 2148 } } };
  expect(recordGrowth(first, last)).toEqual({
    meta: { first: 2, last: 2, perMinute: 0, lastJsonKiB: 2, jsonKiBPerMinute: 2 },
  });
});

it('reports no growth rate over no time', () => {
  expect(recordGrowth(at(5, { tokens: 1 }), at(5, { tokens: 3 }))).toEqual({
    tokens: { first: 1, last: 3, perMinute: 0, lastJsonKiB: 3, jsonKiBPerMinute: 0 },
  });
});

it('turns the served counter into requests per second between samples', () => {
  expect(servedPerSecond([served(0, 0), served(5, 2500), served(10, 4500)])).toEqual([500, 400]);
  expect(servedPerSecond([served(0, 0)])).toEqual([]);
});
