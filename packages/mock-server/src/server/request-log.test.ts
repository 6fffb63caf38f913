import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { childLoggerWhenLogging } from './request-log.js';

const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** A Fastify app with the mock's child-logger factory that tells whether each request got a logger of its own. */
async function appAt(level: 'warn' | 'info') {
  const app = Fastify({ logger: { level }, childLoggerFactory: childLoggerWhenLogging });
  apps.push(app);
  app.get('/', async (request) => ({ own: request.log !== app.log }));
  return app;
}

it('makes no logger per request when the level leaves out per-request lines', async () => {
  const app = await appAt('warn');
  expect((await app.inject({ method: 'GET', url: '/' })).json()).toEqual({ own: false });
});

it('gives each request a logger bound to its id when per-request lines are written', async () => {
  const app = await appAt('info');
  expect((await app.inject({ method: 'GET', url: '/' })).json()).toEqual({ own: true });
});
