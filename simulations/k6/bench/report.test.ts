import { XMLValidator } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { RESULTS_END, RESULTS_START, replaceSection } from './doc-section.ts';
import type { FlowFigures } from './flow-bench.ts';
import { renderChartSvg } from './report-chart.ts';
import { renderResultTables } from './report-tables.ts';
import type { BenchResults, FlowResult } from './results.ts';

const run: FlowFigures = {
  flowsPerSecond: 10,
  failedFlows: 0,
  droppedFlows: 0,
  worstStepP95Ms: 12,
  uploadP95Ms: 8,
  uploadP99Ms: 11,
  closeP95Ms: 40,
  passed: true,
  heapUsedBytes: null,
  requests: 270,
  serverCpuUsPerRequest: 250,
  generatorCpuUsPerRequest: 60,
};

const flow = (over: Partial<FlowResult>): FlowResult => ({
  rate: 10,
  contacts: 20,
  batchSize: 20,
  storedContacts: 0,
  runs: [run],
  medianFlowsPerSecond: 10,
  medianWorstStepP95Ms: 12,
  medianUploadP95Ms: 8,
  medianUploadP99Ms: 11,
  medianCloseP95Ms: 40,
  medianServerCpuUsPerRequest: 250,
  medianGeneratorCpuUsPerRequest: 60,
  sustained: true,
  ...over,
});

const results: BenchResults = {
  date: '2026-11-24T12:00:00.000Z',
  machine: {
    cpus: 2,
    cpuModel: 'AMD EPYC',
    memoryGb: 23,
    node: 'v24.21.0',
    generator: 'autocannon 9.0.0 (requests), the Node runner (flows)',
    prism: '5.16.0',
    loadAverage: { start: 1, end: 1 },
  },
  runs: 3,
  requestLoad: { vus: 16, duration: '10s' },
  flowDuration: '15s',
  requests: (['mock', 'prism', 'floor'] as const).flatMap((target, i) =>
    (['read', 'upload'] as const).map((request) => ({
      request,
      description: request,
      target,
      runs: [],
      medianRequestsPerSecond: 1000 * (i + 1),
      medianP99Ms: 10 / (i + 1),
      medianServerCpuUsPerRequest: 300 * (i + 1),
      medianGeneratorCpuUsPerRequest: 40,
    })),
  ),
  capacity: [flow({ rate: 10 }), flow({ rate: 20, medianWorstStepP95Ms: 80, sustained: false })],
  sustainedFlowsPerSecond: 10,
  batchSizes: [flow({ batchSize: 10, contacts: 100 }), flow({ batchSize: 100, contacts: 100 })],
  storedContacts: [flow({ storedContacts: 0 }), flow({ storedContacts: 50_000, medianUploadP95Ms: 30 })],
  bytesPerStoredContact: 2048,
};

it('tables every server against the floor, each rate, batch size and stored count', () => {
  const tables = renderResultTables(results);
  expect(tables).toContain('| read | iContact mock | 1,000 | 10.0 | 33 % | 300 | 40 |');
  expect(tables).toContain('| upload | bare Fastify route (floor) | 3,000 | 3.3 | 100 % | 900 | 40 |');
  expect(tables).toContain('| 20 | 10.0 | 80.0 | 8.0 | 11.0 | 40 | 250 | 60 | no |');
  expect(tables).toContain('| 50,000 | 10.0 | 12.0 | 30.0 | 11.0 | 40 | 250 | 60 | yes |');
  expect(tables).toContain('**10 flows/s**');
  expect(tables).toContain('**2.0 KiB**');
});

it('renders the chart as a well-formed SVG with every panel', async () => {
  const svg = await renderChartSvg(results);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(XMLValidator.validate(svg)).toBe(true);
  for (const title of [
    'Requests per second',
    'p99 latency',
    'Shift-close flows',
    'Batch size',
    'Stored contacts',
  ]) {
    expect(svg).toContain(title);
  }
});

it('replaces only the generated section of the document', () => {
  const doc = `# Perf\n\nprose\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nafter\n`;
  const next = replaceSection(doc, 'new table');
  expect(next).toBe(`# Perf\n\nprose\n\n${RESULTS_START}\n\nnew table\n\n${RESULTS_END}\n\nafter\n`);
  expect(replaceSection(next, 'new table')).toBe(next);
  expect(() => replaceSection('# no markers', 'x')).toThrow(/needs the markers/);
});
