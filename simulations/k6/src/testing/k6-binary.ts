/**
 * Where the performance engineer's own k6 is. The project ships, fetches and builds no k6 (it is under
 * the AGPL-3.0): only `K6_BIN`, or a `k6` on `PATH`, that the user installed themselves.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The path of the user's own executable k6.
 *
 * @throws Error saying that this project brings no k6 and how to point at one
 */
export function k6Binary(env: NodeJS.ProcessEnv = process.env): string {
  const onPath = (env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'k6'));
  for (const candidate of [env.K6_BIN, ...onPath]) {
    if (candidate === undefined || candidate === '') continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    'k6 not found: this project ships no k6 (AGPL-3.0). Install your own k6 and put it on PATH or set K6_BIN',
  );
}
