/**
 * How fast the mock is, from the outside, against a bare route and Stoplight Prism: a benchmark, not a
 * test (nothing asserts a speed). Every server and every generator runs in a process of its own, and each
 * is charged the CPU time it used (`/proc/<pid>/stat`), which holds steadier than a rate on a shared
 * machine. Each figure is the median of `--runs` runs; a run measures every target back to back, so the
 * ratios of one run compare like with like.
 *
 *   ./run pnpm turbo run bench --filter=@icontact/mock-server          # the whole run, ~6 minutes on 2 CPUs
 *   ./run pnpm --filter @icontact/mock-server bench -- --quick         # once each, short: to try it
 *
 * - requests: autocannon (`--connections` 16, `--seconds` 10) sends `GET /shifts/{id}` with a
 *   consultant's token to the mock, to a bare Fastify route answering the mock's bytes (the floor) and to
 *   Prism mocking the same contract;
 * - flows: the 27-request shift close (20 contacts, one upload of 20) by `--flows` consultants of a fresh
 *   team, over 2 worker threads of the flow runner, closed model, against the mock and a do-nothing
 *   `node:http` server;
 * - capacity: the open model on a fresh mock at rising rates until a step's p95 passes 50 ms;
 * - state: mock-core's in-process bench (heap per stored contact, steps in a shift of 10 vs 1,000).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type {
  BenchRequest,
  FlowCredentials,
  FlowFigures,
  FlowLoad,
  RecordedAnswer,
  RequestFigures,
  RequestLoad,
} from './bench-types.ts';
import { processCpuMs } from './process-cpu.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '16' },
    flows: { type: 'string' },
    rates: { type: 'string' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: join(here, 'results.json') },
  },
});
const quick = args.quick === true;
const runs = Number(args.runs ?? (quick ? 1 : 3));
const seconds = Number(args.seconds ?? (quick ? 3 : 10));
const connections = Number(args.connections);
const flowsPerRun = Number(args.flows ?? (quick ? 40 : 400));
const rates = String(args.rates ?? (quick ? '20,40' : '20,40,60,80,100,120,140,160'))
  .split(',')
  .map(Number);
const skip = new Set(String(args.skip).split(',').filter(Boolean));
const APP_VERSION = '3.2.0';

interface Started {
  readonly child: ChildProcess;
  readonly apiUrl: string;
  readonly adminUrl?: string;
}

/** Starts a process and waits for the first JSON line it prints (its addresses). */
function startProcess(command: string, argv: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(command, argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${argv.join(' ')} did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line !== undefined && output.includes('\n')) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data').resume();
        resolve({ child, ...(JSON.parse(line) as { apiUrl: string; adminUrl?: string }) });
      }
    });
    child.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code}:\n${output}`)));
  });
}

function startTarget(kind: string, env: Record<string, string> = {}): Promise<Started> {
  return startProcess(process.execPath, [join(here, 'serve-target.ts'), kind], env);
}

async function startPrism(): Promise<Started> {
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const spec = join(dirname(require.resolve('@icontact/openapi/package.json')), 'dist', 'openapi.json');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(
    process.execPath,
    [cli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', spec],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Prism exited with ${code}:\n${output}`)));
  });
  // Prism logs every request; nobody reads it here.
  child.stdout.removeAllListeners('data').resume();
  child.stderr.removeAllListeners('data').resume();
  return { child, apiUrl: `http://127.0.0.1:${port}` };
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    started.child.once('exit', () => resolve());
    started.child.kill('SIGTERM');
  });
}

/** Runs a generator process to its end and returns the JSON line it printed. */
function runGenerator<T>(script: string, env: Record<string, string>): Promise<{ figures: T; pid: number }> {
  const child = spawn(process.execPath, [join(here, script)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${script} exited with ${code}:\n${output}`));
      else resolve({ figures: JSON.parse(output.trim().split('\n').at(-1) ?? '') as T, pid: child.pid ?? 0 });
    });
  });
}

async function api(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: the benchmark reads answers loosely; the tests check their shape
): Promise<{ status: number; contentType: string; text: string; json: () => any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? 'application/json',
    text,
    json: () => JSON.parse(text),
  };
}

/** A team of `count` consultants of a fresh supervisor, each with a shift open now. */
async function makeTeam(mock: Started, count: number): Promise<FlowCredentials[]> {
  const out: FlowCredentials[] = [];
  for (let made = 0; made < count; made += 10_000) {
    const team = (
      await api(mock.adminUrl ?? '', 'POST', '/team', {}, { consultants: Math.min(10_000, count - made) })
    ).json() as { consultants: { login: string; password: string }[] };
    out.push(...team.consultants.map(({ login, password }) => ({ login, password })));
  }
  return out;
}

/** The read of the comparison on `mock`: a consultant at work reads their shift. */
async function prepareRead(mock: Started): Promise<{ request: BenchRequest; answer: RecordedAnswer }> {
  const [consultant] = await makeTeam(mock, 1);
  const app = { 'x-client-kind': 'tablet', 'x-app-version': APP_VERSION };
  const { access } = (await api(mock.apiUrl, 'POST', '/auth/token', app, consultant)).json();
  const headers = { ...app, authorization: `Bearer ${access}` };
  const shift = (await api(mock.apiUrl, 'GET', '/shifts', headers)).json().items[0];
  await api(mock.apiUrl, 'POST', `/shifts/${shift.id}/start`, {
    ...headers,
    'idempotency-key': crypto.randomUUID(),
  });
  const path = `/shifts/${shift.id}`;
  const read = await api(mock.apiUrl, 'GET', path, headers);
  return {
    request: { method: 'GET', path, headers, expect: 200 },
    answer: { method: 'GET', path, status: read.status, contentType: read.contentType, body: read.text },
  };
}

interface Measured<T> {
  readonly figures: T;
  readonly serverCpuMs: number;
  readonly loadAverage: number;
}

async function measureRequests(target: Started, request: BenchRequest): Promise<Measured<RequestFigures>> {
  const load: RequestLoad = { url: `${target.apiUrl}${request.path}`, request, connections, seconds };
  const before = processCpuMs(target.child.pid ?? 0);
  const { figures } = await runGenerator<RequestFigures>('request-load.ts', {
    BENCH_LOAD: JSON.stringify(load),
  });
  const serverCpuMs = processCpuMs(target.child.pid ?? 0) - before;
  if (figures.unexpected > 0) throw new Error(`${figures.unexpected} unexpected answers from ${load.url}`);
  return { figures, serverCpuMs, loadAverage: loadavg()[0] ?? 0 };
}

async function measureFlows(
  target: Started,
  credentials: readonly FlowCredentials[],
  shape: { concurrency: number } | { rate: number },
): Promise<Measured<FlowFigures>> {
  const load: FlowLoad = {
    apiUrl: target.apiUrl,
    credentials,
    workers: 2,
    contacts: 20,
    batch: 20,
    appVersion: APP_VERSION,
    ...shape,
  };
  const before = processCpuMs(target.child.pid ?? 0);
  const { figures } = await runGenerator<FlowFigures>('flow-runner.ts', {
    BENCH_FLOWS: JSON.stringify(load),
  });
  const serverCpuMs = processCpuMs(target.child.pid ?? 0) - before;
  return { figures, serverCpuMs, loadAverage: loadavg()[0] ?? 0 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  loadAverageAtStart: loadavg()[0],
  options: { runs, seconds, connections, flowsPerRun, rates },
};

// Requests: the mock, the floor, Prism, back to back in each run.
if (!skip.has('requests')) {
  const prism = await startPrism();
  const perRun: Record<string, unknown>[] = [];
  for (let run = 0; run < runs; run += 1) {
    const mock = await startTarget('mock');
    const { request, answer } = await prepareRead(mock);
    const floor = await startTarget('route-floor', { BENCH_FLOOR_ANSWERS: JSON.stringify([answer]) });
    const row: Record<string, unknown> = {};
    for (const [name, target, path] of [
      ['mock', mock, request.path],
      ['floor', floor, request.path],
      ['prism', prism, request.path],
    ] as const) {
      const measured = await measureRequests(target, { ...request, path });
      row[name] = {
        requestsPerSecond: round(measured.figures.requestsPerSecond, 0),
        p99Ms: measured.figures.p99Ms,
        serverCpuUsPerRequest: round((measured.serverCpuMs * 1000) / measured.figures.requests),
        generatorCpuUsPerRequest: round((measured.figures.generatorCpuMs * 1000) / measured.figures.requests),
        loadAverage: round(measured.loadAverage, 2),
      };
      log(`requests run ${run + 1} ${name}: ${JSON.stringify(row[name])}`);
    }
    perRun.push(row);
    await stop(mock);
    await stop(floor);
  }
  await stop(prism);
  const pick = (name: string, field: string) =>
    median(perRun.map((row) => (row[name] as Record<string, number>)[field] as number));
  const ratio = (name: string, other: string, field: string) =>
    median(
      perRun.map(
        (row) =>
          ((row[name] as Record<string, number>)[field] as number) /
          ((row[other] as Record<string, number>)[field] as number),
      ),
    );
  results.requests = {
    perRun,
    median: Object.fromEntries(
      ['mock', 'floor', 'prism'].map((name) => [
        name,
        {
          requestsPerSecond: pick(name, 'requestsPerSecond'),
          p99Ms: pick(name, 'p99Ms'),
          serverCpuUsPerRequest: pick(name, 'serverCpuUsPerRequest'),
          generatorCpuUsPerRequest: pick(name, 'generatorCpuUsPerRequest'),
        },
      ]),
    ),
    ratios: {
      mockRateShareOfFloor: round(ratio('mock', 'floor', 'requestsPerSecond'), 3),
      mockCpuOverFloorCpu: round(ratio('mock', 'floor', 'serverCpuUsPerRequest'), 2),
      mockRateOverPrism: round(ratio('mock', 'prism', 'requestsPerSecond'), 2),
    },
  };
  log(`requests: ${JSON.stringify((results.requests as Record<string, unknown>).median)}`);
  log(`ratios: ${JSON.stringify((results.requests as Record<string, unknown>).ratios)}`);
}

// Flows: CPU per flow of the mock and of a do-nothing server, closed model.
if (!skip.has('flows')) {
  const perRun: Record<string, unknown>[] = [];
  for (let run = 0; run < runs; run += 1) {
    const mock = await startTarget('mock');
    const credentials = await makeTeam(mock, flowsPerRun);
    const row: Record<string, unknown> = {};
    const measured = await measureFlows(mock, credentials, { concurrency: 4 });
    if (measured.figures.failedFlows > 0)
      throw new Error(`mock flows failed: ${measured.figures.firstError}`);
    const floor = await startTarget('flow-floor');
    const floorMeasured = await measureFlows(
      floor,
      credentials.map(() => ({ login: 'floor', password: 'floor' })),
      { concurrency: 4 },
    );
    for (const [name, m] of [
      ['mock', measured],
      ['floor', floorMeasured],
    ] as const) {
      row[name] = {
        flowsPerSecond: round(m.figures.flows / m.figures.seconds),
        requestsPerFlow: round(m.figures.requests / m.figures.flows),
        serverCpuMsPerFlow: round(m.serverCpuMs / m.figures.flows, 2),
        serverFlowsPerCpuSecond: round((1000 * m.figures.flows) / m.serverCpuMs, 0),
        generatorCpuMsPerFlow: round(m.figures.generatorCpuMs / m.figures.flows, 2),
        p95Ms: m.figures.p95Ms,
        loadAverage: round(m.loadAverage, 2),
      };
      log(`flows run ${run + 1} ${name}: ${JSON.stringify(row[name])}`);
    }
    perRun.push(row);
    await stop(mock);
    await stop(floor);
  }
  const pick = (name: string, field: string) =>
    median(perRun.map((row) => (row[name] as Record<string, number>)[field] as number));
  results.flows = {
    perRun,
    median: Object.fromEntries(
      ['mock', 'floor'].map((name) => [
        name,
        {
          flowsPerSecond: pick(name, 'flowsPerSecond'),
          serverCpuMsPerFlow: pick(name, 'serverCpuMsPerFlow'),
          serverFlowsPerCpuSecond: pick(name, 'serverFlowsPerCpuSecond'),
          generatorCpuMsPerFlow: pick(name, 'generatorCpuMsPerFlow'),
        },
      ]),
    ),
  };
  log(`flows: ${JSON.stringify((results.flows as Record<string, unknown>).median)}`);
}

// Capacity: open model at rising rates on a fresh mock, until a step's p95 passes 50 ms.
if (!skip.has('capacity')) {
  const steps: Record<string, unknown>[] = [];
  for (const rate of rates) {
    const mock = await startTarget('mock');
    const credentials = await makeTeam(mock, Math.round(rate * seconds));
    const measured = await measureFlows(mock, credentials, { rate });
    await stop(mock);
    const worst = Math.max(...Object.values(measured.figures.p95Ms));
    const row = {
      offeredPerSecond: rate,
      closedPerSecond: round(measured.figures.flows / measured.figures.seconds),
      failedFlows: measured.figures.failedFlows,
      worstP95Ms: round(worst),
      p95Ms: Object.fromEntries(Object.entries(measured.figures.p95Ms).map(([k, v]) => [k, round(v)])),
      serverCpuMsPerFlow: round(measured.serverCpuMs / Math.max(1, measured.figures.flows), 2),
      generatorCpuMsPerFlow: round(measured.figures.generatorCpuMs / Math.max(1, measured.figures.flows), 2),
      loadAverage: round(measured.loadAverage, 2),
    };
    steps.push(row);
    log(`capacity ${rate}/s: ${JSON.stringify(row)}`);
    if (worst >= 50 || measured.figures.failedFlows > 0) break;
  }
  results.capacity = steps;
}

results.loadAverageAtEnd = loadavg()[0];
writeFileSync(String(args.out), `${JSON.stringify(results, null, 2)}\n`);
log(`written ${args.out}`);
