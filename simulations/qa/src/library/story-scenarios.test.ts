import { join } from 'node:path';
import { it } from 'vitest';
import { runScenario } from '../run/run-scenario.js';
import { loadScenarios } from '../scenario/load-scenarios.js';
import { expectPassed } from '../test-support/expect-verdict.js';
import { libraryFiles, SCENARIOS_DIR } from '../test-support/library.js';

it.each([...libraryFiles('story-'), ...libraryFiles('happy-')])(
  '%s holds every expectation',
  async (name) => {
    const [loaded] = await loadScenarios([join(SCENARIOS_DIR, name)]);
    if (loaded === undefined) throw new Error(`${name} did not load`);
    expectPassed(await runScenario(loaded));
  },
);
