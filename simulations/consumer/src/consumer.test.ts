import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from './consumer-project.js';
import { quickStartBlocks } from './docs-code-blocks.js';
import { type RunningMock, startInstalledMock } from './mock-cli.js';

const DOCS = new URL('../../../docs/', import.meta.url).pathname;
/** Where the docs' SDK quick start expects the mock (`./run start`'s defaults). */
const DOCS_API = 'http://127.0.0.1:4010/api/v1';
const DOCS_ADMIN = 'http://127.0.0.1:4011/__admin';

const sdkBlocks = quickStartBlocks(join(DOCS, 'sdk.md'));
const mswBlocks = quickStartBlocks(join(DOCS, 'msw.md'));
let project: ConsumerProject;
let mock: RunningMock | undefined;

beforeAll(async () => {
  project = await createConsumerProject();
  for (const block of [...sdkBlocks, ...mswBlocks]) project.write(block.path, block.code);
});

afterAll(async () => {
  await mock?.stop();
  rmSync(project.dir, { recursive: true, force: true });
});

/** A tsconfig as strict as a careful client team's, with the given module resolution. */
function tsconfig(module: 'NodeNext' | 'Preserve', moduleResolution: 'NodeNext' | 'Bundler'): string {
  const compilerOptions = {
    target: 'ES2023',
    lib: ['ES2023', 'DOM'], // msw's types need the DOM's (Request, MessageEvent, ServiceWorker)
    module,
    moduleResolution,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    types: ['node'],
    noEmit: true,
    skipLibCheck: true, // as client projects have it; the packages' own types are checked by attw
  };
  return `${JSON.stringify({ compilerOptions, include: ['*.ts', 'src/**/*.ts'] }, null, 2)}\n`;
}

it('finds the quick starts in the docs: the SDK quick start and both files of the MSW one', () => {
  expect(sdkBlocks.map((block) => block.path)).toEqual(['quick-start.ts']);
  expect(mswBlocks.map((block) => block.path)).toEqual(['src/test/icontact.ts', 'src/login.test.ts']);
});

it('packs every publishable package with README, LICENSE, CHANGELOG and no test or test support', async () => {
  expect([...project.tarballs.keys()].sort()).toEqual([
    '@icontact/domain',
    '@icontact/errors',
    '@icontact/faults',
    '@icontact/mock-core',
    '@icontact/mock-server',
    '@icontact/msw',
    '@icontact/openapi',
    '@icontact/sdk',
  ]);
  for (const tarball of project.tarballs.values()) {
    const files = (await project.exec('tar', ['tzf', tarball])).split('\n');
    expect(files, tarball).toEqual(
      expect.arrayContaining([
        'package/README.md',
        'package/LICENSE',
        'package/CHANGELOG.md',
        'package/package.json',
      ]),
    );
    expect(
      files.filter((file) => /\.test\.|test-support|\/src\/test\//.test(file)),
      tarball,
    ).toEqual([]);
  }
});

it('installs manifests with registry ranges only: no workspace: or catalog: left', () => {
  for (const name of project.tarballs.keys()) {
    const manifest = readFileSync(join(project.dir, 'node_modules', name, 'package.json'), 'utf8');
    expect(manifest, name).not.toMatch(/"(workspace|catalog):/);
    expect(JSON.parse(manifest).license, name).toBe('MIT');
  }
});

it('type-checks the quick starts under strict and noUncheckedIndexedAccess with NodeNext resolution', async () => {
  project.write('tsconfig.nodenext.json', tsconfig('NodeNext', 'NodeNext'));
  await expect(project.exec('npx', ['tsc', '-p', 'tsconfig.nodenext.json'])).resolves.toBe('');
});

it('type-checks the quick starts under strict and noUncheckedIndexedAccess with Bundler resolution', async () => {
  project.write('tsconfig.bundler.json', tsconfig('Preserve', 'Bundler'));
  await expect(project.exec('npx', ['tsc', '-p', 'tsconfig.bundler.json'])).resolves.toBe('');
});

it('runs the SDK quick start of docs/sdk.md against the mock server installed from its tarball', async () => {
  mock = await startInstalledMock(project.dir);
  const [block] = sdkBlocks;
  expect(block?.code).toContain(DOCS_API);
  expect(block?.code).toContain(DOCS_ADMIN);
  project.write(
    'quick-start.ts',
    (block?.code ?? '').replaceAll(DOCS_API, mock.apiUrl).replaceAll(DOCS_ADMIN, mock.adminUrl),
  );
  const output = await project.exec(process.execPath, ['quick-start.ts']);
  expect(output).toMatch(/^shift \S+: closed$/m);
  const contacts = (await fetch(`${mock.adminUrl}/state/contacts`).then((response) => response.json())) as {
    step?: string;
  }[];
  expect(contacts.filter((contact) => contact.step === 'submitted')).toHaveLength(1);
});

it('passes the MSW quick start of docs/msw.md under vitest', async () => {
  const output = await project.exec('npx', ['vitest', 'run', '--reporter=verbose'], {
    CI: '1',
    NO_COLOR: '1',
  });
  expect(output).toMatch(/Tests\s+3 passed \(3\)/);
});
