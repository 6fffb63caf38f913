/**
 * Runs the project's Redocly CLI (the `@redocly/cli` dev dependency) with the current Node.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from './paths.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * Runs `redocly <args>` in the package folder and returns what it printed.
 *
 * @param args - the CLI arguments, e.g. `['bundle', 'openapi.yaml', '-o', 'dist/openapi.json']`
 * @throws the child process error (with `stdout` and `stderr`) when Redocly exits non-zero
 */
export async function redocly(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [cli, ...args], {
    cwd: packageRoot,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
}
