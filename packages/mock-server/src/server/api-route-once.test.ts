import type { Backend, BackendRequest } from '@icontact/mock-core';
import { createBackend } from '@icontact/mock-core';
import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { registerApiRoute } from './api-route.js';

const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** A Fastify app around the real backend that records what each request handed the core. */
async function recordingApp() {
  const backend: Backend = createBackend({ clock: { start: '2026-11-24T03:30:00.000Z', speed: 0 } });
  const seen: BackendRequest[] = [];
  const app = Fastify();
  apps.push(app);
  await registerApiRoute(app, {
    backend: {
      routes: backend.routes,
      handle: (request) => {
        seen.push(request);
        return backend.handle(request);
      },
    },
  });
  return { app, seen };
}

it('routes each operation once, in Fastify, and tells the core which contract path matched', async () => {
  const { app, seen } = await recordingApp();
  const answer = await app.inject({
    method: 'GET',
    url: '/api/v1/shifts/0c6a4e1b-2c4d-4e8f-90a1-b2c3d4e5f6a7/timesheet',
  });
  expect(answer.statusCode).toBe(401);
  expect(seen.at(-1)?.routed).toBe('/api/v1/shifts/{shiftId}/timesheet');
  const version = await app.inject({
    method: 'GET',
    url: '/api/v1/app/version',
    headers: { 'x-client-kind': 'tablet', 'x-app-version': '3.2.0' },
  });
  expect(version.statusCode).toBe(200);
  expect(seen.at(-1)?.routed).toBe('/api/v1/app/version');
});

it('hands unknown paths and other methods to the core unrouted, which answers 404 and 405', async () => {
  const { app, seen } = await recordingApp();
  const unknown = await app.inject({ method: 'GET', url: '/api/v1/no/such/path' });
  expect(unknown.statusCode).toBe(404);
  expect(seen.at(-1)?.routed).toBeUndefined();
  const wrong = await app.inject({ method: 'DELETE', url: '/api/v1/app/version' });
  expect(wrong.statusCode).toBe(405);
  expect(seen.at(-1)?.routed).toBeUndefined();
});
