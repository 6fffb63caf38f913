/**
 * The performance benchmark (not a test): run on one machine in one go, every figure a median of
 * several runs; the load generators are autocannon (plain request rates) and the project's Node runner
 * (the shift-close flows), each in a process of its own, with its CPU time beside the server's. No k6. Writes bench/results.json, the results section of
 * docs/performance.md and docs/performance-chart.svg.
 *
 *   ./run pnpm --filter @icontact/k6 bench               # the full run (about 20 minutes on 2 CPUs)
 *   ./run pnpm --filter @icontact/k6 bench -- --quick    # one run of each, short: to try the script
 *
 * Options: --runs N (3), --duration D (requests, 10s), --flow-duration D (15s), --vus N (16), --quick,
 * --no-docs (write results.json only), --render-only (measure nothing: rewrite the docs and the chart
 * from results.json).
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMockServer } from '@icontact/mock-server';
import { replaceSection } from './doc-section.ts';
import { type FlowFigures, type FlowLoad, measureFlows, recordTemplate } from './flow-bench.ts';
import { freePort } from './free-port.ts';
import type { Snapshot } from './inflate-snapshot.ts';
import { median } from './median.ts';
import { ownCpuSeconds, processCpuSeconds } from './process-cpu.ts';
import { renderChartSvg } from './report-chart.ts';
import { renderResultTables } from './report-tables.ts';
import { measureRequest, type RequestFigures } from './request-bench.ts';
import { type BenchResults, type FlowResult, type RequestResult, TARGETS, type Target } from './results.ts';
import { startFloorServer } from './targets/floor-server.ts';
import { prepareMockRequests } from './targets/mock-requests.ts';
import { startPrism } from './targets/prism-server.ts';

const root = new URL('../../../', import.meta.url).pathname;
const packageDir = new URL('../', import.meta.url).pathname;

const { values: args } = parseArgs({
  // pnpm hands a `--` separator through; it is not an argument.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10s' },
    'flow-duration': { type: 'string', default: '15s' },
    vus: { type: 'string', default: '16' },
    quick: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    'render-only': { type: 'boolean', default: false },
  },
});
const quick = args.quick === true;
const runs = quick ? 1 : Number(args.runs);
const requestLoad = { vus: Number(args.vus), duration: quick ? '3s' : String(args.duration) };
const flowDuration = quick ? '5s' : String(args['flow-duration']);

/** Progress on stderr: the benchmark takes minutes. */
function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function compareRequests(): Promise<RequestResult[]> {
  const server = await createMockServer({
    port: 0,
    adminPort: false,
    seed: 1,
    logLevel: 'silent',
    clockSpeed: 0,
  });
  const mock = await server.listen();
  const compared = await prepareMockRequests(server, mock.apiUrl);
  const floor = await startFloorServer(compared, new URL(mock.apiUrl).pathname);
  const prism = await startPrism(await freePort());
  const apiUrls: Readonly<Record<Target, string>> = {
    mock: mock.apiUrl,
    prism: prism.apiUrl,
    floor: floor.apiUrl,
  };
  // The mock and the floor run in this process (idle otherwise while the generator runs), Prism in its own.
  const serverCpu: Readonly<Record<Target, () => number | null>> = {
    mock: ownCpuSeconds,
    floor: ownCpuSeconds,
    prism: () => processCpuSeconds(prism.pid),
  };
  const figures = new Map<string, RequestFigures[]>();
  try {
    for (let run = 0; run < runs; run++) {
      for (const { name, request } of compared) {
        // Each run starts with another server, so that drift over time does not favour one.
        const order = TARGETS.map((_, i) => TARGETS[(i + run) % TARGETS.length] as Target);
        for (const target of order) {
          progress(`requests: run ${run + 1}/${runs}, ${name} on ${target}`);
          const result = await measureRequest(apiUrls[target], request, requestLoad, serverCpu[target]);
          figures.set(`${name} ${target}`, [...(figures.get(`${name} ${target}`) ?? []), result]);
        }
      }
    }
  } finally {
    await prism.close();
    await floor.close();
    await server.close();
  }
  return compared.flatMap(({ name, description }) =>
    TARGETS.map((target) => {
      const list = figures.get(`${name} ${target}`) ?? [];
      return {
        request: name,
        description,
        target,
        runs: list,
        medianRequestsPerSecond: median(list.map((f) => f.requestsPerSecond)),
        medianP99Ms: median(list.map((f) => f.p99Ms)),
        medianServerCpuUsPerRequest: medianOrNull(list.map((f) => f.serverCpuUsPerRequest)),
        medianGeneratorCpuUsPerRequest: median(list.map((f) => f.generatorCpuUsPerRequest)),
      };
    }),
  );
}

async function flowResult(load: FlowLoad, storedContacts: number): Promise<FlowResult> {
  const list: FlowFigures[] = [];
  for (let run = 0; run < runs; run++) {
    progress(
      `flows: run ${run + 1}/${runs}, ${load.rate}/s, ${load.contacts} contacts in batches of ${load.batchSize}, ${storedContacts} stored`,
    );
    list.push(await measureFlows(load));
  }
  return {
    rate: load.rate,
    contacts: load.contacts,
    batchSize: load.batchSize,
    storedContacts,
    runs: list,
    medianFlowsPerSecond: median(list.map((f) => f.flowsPerSecond)),
    medianWorstStepP95Ms: median(list.map((f) => f.worstStepP95Ms)),
    medianUploadP95Ms: median(list.map((f) => f.uploadP95Ms)),
    medianUploadP99Ms: median(list.map((f) => f.uploadP99Ms)),
    medianCloseP95Ms: median(list.map((f) => f.closeP95Ms)),
    medianServerCpuUsPerRequest: median(list.map((f) => f.serverCpuUsPerRequest)),
    medianGeneratorCpuUsPerRequest: median(list.map((f) => f.generatorCpuUsPerRequest)),
    sustained: list.filter((f) => f.passed).length * 2 > list.length,
  };
}

async function flowCapacity(): Promise<FlowResult[]> {
  const results: FlowResult[] = [];
  for (const rate of quick ? [5, 20] : [2, 5, 10, 15, 20, 30, 40, 60, 80]) {
    const result = await flowResult({ rate, duration: flowDuration, contacts: 20, batchSize: 20 }, 0);
    results.push(result);
    if (!result.sustained) break;
  }
  return results;
}

async function storedContactGrowth(
  rate: number,
): Promise<{ results: FlowResult[]; bytesPerContact: number | null }> {
  progress('stored contacts: recording a template of 10 closed shifts of 50 contacts');
  const template: Snapshot = await recordTemplate(10, 50);
  const size = 500;
  const results: FlowResult[] = [];
  const perContact: number[] = [];
  let baseline: readonly FlowFigures[] = [];
  for (const added of quick ? [0, 10_000] : [0, 10_000, 25_000, 50_000, 100_000]) {
    const load = {
      rate,
      duration: flowDuration,
      contacts: 20,
      batchSize: 20,
      preload: { template, copies: added / size },
    };
    const result = await flowResult(load, size + added);
    results.push(result);
    if (added === 0) baseline = result.runs;
    const heap = result.runs.map((run) => run.heapUsedBytes);
    const base = baseline.map((run) => run.heapUsedBytes);
    if (added > 0 && heap.every((h) => h !== null) && base.every((h) => h !== null)) {
      perContact.push((median(heap as number[]) - median(base as number[])) / added);
    }
  }
  return { results, bytesPerContact: perContact.length === 0 ? null : (perContact.at(-1) ?? null) };
}

/** The median of the values that were measured, or `null` when none was. */
function medianOrNull(values: readonly (number | null)[]): number | null {
  const measured = values.filter((value): value is number => value !== null);
  return measured.length === 0 ? null : median(measured);
}

async function packageVersion(...path: string[]): Promise<string> {
  const manifest = join(packageDir, 'node_modules', ...path, 'package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** Writes the docs' results section and the chart (unless `--no-docs`), then formats what it wrote. */
async function writeReports(results: BenchResults, alreadyWritten: readonly string[]): Promise<void> {
  const written = [...alreadyWritten];
  if (args['no-docs'] !== true) {
    const docPath = join(root, 'docs', 'performance.md');
    const doc = await readFile(docPath, 'utf8');
    const { machine: m } = results;
    const machine = `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, load generators ${m.generator}, Prism ${m.prism}; the generators share the machine (1-minute load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end; other work on the machine makes every figure lower and noisier).`;
    await writeFile(docPath, replaceSection(doc, `${machine}\n\n${renderResultTables(results)}`));
    await writeFile(join(root, 'docs', 'performance-chart.svg'), await renderChartSvg(results));
    written.push(docPath);
  }
  // The repository's formatter owns the layout of JSON and Markdown (`biome ci` checks it).
  execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', ...written], {
    stdio: 'ignore',
  });
}

async function main(): Promise<void> {
  if (args['render-only'] === true) {
    const results = JSON.parse(
      await readFile(join(packageDir, 'bench', 'results.json'), 'utf8'),
    ) as BenchResults;
    await writeReports(results, []);
    return;
  }
  const started = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const requests = await compareRequests();
  const capacity = await flowCapacity();
  const sustained = capacity.filter((r) => r.sustained).map((r) => r.rate);
  const sustainedFlowsPerSecond = sustained.length === 0 ? null : Math.max(...sustained);
  // Growth is measured well under the capacity, so that it shows the cost of the work, not queueing:
  // shifts of 100 contacts at a quarter of the sustained rate of 20-contact shifts, and 1 flow/s on a
  // mock full of contacts.
  const batchRate = Math.max(1, Math.floor((sustainedFlowsPerSecond ?? 2) / 4));
  const batchSizes: FlowResult[] = [];
  for (const batchSize of quick ? [10, 100] : [10, 25, 50, 100]) {
    batchSizes.push(
      await flowResult({ rate: batchRate, duration: flowDuration, contacts: 100, batchSize }, 0),
    );
  }
  const stored = await storedContactGrowth(1);
  const results: BenchResults = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      generator: `autocannon ${await packageVersion('autocannon')} (requests), the Node runner (flows)`,
      prism: await packageVersion('@stoplight', 'prism-cli'),
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    },
    runs,
    requestLoad,
    flowDuration,
    requests,
    capacity,
    sustainedFlowsPerSecond,
    batchSizes,
    storedContacts: stored.results,
    bytesPerStoredContact: stored.bytesPerContact,
  };
  const resultsPath = join(packageDir, 'bench', 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeReports(results, [resultsPath]);
  progress(`done in ${Math.round((Date.now() - started.getTime()) / 60_000)} min`);
}

await main();
