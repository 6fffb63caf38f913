import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('../../../', import.meta.url).pathname;

/** An empty npm project in a temporary folder outside the workspace. */
export interface ConsumerProject {
  readonly dir: string;
  /** The tarballs `scripts/pack.mjs` wrote, by package name (`@icontact/sdk` → its `.tgz`). */
  readonly tarballs: ReadonlyMap<string, string>;
  /** Writes a file of the project (folders made as needed). */
  write(path: string, content: string): void;
  /** Runs a command in the project; rejects with its output when it fails. */
  exec(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string>;
}

/** The range the workspace itself uses for a third-party tool, so the project tests what we test. */
function workspaceRange(name: string): string {
  const catalog = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const fromCatalog = new RegExp(`^\\s+"?${name}"?:\\s*(\\S+)$`, 'm').exec(catalog)?.[1];
  if (fromCatalog !== undefined) return fromCatalog;
  const msw = JSON.parse(readFileSync(join(ROOT, 'packages/msw/package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const range = msw.devDependencies[name];
  if (range === undefined) throw new Error(`no workspace range for ${name}`);
  return range;
}

async function exec(dir: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: dir,
      // pnpm's lowercase `npm_config_*` (its catalog, its settings) are not the consumer's; the user's own
      // uppercase `NPM_CONFIG_*` (a registry mirror) pass.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_config_'))),
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/**
 * Packs every publishable package with `scripts/pack.mjs` and installs the tarballs with npm into an
 * empty project, beside `msw`, `vitest`, `typescript` and `@types/node` from the registry. The project's
 * `.npmrc` maps the `@icontact` scope to an address nothing answers on, so an `@icontact` package that
 * is not among the tarballs fails the install instead of coming from the public registry.
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), 'icontact-consumer-'));
  const packs = join(dir, 'packs');
  const listed = await exec(ROOT, process.execPath, [join(ROOT, 'scripts/pack.mjs'), '--out', packs]);
  const tarballs = new Map<string, string>();
  for (const file of listed.split('\n').filter((line) => line.endsWith('.tgz'))) {
    const name = basename(file).replace(/^icontact-(.+)-\d+\.\d+\.\d+.*\.tgz$/, '@icontact/$1');
    tarballs.set(name, file);
  }
  const project: ConsumerProject = {
    dir,
    tarballs,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    exec: (command, args, env) => exec(dir, command, args, env),
  };
  project.write('.npmrc', '@icontact:registry=http://127.0.0.1:9/\naudit=false\nfund=false\n');
  const dependencies = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  const devDependencies = Object.fromEntries(
    ['msw', 'vitest', 'typescript', '@types/node'].map((name) => [name, workspaceRange(name)]),
  );
  project.write(
    'package.json',
    // `overrides` pins every `@icontact/*` range of the tarballs (the SDK's `@icontact/domain@^0.2.0`) to
    // its tarball too: without it npm asks the scope's registry for them first (docs/releasing.md).
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, devDependencies, overrides: dependencies }, null, 2)}\n`,
  );
  await project.exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  return project;
}
