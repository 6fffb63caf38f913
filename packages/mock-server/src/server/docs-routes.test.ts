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
