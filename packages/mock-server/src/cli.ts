#!/usr/bin/env node
import { resolve } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { CommanderError } from 'commander';
import { formatBanner } from './cli/banner.js';
import { parseCliOptions } from './cli/cli-program.js';
import { createMockServer, DATA_FILE } from './server/create-mock-server.js';
import type { MockServerOptions } from './server/mock-server-options.js';

/**
 * Relative `--scenario` and `--data-dir` paths, resolved against the folder the user ran the command in:
 * `pnpm run` starts the CLI in the package's folder, and says where it was invoked in `INIT_CWD`.
 */
function withPathsFromInvocation(options: MockServerOptions): MockServerOptions {
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    ...options,
    ...(options.scenarioFile === undefined ? {} : { scenarioFile: resolve(base, options.scenarioFile) }),
    ...(options.dataDir === undefined ? {} : { dataDir: resolve(base, options.dataDir) }),
  };
}

/** How long a signal gives requests under way to finish before the process exits anyway. */
const SHUTDOWN_DELAY_MS = 10_000;

async function main(): Promise<void> {
  let options: MockServerOptions;
  try {
    // `./run start -- --seed 7` reaches us through two `pnpm run`s, which pass their `--` separator on.
    const argv = process.argv.slice(2);
    if (argv[0] === '--') argv.shift();
    options = withPathsFromInvocation(parseCliOptions(argv, (program) => program.exitOverride()));
  } catch (error) {
    // commander printed the help, the version or what was wrong already.
    if (error instanceof CommanderError) process.exit(error.exitCode);
    throw error;
  }
  const server = await createMockServer(options);
  // Installed before listening, so a signal that comes at any moment from here on shuts down gracefully.
  closeWithGrace({ delay: SHUTDOWN_DELAY_MS }, async ({ signal, err }) => {
    if (err !== undefined) server.app.log.error({ err }, 'shutting down after an unexpected error');
    else server.app.log.info({ signal }, 'shutting down');
    await server.close();
  });
  const addresses = await server.listen();
  const seed = server.backend.admin.describeSeed();
  process.stdout.write(
    formatBanner({
      addresses,
      seed: seed.seed,
      logins: seed.accounts.map((account) => ({
        login: account.login,
        password: seed.password,
        role: account.role,
        note: account.note,
      })),
      adminTokenRequired: options.adminToken !== undefined,
      clock: server.backend.admin.clock(),
      sampleConsumers: seed.sampleConsumers.map((consumer) => ({
        fullName: `${consumer.name.surname} ${consumer.name.firstName} ${consumer.name.patronymic}`,
        iin: consumer.iin,
        phone: consumer.phone,
      })),
      storage: options.dataDir === undefined ? 'in memory (lost at exit)' : `${options.dataDir}/${DATA_FILE}`,
      ...(server.scenario === undefined
        ? {}
        : { scenario: server.scenario.name ?? options.scenarioFile ?? '' }),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`icontact-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
