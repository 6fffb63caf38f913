import { expect, it } from 'vitest';
import { MetricsRegistry, parseSelector } from './metrics-registry.ts';

it('keeps the sub-metrics a threshold selects apart, as k6 does', () => {
  const registry = new MetricsRegistry(['http_req_duration{step:upload}']);
  registry.trend('http_req_duration', 10, { step: 'upload', name: '/sync' });
  registry.trend('http_req_duration', 1000, { step: 'login', name: '/auth/token' });
  const metrics = registry.summaryMetrics(1);
  expect(metrics.http_req_duration?.values.count).toBe(2);
  expect(metrics['http_req_duration{step:upload}']?.values).toMatchObject({ count: 1, max: 10 });
});

it('adds up the registries of several threads: counts, rates, checks and percentiles as if one', () => {
  const one = new MetricsRegistry();
  const [a, b] = [new MetricsRegistry(), new MetricsRegistry()];
  for (let i = 1; i <= 1000; i++) {
    const part = i % 2 === 0 ? a : b;
    for (const registry of [one, part]) {
      registry.trend('latency', i / 10);
      registry.count('requests', 1);
      registry.rate('failed', i % 10 === 0);
      registry.check('ok', i % 100 !== 0);
    }
  }
  const merged = new MetricsRegistry();
  merged.merge(a.serialize());
  merged.merge(b.serialize());
  expect(merged.summaryMetrics(10)).toEqual(one.summaryMetrics(10));
  expect(merged.checks()).toEqual([{ name: 'ok', passes: 990, fails: 10 }]);
  const latency = merged.summaryMetrics(10).latency?.values ?? {};
  // HdrHistogram keeps 3 significant digits: p95 of 0.1…100 is 95.
  expect(latency['p(95)']).toBeCloseTo(95, 0);
  expect(latency.avg).toBeCloseTo(50.05, 5);
  expect(merged.summaryMetrics(10).failed?.values.rate).toBeCloseTo(0.1, 10);
});

it('reads a selector as k6 writes it', () => {
  expect(parseSelector('http_req_duration{step:upload,name:/sync}')).toEqual({
    name: 'http_req_duration',
    selector: { step: 'upload', name: '/sync' },
  });
  expect(parseSelector('checks')).toEqual({ name: 'checks', selector: {} });
});
