import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadScenarioFile } from './load-scenario-file.js';
import { ScenarioFileError } from './scenario-file-error.js';

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'faults-scenario-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

it('reads and validates a scenario file from disk', async () => {
  const file = join(directory, 'gateway.yaml');
  await writeFile(file, 'faults:\n  - { kind: sms_gateway_down, target: { times: 3 } }\n');
  expect((await loadScenarioFile(file)).faults).toEqual([
    { kind: 'sms_gateway_down', timing: 'before', target: { times: 3 } },
  ]);
});

it('names the file it read in its errors', async () => {
  const file = join(directory, 'wrong.yaml');
  await writeFile(file, 'faults: 3\n');
  const error = await loadScenarioFile(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ScenarioFileError);
  expect((error as ScenarioFileError).message).toContain(`${file}:1:`);
});

it('passes on the file system error for a missing file', async () => {
  await expect(loadScenarioFile(join(directory, 'missing.yaml'))).rejects.toMatchObject({ code: 'ENOENT' });
});

it('loads every scenario the README and docs start the mock with (--scenario <file>)', async () => {
  const root = new URL('../../../', import.meta.url);
  const { readFile } = await import('node:fs/promises');
  const texts = await Promise.all(
    ['README.md', 'docs/mock-server.md', 'docs/faults.md'].map((file) =>
      readFile(new URL(file, root), 'utf8'),
    ),
  );
  const files = [
    ...new Set(
      texts.flatMap((text) => [...text.matchAll(/--scenario[ =](\S+\.ya?ml)/g)].map((m) => m[1] ?? '')),
    ),
  ];
  expect(files).toContain('simulations/mock-scenarios/bad-morning.yaml');
  for (const file of files) {
    const scenario = await loadScenarioFile(new URL(file, root).pathname);
    expect(scenario.faults.length, file).toBeGreaterThan(0);
  }
});
