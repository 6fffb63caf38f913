/**
 * k6 benchmark of one request: a closed model of `VUS` virtual users sending the same request back to
 * back for `DURATION`, to measure requests per second and latency. The benchmark
 * (bench/run-benchmarks.ts) runs it against the mock, Prism and a bare Fastify route.
 *
 * Variables: `URL`, `METHOD` (default GET), `BODY_FILE` (a file whose text is the body), `HEADERS` (a JSON
 * object), `EXPECT` (the status every answer must have, default 200), `VUS` (default 16), `DURATION`
 * (default 10s), `SUMMARY_FILE` (where the figures go, as JSON).
 */
import { check } from 'k6';
import http from 'k6/http';
import type { Options } from 'k6/options';

const url = __ENV.URL ?? '';
const method = __ENV.METHOD ?? 'GET';
const body = __ENV.BODY_FILE === undefined ? null : open(__ENV.BODY_FILE);
const headers = JSON.parse(__ENV.HEADERS ?? '{}') as Record<string, string>;
const expected = Number(__ENV.EXPECT ?? '200');

export const options: Options = {
  scenarios: {
    requests: { executor: 'constant-vus', vus: Number(__ENV.VUS ?? '16'), duration: __ENV.DURATION ?? '10s' },
  },
  summaryTrendStats: ['avg', 'med', 'p(95)', 'p(99)', 'max', 'count'],
  discardResponseBodies: true,
};

export default function (): void {
  const res = http.request(method, url, body, { headers, responseCallback: http.expectedStatuses(expected) });
  check(res, { 'the expected status': (r) => r.status === expected });
}

interface Summary {
  readonly metrics: Readonly<Record<string, { readonly values: Readonly<Record<string, number>> }>>;
}

/** The figures of the run: requests per second, latency, the share of answers with another status. */
export function handleSummary(data: Summary): Record<string, string> {
  const duration = data.metrics.http_req_duration?.values ?? {};
  const figures = {
    requestsPerSecond: data.metrics.http_reqs?.values.rate ?? 0,
    requests: data.metrics.http_reqs?.values.count ?? 0,
    p50Ms: duration.med ?? null,
    p95Ms: duration['p(95)'] ?? null,
    p99Ms: duration['p(99)'] ?? null,
    failedShare: data.metrics.http_req_failed?.values.rate ?? 0,
  };
  return { [__ENV.SUMMARY_FILE ?? 'request-rate.json']: JSON.stringify(figures) };
}
