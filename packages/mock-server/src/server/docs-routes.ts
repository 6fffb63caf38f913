import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Code } from '@icontact/errors';
import { referencePath, specPath } from '@icontact/openapi';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from './api-route.js';

/** Where swagger-ui-dist's files are: the renderer of `/docs`, served from here, never from a CDN. */
const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The renderer's files `/docs/assets/<file>` serves, with their types. */
const SWAGGER_UI_FILES: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** Options of {@link registerDocsRoutes}. */
export interface DocsRoutesOptions {
  /** The rendered read-only reference (Redoc). Default: `dist/reference.html` of `@icontact/openapi`. */
  readonly referenceFile?: string;
  /** The bundled spec. Default: `dist/openapi.json` of `@icontact/openapi`. */
  readonly specFile?: string;
  /** The fault console's URL, linked from `/docs`. Default: `/__admin/ui` on this port. */
  readonly consoleUrl?: () => string;
}

/** The page of `/docs`: Swagger UI over the spec whose server is this mock, "try it out" on. */
function docsPage(consoleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>iContact API reference — try it against this mock</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  .mock-bar { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; align-items: baseline; padding: 0.6rem 1rem; background: #1b1f24; color: #fff; }
  .mock-bar strong { font-size: 1.1rem; }
  .mock-bar a { color: #b9d3ff; }
</style>
</head>
<body>
<nav class="mock-bar" aria-label="The mock">
  <strong>iContact API reference</strong>
  <span>"Try it out" sends real requests to this mock.</span>
  <a href="${consoleUrl}">Fault console</a>
  <a href="/docs/reference">Read-only reference</a>
  <a href="/openapi.json">openapi.json</a>
</nav>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>
`;
}

/** Starts Swagger UI: the spec of this origin, no validator badge (it would call another host). */
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: '/docs/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: true,
  persistAuthorization: true,
  displayRequestDuration: true,
  validatorUrl: null,
});
`;

/**
 * Serves the contract: at `/docs` the API reference with "try it out" (Swagger UI, from
 * `swagger-ui-dist`, served from here so it works offline) whose server is this mock's own origin; the
 * read-only Redoc reference at `/docs/reference`; the bundled spec at `/openapi.json` (its server, like
 * `/docs/openapi.json`'s, the origin it was fetched from). Files are read
 * once, on first request; a missing one answers 404 saying how to build it.
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
  const missing = (request: FastifyRequest, reply: FastifyReply, file: string) =>
    reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send({
        detail: `${basename(file)} is not built: run \`./run pnpm --filter @icontact/openapi build\` and restart the mock`,
        code: Code.not_found,
        requestId: request.id,
      });
  const serve = (url: string, file: string, type: string): void => {
    app.get(url, async (request, reply) => {
      try {
        return reply.type(type).send(await read(file));
      } catch {
        return missing(request, reply, file);
      }
    });
  };
  const spec = options.specFile ?? specPath;

  app.get('/docs', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(docsPage(options.consoleUrl?.() ?? '/__admin/ui')),
  );
  app.get('/docs/assets/init.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(INIT_SCRIPT),
  );
  app.get<{ Params: { file: string } }>('/docs/assets/:file', async (request, reply) => {
    const type = SWAGGER_UI_FILES[request.params.file];
    if (type === undefined) {
      return reply.code(404).send({ detail: 'No such file.', code: Code.not_found, requestId: request.id });
    }
    return reply
      .type(type)
      .header('cache-control', 'public, max-age=3600')
      .send(await read(join(SWAGGER_UI_DIR, request.params.file)));
  });
  // The spec with its one server set to the origin it was asked from (the mock's real port, or the name
  // the client used): what Swagger UI reads, and what a client generated from /openapi.json calls.
  const specOfThisMock = async (request: FastifyRequest, reply: FastifyReply) => {
    let document: Record<string, unknown>;
    try {
      document = JSON.parse((await read(spec)).toString('utf8')) as Record<string, unknown>;
    } catch {
      return missing(request, reply, spec);
    }
    const origin = `${request.protocol}://${request.host}`;
    return reply.type('application/json; charset=utf-8').send({
      ...document,
      servers: [
        {
          url: `${origin}${API_PREFIX}`,
          description: 'This mock, at the origin this document was fetched from.',
        },
      ],
    });
  };
  app.get('/docs/openapi.json', specOfThisMock);
  app.get('/openapi.json', specOfThisMock);
  serve('/docs/reference', options.referenceFile ?? referencePath, 'text/html; charset=utf-8');
  app.get('/', async (_request, reply) => reply.redirect('/docs'));
}
