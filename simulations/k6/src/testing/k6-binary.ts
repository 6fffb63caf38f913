/**
 * Where the real k6 binary is: `K6_BIN` (which `./run test` exports from scripts/setup/ensure-k6.sh), or
 * the cache that script builds into. No fallback to a download: the machine has no internet.
 */
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The k6 version scripts/setup/k6/go.mod pins. */
export const K6_VERSION = 'v2.2.0';

/**
 * The path of an executable k6.
 *
 * @throws Error saying how to get k6 when none is found
 */
export function k6Binary(env: NodeJS.ProcessEnv = process.env): string {
  const cache = join(
    env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
    'icontact-toolkit',
    'k6',
    K6_VERSION,
    'k6',
  );
  for (const candidate of [env.K6_BIN, cache]) {
    if (candidate === undefined || candidate === '') continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `k6 not found (K6_BIN=${env.K6_BIN ?? 'unset'}, cache ${cache}): run \`source scripts/setup/ensure-k6.sh\` via ./run test, which builds it from the Go module proxy`,
  );
}
