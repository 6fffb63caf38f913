import { readFile } from 'node:fs/promises';
import { parseScenario, type Scenario } from './scenario-file.js';

/**
 * Reads and validates a scenario file (YAML or JSON). Node only: import it from `@icontact/faults/node`.
 *
 * @throws {@link ScenarioFileError} when the file is not a valid scenario; the file system's own error
 * (e.g. `ENOENT`) when it cannot be read.
 */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  return parseScenario(await readFile(file, 'utf8'), file);
}
