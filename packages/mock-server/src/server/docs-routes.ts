import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Code } from '@icontact/errors';
import type { FastifyInstance } from 'fastify';

/** Where the contract's built files are: `dist/` of `@icontact/openapi`. */
function openapiDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@icontact/openapi/package.json')), 'dist');
}

/** Options of {@link registerDocsRoutes}. */
export interface DocsRoutesOptions {
  /** The folder holding `openapi.json` and `reference.html`. Default: `dist/` of `@icontact/openapi`. */
  readonly distDir?: string;
}

/**
 * Serves the contract: the rendered API reference at `/docs` and the bundled spec at `/openapi.json`.
 * Both are read once, on first request; a missing file answers 404 saying how to build it.
 */
export async function registerDocsRoutes(
  app: FastifyInstance,
  options: DocsRoutesOptions = {},
): Promise<void> {
  const dist = options.distDir ?? openapiDist();
  const cache = new Map<string, Promise<Buffer>>();
  const read = (file: string): Promise<Buffer> => {
    let content = cache.get(file);
    if (content === undefined) {
      content = readFile(join(dist, file));
      content.catch(() => cache.delete(file));
      cache.set(file, content);
    }
    return content;
  };

  const serve = (url: string, file: string, type: string): void => {
    app.get(url, async (request, reply) => {
      try {
        return reply.type(type).send(await read(file));
      } catch {
        return reply.code(404).send({
          detail: `${file} is not built: run \`./run pnpm --filter @icontact/openapi build\` and restart the mock`,
          code: Code.not_found,
          requestId: request.id,
        });
      }
    });
  };
  serve('/docs', 'reference.html', 'text/html; charset=utf-8');
  serve('/openapi.json', 'openapi.json', 'application/json; charset=utf-8');
  app.get('/', async (_request, reply) => reply.redirect('/docs'));
}
