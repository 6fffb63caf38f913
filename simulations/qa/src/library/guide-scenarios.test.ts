import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runScenario } from '../run/run-scenario.js';
import { loadScenarios } from '../scenario/load-scenarios.js';
import { expectPassed } from '../test-support/expect-verdict.js';
import { libraryFiles, SCENARIOS_DIR } from '../test-support/library.js';

const files = libraryFiles('guide-');

it('has a scenario for every guide entry reproducible from outside the tablet, and #13 through the storage adapter', async () => {
  const covered = new Set((await loadScenarios([SCENARIOS_DIR])).flatMap((loaded) => loaded.scenario.guide));
  expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, index) => index + 1));
});

it.each(files)('%s holds every expectation', async (name) => {
  const [loaded] = await loadScenarios([join(SCENARIOS_DIR, name)]);
  if (loaded === undefined) throw new Error(`${name} did not load`);
  expectPassed(await runScenario(loaded));
});
