/** The benchmark's results as Markdown tables for docs/performance.md. */
import type { BenchResults, FlowResult, Target } from './results.ts';

const TARGET_NAMES: Readonly<Record<Target, string>> = {
  mock: 'iContact mock',
  prism: 'Stoplight Prism',
  floor: 'bare Fastify route (floor)',
};

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A Markdown table; the first `textColumns` columns are left-aligned, the numbers right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i < textColumns ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

const cpu = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : number(value);

function flowRows(results: readonly FlowResult[], first: (r: FlowResult) => string): string[][] {
  return results.map((r) => [
    first(r),
    number(r.medianFlowsPerSecond, 1),
    number(r.medianWorstStepP95Ms, 1),
    number(r.medianUploadP95Ms, 1),
    number(r.medianUploadP99Ms, 1),
    number(r.medianCloseP95Ms, 0),
    cpu(r.medianServerCpuUsPerRequest),
    cpu(r.medianGeneratorCpuUsPerRequest),
    r.sustained ? 'yes' : 'no',
  ]);
}

const FLOW_HEADER = [
  'flows/s closed',
  'worst step p95 ms',
  'upload p95 ms',
  'upload p99 ms',
  'close p95 ms',
  'mock CPU µs/req',
  'generator CPU µs/req',
  'all steps p95 < 50 ms',
];

/** The tables: requests by target, flow capacity, batch size, stored contacts. */
export function renderResultTables(results: BenchResults): string {
  const requests = table(
    ['request', 'server', 'requests/s', 'p99 ms', 'vs floor', 'server CPU µs/req', 'generator CPU µs/req'],
    results.requests.map((r) => {
      const floor = results.requests.find((f) => f.request === r.request && f.target === 'floor');
      const share =
        floor === undefined
          ? '—'
          : `${number((r.medianRequestsPerSecond / floor.medianRequestsPerSecond) * 100)} %`;
      return [
        r.request,
        TARGET_NAMES[r.target],
        number(r.medianRequestsPerSecond),
        number(r.medianP99Ms, 1),
        share,
        cpu(r.medianServerCpuUsPerRequest),
        cpu(r.medianGeneratorCpuUsPerRequest),
      ];
    }),
    2,
  );
  const capacity = table(
    ['offered flows/s', ...FLOW_HEADER],
    flowRows(results.capacity, (r) => number(r.rate, 0)),
  );
  const batches = table(
    ['batch size', ...FLOW_HEADER],
    flowRows(results.batchSizes, (r) => String(r.batchSize)),
  );
  const stored = table(
    ['stored contacts', ...FLOW_HEADER],
    flowRows(results.storedContacts, (r) => number(r.storedContacts)),
  );
  const sustained =
    results.sustainedFlowsPerSecond === null
      ? "No offered rate kept every step's p95 under 50 ms."
      : `**${number(results.sustainedFlowsPerSecond)} flows/s** is the highest offered rate at which every step's p95 stayed under 50 ms (median of ${results.runs} runs).`;
  const memory =
    results.bytesPerStoredContact === null
      ? 'Memory per stored contact: not measured (run with `node --expose-gc`).'
      : `Memory per stored contact (the contact, its accepted sync item and its share of a shift, heap after a full GC): **${number(results.bytesPerStoredContact / 1024, 1)} KiB**.`;
  const flowSetup = (r: FlowResult | undefined): string =>
    r === undefined
      ? ''
      : `${r.contacts} contacts per shift in batches of ${r.batchSize}, ${number(r.rate)} flow${r.rate === 1 ? '' : 's'}/s`;
  return [
    '### Requests: the mock against Prism and the floor',
    '',
    `Closed model: autocannon, ${results.requestLoad.vus} connections sending back to back for ${results.requestLoad.duration}; median of ${results.runs} runs. CPU per request: the server's process and the generator's, each its own.`,
    '',
    requests,
    '',
    '### The shift-close flow: how many flows per second',
    '',
    `Open model (constant arrival rate) for ${results.flowDuration} per run; ${flowSetup(
      results.capacity[0],
    ).replace(/, [\d,]+ flows?\/s$/, '')}.`,
    '',
    capacity,
    '',
    sustained,
    '',
    '### Growth with the batch size',
    '',
    `${flowSetup(results.batchSizes[0]).replace(/in batches of \d+/, 'in batches of the size shown')}.`,
    '',
    batches,
    '',
    '### Growth with the number of stored contacts',
    '',
    `${flowSetup(results.storedContacts[0])}, on a mock preloaded with closed shifts.`,
    '',
    stored,
    '',
    memory,
  ].join('\n');
}
