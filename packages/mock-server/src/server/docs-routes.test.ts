import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { registerDocsRoutes } from './docs-routes.js';

it('answers 404 saying how to build the reference when it is missing', async () => {
  const app = Fastify();
  await registerDocsRoutes(app, { referenceFile: '/nonexistent/reference.html' });
  try {
    const response = await app.inject({ url: '/docs/reference' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'not_found',
      detail: expect.stringContaining('pnpm --filter @icontact/openapi build'),
    });
  } finally {
    await app.close();
  }
});

it('serves /openapi.json with the origin the mock really listens on as its server', async () => {
  const app = Fastify();
  await registerDocsRoutes(app);
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/openapi.json`);
    expect(response.status).toBe(200);
    const spec = (await response.json()) as { servers: { url: string }[]; paths: object };
    expect(spec.servers.map((server) => server.url)).toEqual([`${address}/api/v1`]);
    expect(Object.keys(spec.paths).length).toBeGreaterThan(10);
  } finally {
    await app.close();
  }
});
