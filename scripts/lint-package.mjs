#!/usr/bin/env node
// Checks the package in the current directory as it would be published: publint (strict) on what
// `pnpm pack` would ship, and @arethetypeswrong/cli on the tarball `pnpm pack` writes, so `workspace:`
// and `catalog:` are rewritten exactly as in `pnpm run pack`. Run it as the package's `lint:package`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

const dir = mkdtempSync(join(tmpdir(), 'icontact-lint-package-'));
try {
  const { filename } = JSON.parse(run('pnpm', ['pack', '--pack-destination', dir, '--json']));
  process.stdout.write(run('publint', ['--strict', '--pack', 'pnpm']));
  // An entry that is a data file (the YAML spec) has no types to check.
  const { exports = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
  const dataEntries = Object.entries(exports)
    .filter(([, target]) => typeof target === 'string' && !/\.(m?js|json)$/.test(target))
    .map(([entry]) => entry);
  const exclude = dataEntries.length > 0 ? ['--exclude-entrypoints', ...dataEntries] : [];
  process.stdout.write(
    run('attw', [filename, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude]),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
