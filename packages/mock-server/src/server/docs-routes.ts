import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Code } from '@icontact/errors';
import { referencePath, specPath } from '@icontact/openapi';
import type { FastifyInstance } from 'fastify';

/** Options of {@link registerDocsRoutes}. */
export interface DocsRoutesOptions {
  /** The rendered reference. Default: `dist/reference.html` of `@icontact/openapi`. */
  readonly referenceFile?: string;
  /** The bundled spec. Default: `dist/openapi.json` of `@icontact/openapi`. */
  readonly specFile?: string;
}

/**
 * Serves the contract: the rendered API reference at `/docs` and the bundled spec at `/openapi.json`.
 * Both are read once, on first request; a missing file answers 404 saying how to build it.
 */
export async function registerDocsRoutes(
  app: FastifyInstance,
  options: DocsRoutesOptions = {},
): Promise<void> {
  const cache = new Map<string, Promise<Buffer>>();
  const read = (file: string): Promise<Buffer> => {
    let content = cache.get(file);
    if (content === undefined) {
      content = readFile(file);
      content.catch(() => cache.delete(file));
      cache.set(file, content);
    }
    return content;
  };

  const serve = (url: string, file: string, type: string): void => {
    app.get(url, async (request, reply) => {
      let content: Buffer;
      try {
        content = await read(file);
      } catch {
        return reply
          .code(404)
          .type('application/json; charset=utf-8')
          .send({
            detail: `${basename(file)} is not built: run \`./run pnpm --filter @icontact/openapi build\` and restart the mock`,
            code: Code.not_found,
            requestId: request.id,
          });
      }
      return reply.type(type).send(content);
    });
  };
  serve('/docs', options.referenceFile ?? referencePath, 'text/html; charset=utf-8');
  serve('/openapi.json', options.specFile ?? specPath, 'application/json; charset=utf-8');
  app.get('/', async (_request, reply) => reply.redirect('/docs'));
}
