/**
 * `pnpm build` (after `tsc`): bundles the fault console (`console/`) with esbuild into
 * `dist/console-ui/` — `index.html`, `console.js`, `console.css` — so the mock serves it with no network.
 * The guide scenarios (`simulations/scenarios/guide-*.yaml`) are read here and bundled in, for the
 * console's one-click "reproduce guide #N".
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const consoleDir = join(root, 'console');
const outDir = join(root, 'dist', 'console-ui');
const scenariosDir = join(root, '..', '..', 'simulations', 'scenarios');

interface GuideScenarioFile {
  readonly name?: string;
  readonly description?: string;
  readonly guide?: readonly number[];
  readonly faults?: readonly Record<string, unknown>[];
}

async function guideScenarios(): Promise<unknown[]> {
  const files = (await readdir(scenariosDir)).filter((file) => /^guide-.*\.ya?ml$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = parse(await readFile(join(scenariosDir, file), 'utf8')) as GuideScenarioFile;
      return {
        file: basename(file),
        name: parsed.name ?? file,
        description: (parsed.description ?? '').trim(),
        guide: parsed.guide ?? [],
        faults: parsed.faults ?? [],
      };
    }),
  );
}

function virtualModule(name: string, contents: () => Promise<string>): Plugin {
  return {
    name,
    setup(builder) {
      builder.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: 'virtual' }));
      builder.onLoad({ filter: /.*/, namespace: 'virtual' }, async () => ({
        contents: await contents(),
        loader: 'json',
      }));
    },
  };
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(consoleDir, 'src', 'main.tsx')],
    outfile: join(outDir, 'console.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    sourcemap: false,
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [virtualModule('virtual:guide-scenarios', async () => JSON.stringify(await guideScenarios()))],
  });
  await copyFile(join(consoleDir, 'src', 'console.css'), join(outDir, 'console.css'));
  await copyFile(join(consoleDir, 'index.html'), join(outDir, 'index.html'));
  process.stdout.write(`wrote the fault console to ${outDir}\n`);
}

await main();
