import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseScenarioFile } from './parse-scenario-file.js';
import type { QaScenario } from './scenario-schema.js';

/** A scenario and the file it came from. */
export interface LoadedScenario {
  /** The file, as found (a path relative to the working directory when given so). */
  readonly file: string;
  readonly scenario: QaScenario;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/**
 * The scenario files among `paths`: each file as given, each folder's `*.yaml`, `*.yml` and `*.json`
 * (not recursively), in name order.
 *
 * @throws the file system's error (e.g. `ENOENT`) for a path that does not exist
 */
export async function findScenarioFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((name) => SCENARIO_FILE.test(name)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return [...new Set(files.map((file) => resolve(file)))].map(
    (absolute) => files.find((file) => resolve(file) === absolute) ?? absolute,
  );
}

/**
 * Reads and validates the scenarios among `paths` (files and folders).
 *
 * @throws ScenarioFileError for the first invalid file (its file, lines and paths); the file system's
 * error for a path that cannot be read
 */
export async function loadScenarios(paths: readonly string[]): Promise<LoadedScenario[]> {
  const loaded: LoadedScenario[] = [];
  for (const file of await findScenarioFiles(paths)) {
    loaded.push({ file, scenario: parseScenarioFile(await readFile(file, 'utf8'), file) });
  }
  return loaded;
}
