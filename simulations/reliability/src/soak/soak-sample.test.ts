import { expect, it } from 'vitest';
import { recordGrowth, type SoakSample, servedPerSecond } from './soak-sample.js';

/** A sample whose collections each hold 1 KiB of JSON per record. */
function sample(atSeconds: number, served: number, records: Record<string, number>): SoakSample {
  const jsonBytes = Object.fromEntries(Object.entries(records).map(([name, count]) => [name, count * 1024]));
  return { atSeconds, rss: 0, heapUsed: 0, served, records, jsonBytes };
}

it('reports only the collections that changed, with their growth per minute in records and JSON KiB', () => {
  const first = sample(10, 0, { users: 12, tokens: 100, sessions: 50 });
  const last = sample(40, 0, { users: 12, tokens: 400, sessions: 200, idempotencyKeys: 90 });
  expect(recordGrowth(first, last)).toEqual({
    idempotencyKeys: { first: 0, last: 90, perMinute: 180, lastJsonKiB: 90, jsonKiBPerMinute: 180 },
    sessions: { first: 50, last: 200, perMinute: 300, lastJsonKiB: 200, jsonKiBPerMinute: 300 },
    tokens: { first: 100, last: 400, perMinute: 600, lastJsonKiB: 400, jsonKiBPerMinute: 600 },
  });
});

it('reports no growth rate over no time', () => {
  expect(recordGrowth(sample(5, 0, { tokens: 1 }), sample(5, 0, { tokens: 3 }))).toEqual({
    tokens: { first: 1, last: 3, perMinute: 0, lastJsonKiB: 3, jsonKiBPerMinute: 0 },
  });
});

it('turns the served counter into requests per second between samples', () => {
  expect(servedPerSecond([sample(0, 0, {}), sample(5, 2500, {}), sample(10, 4500, {})])).toEqual([500, 400]);
  expect(servedPerSecond([sample(0, 0, {})])).toEqual([]);
});
