/**
 * The request-rate generator, in a process of its own: autocannon sends BENCH_LOAD's request back to back
 * over its connections and this prints one JSON line of {@link RequestFigures}, with its own CPU time.
 */
import autocannon from 'autocannon';
import type { RequestFigures, RequestLoad } from './bench-types.ts';

const load = JSON.parse(process.env.BENCH_LOAD ?? '') as RequestLoad;
let unexpected = 0;
const cpuBefore = process.cpuUsage();
const result = await autocannon({
  url: load.url,
  method: load.request.method,
  headers: { ...load.request.headers },
  ...(load.request.body === undefined ? {} : { body: load.request.body }),
  connections: load.connections,
  duration: load.seconds,
  setupClient: (client) => {
    client.on('response', (statusCode: number) => {
      if (statusCode !== load.request.expect) unexpected += 1;
    });
  },
});
const cpu = process.cpuUsage(cpuBefore);
const figures: RequestFigures = {
  requests: result.requests.total,
  requestsPerSecond: result.requests.total / load.seconds,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  unexpected: unexpected + result.errors + result.timeouts,
  generatorCpuMs: (cpu.user + cpu.system) / 1000,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
