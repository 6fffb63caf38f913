import { createMockServer, type MockServer } from '@icontact/mock-server';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHandlers } from './create-handlers.js';
import { CLOCK_START } from './test-support/consultant-day.js';
import { PARITY_SCENARIOS } from './test-support/parity-scenarios.js';
import type { ParityTarget } from './test-support/parity-target.js';

const SEED = 1;
const mock = createHandlers({ seed: SEED, clock: { start: CLOCK_START } });
const server = setupServer(...mock.handlers);
let fastify: MockServer | undefined;
let fastifyTarget: ParityTarget | undefined;
const mswTarget: ParityTarget = { name: 'MSW handlers', baseUrl: mock.baseUrl, admin: mock.backend.admin };

beforeAll(async () => {
  fastify = await createMockServer({
    port: 0,
    adminPort: false,
    seed: SEED,
    clockStart: CLOCK_START,
    clockSpeed: 0,
    logLevel: 'silent',
  });
  const { apiUrl } = await fastify.listen();
  fastifyTarget = { name: 'Fastify mock', baseUrl: apiUrl, admin: fastify.backend.admin };
  server.listen({
    // The Fastify mock is reached over loopback, for real; anything else unhandled is a test's mistake.
    onUnhandledFrame: ({ frame, defaults }) => {
      const request = (frame.data as { request?: Request }).request;
      if (request !== undefined && new URL(request.url).hostname === '127.0.0.1') return;
      defaults.error();
    },
  });
});

afterEach(() => {
  server.resetHandlers();
  mock.reset();
  const admin = fastify?.backend.admin;
  admin?.clearFaults();
  admin?.setClock(CLOCK_START, 0);
  admin?.reset(SEED);
});

afterAll(async () => {
  server.close();
  await fastify?.close(100);
});

it.each(PARITY_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
  '%s gives the same steps, requests and final state against the Fastify mock and the MSW handlers',
  async (_name, scenario) => {
    if (fastifyTarget === undefined) throw new Error('the Fastify mock did not start');
    const overLoopback = await scenario.run(fastifyTarget);
    const overMsw = await scenario.run(mswTarget);
    expect(overLoopback.steps).toEqual(expect.arrayContaining([...scenario.mustInclude]));
    expect(overMsw).toEqual(overLoopback);
  },
);

it('reaches the Fastify mock over loopback, not through the MSW handlers', async () => {
  if (fastifyTarget === undefined) throw new Error('the Fastify mock did not start');
  await fetch(`${fastifyTarget.baseUrl}/app/version`);
  expect(fastifyTarget.admin.metrics().total).toBe(1);
  expect(mock.state.metrics().total).toBe(0);
});
