/**
 * One server of the benchmark, in a process of its own so that its CPU time is its own. Prints one JSON
 * line, `{ "apiUrl", "adminUrl"? }`, once it listens on loopback, then serves until killed.
 *
 *   node bench/serve-target.ts mock          # the mock (built `dist`), log level BENCH_LOG_LEVEL (warn)
 *   node bench/serve-target.ts route-floor   # a bare Fastify route per answer of BENCH_FLOOR_ANSWERS
 *   node bench/serve-target.ts flow-floor    # a do-nothing node:http answering every request at once
 */
import { createServer } from 'node:http';
import Fastify from 'fastify';
import { createMockServer } from '../dist/index.js';
import type { RecordedAnswer } from './bench-types.ts';

/** 08:30 in Almaty: every team shift of the flows fits in the local day. */
export const BENCH_CLOCK_START = '2026-11-24T03:30:00.000Z';

const API_PREFIX = '/api/v1';

function announce(addresses: { apiUrl: string; adminUrl?: string }): void {
  process.stdout.write(`${JSON.stringify(addresses)}\n`);
}

/**
 * The floor of the flow: every field any step of the flow reads, in one answer, so the runner walks
 * the same 27 requests against a server that does nothing.
 */
const FLOW_FLOOR_ANSWER = JSON.stringify({
  access: 'floor',
  id: '00000000-0000-4000-8000-000000000000',
  openedAt: BENCH_CLOCK_START,
  status: 'in_progress',
  items: [
    {
      id: '00000000-0000-4000-8000-000000000000',
      status: 'in_progress',
      project: { activityTypes: [{ id: 'floor' }] },
    },
  ],
  project: { activityTypes: [{ id: 'floor' }] },
  summary: { accepted: 20, duplicate: 0, rejected: 0 },
});

const kind = process.argv[2];
switch (kind) {
  case 'mock': {
    const server = await createMockServer({
      port: 0,
      adminPort: 0,
      clockStart: BENCH_CLOCK_START,
      logLevel: (process.env.BENCH_LOG_LEVEL ?? 'warn') as 'warn',
    });
    const addresses = await server.listen();
    announce({ apiUrl: addresses.apiUrl, adminUrl: addresses.adminUrl });
    break;
  }
  case 'route-floor': {
    const answers = JSON.parse(process.env.BENCH_FLOOR_ANSWERS ?? '[]') as RecordedAnswer[];
    const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024 });
    for (const answer of answers) {
      app.route({
        method: answer.method,
        url: `${API_PREFIX}${answer.path}`,
        handler: async (_request, reply) =>
          reply.code(answer.status).type(answer.contentType).send(answer.body),
      });
    }
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    announce({ apiUrl: `${origin}${API_PREFIX}` });
    break;
  }
  case 'flow-floor': {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(FLOW_FLOOR_ANSWER);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    announce({ apiUrl: `http://127.0.0.1:${address.port}${API_PREFIX}` });
    break;
  }
  default:
    throw new Error(`serve-target: unknown kind ${kind}`);
}
