/**
 * The benchmark's chart: throughput and latency of the three servers, the flow's capacity, and its
 * growth with the batch size and the stored contacts. A Vega-Lite spec rendered to SVG by Vega in Node
 * (no browser).
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FLOW_P95_BUDGET_MS } from './flow-bench.ts';
import type { BenchResults } from './results.ts';

const WIDTH = 260;
const HEIGHT = 170;

/** The Vega-Lite spec of the chart. */
export function chartSpec(results: BenchResults): TopLevelSpec {
  const requests = results.requests.map((r) => ({
    request: r.request,
    server: r.target,
    rps: Math.round(r.medianRequestsPerSecond),
    p99: r.medianP99Ms,
  }));
  const capacity = results.capacity.map((r) => ({
    offered: r.rate,
    closed: r.medianFlowsPerSecond,
    worstP95: r.medianWorstStepP95Ms,
  }));
  const batches = results.batchSizes.map((r) => ({ batch: r.batchSize, uploadP95: r.medianUploadP95Ms }));
  const stored = results.storedContacts.map((r) => ({
    stored: r.storedContacts,
    uploadP95: r.medianUploadP95Ms,
  }));
  const bars = (field: 'rps' | 'p99', title: string) => ({
    title,
    width: WIDTH / 2,
    height: HEIGHT,
    data: { values: requests },
    mark: { type: 'bar' as const },
    encoding: {
      column: { field: 'request', type: 'nominal' as const, title: null },
      x: { field: 'server', type: 'nominal' as const, title: null, sort: ['mock', 'prism', 'floor'] },
      y: { field, type: 'quantitative' as const, title: field === 'rps' ? 'requests/s' : 'p99 ms' },
      color: { field: 'server', type: 'nominal' as const, legend: null },
    },
  });
  const line = (values: object[], x: string, xTitle: string, y: string, yTitle: string, title: string) => ({
    title,
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    layer: [
      {
        mark: { type: 'line' as const, point: true },
        encoding: {
          x: { field: x, type: 'quantitative' as const, title: xTitle },
          y: { field: y, type: 'quantitative' as const, title: yTitle },
        },
      },
      ...(yTitle.includes('ms')
        ? [
            {
              data: { values: [{ budget: FLOW_P95_BUDGET_MS }] },
              mark: { type: 'rule' as const, strokeDash: [4, 4], color: 'firebrick' },
              encoding: { y: { field: 'budget', type: 'quantitative' as const } },
            },
          ]
        : []),
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `iContact mock — ${results.machine.cpus} CPUs, ${results.date.slice(0, 10)}, medians of ${results.runs} runs`,
    vconcat: [
      { hconcat: [bars('rps', 'Requests per second'), bars('p99', 'p99 latency')] },
      {
        hconcat: [
          line(capacity, 'offered', 'offered flows/s', 'closed', 'flows/s closed', 'Shift-close flows'),
          line(capacity, 'offered', 'offered flows/s', 'worstP95', 'worst step p95 ms', 'Latency under load'),
        ],
      },
      {
        hconcat: [
          line(batches, 'batch', 'items per upload', 'uploadP95', 'upload p95 ms', 'Batch size'),
          line(stored, 'stored', 'stored contacts', 'uploadP95', 'upload p95 ms', 'Stored contacts'),
        ],
      },
    ],
  } as TopLevelSpec;
}

/** The chart as an SVG document. */
export async function renderChartSvg(results: BenchResults): Promise<string> {
  const view = new View(parse(compile(chartSpec(results)).spec), { renderer: 'none' });
  return view.toSVG();
}
