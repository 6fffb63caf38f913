import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The scenario library's folder. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

/** The library's scenario files whose names start with `prefix`, in name order. */
export function libraryFiles(prefix: string): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.yaml'))
    .sort();
}
