import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Code } from '@icontact/errors';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where the build (`scripts/build-console.ts`) puts the console's page and bundle. */
export const CONSOLE_ASSETS_DIR = fileURLToPath(new URL('../../dist/console-ui/', import.meta.url));

/** The console's files, by the name they are served under, with their type. */
const FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/** Options of {@link registerConsolePageRoutes}. */
export interface ConsolePageRoutesOptions {
  /** The folder of the built console. Default: {@link CONSOLE_ASSETS_DIR}. */
  readonly assetsDir?: string;
}

/**
 * Serves the fault console's page at `/ui` and its bundle at `/ui/<file>` (register it under `/__admin`).
 * The page holds no data and no secret, so it is served without the admin token; it asks for the token
 * and sends it with every admin call. Everything it loads comes from here: it works with no network.
 */
export async function registerConsolePageRoutes(
  app: FastifyInstance,
  options: ConsolePageRoutesOptions = {},
): Promise<void> {
  const dir = options.assetsDir ?? CONSOLE_ASSETS_DIR;
  const cache = new Map<string, Buffer>();
  const serve = async (name: string, reply: FastifyReply, requestId: string) => {
    const type = FILES[name];
    if (type === undefined) {
      return reply
        .code(404)
        .send({ detail: `The console has no file ${name}.`, code: Code.not_found, requestId });
    }
    let content = cache.get(name);
    if (content === undefined) {
      try {
        content = await readFile(`${dir}${name}`);
        cache.set(name, content);
      } catch {
        return reply.code(404).send({
          detail: `The console is not built (${name} is missing from ${dir}): run \`./run pnpm --filter @icontact/mock-server build\` and restart the mock.`,
          code: Code.not_found,
          requestId,
        });
      }
    }
    return reply.type(type).header('cache-control', 'no-cache').send(content);
  };
  app.get('/ui', async (request, reply) => serve('index.html', reply, request.id));
  app.get('/ui/', async (request, reply) => serve('index.html', reply, request.id));
  app.get<{ Params: { file: string } }>('/ui/:file', async (request, reply) =>
    serve(request.params.file, reply, request.id),
  );
}
