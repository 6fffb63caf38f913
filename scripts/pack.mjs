#!/usr/bin/env node
// Writes an installable tarball of every publishable workspace package (each one not `private`) with
// `pnpm pack`, which turns `workspace:` and `catalog:` ranges into the versions a registry knows.
// Before packing it checks what every tarball must carry: dist (run the build first), README.md,
// CHANGELOG.md and a LICENSE identical to the root's.
//
//   node scripts/pack.mjs [--out <dir>]     default: <root>/packs; prints one tarball path a line
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The directories of the publishable packages, from the workspace's folders. */
function publishableDirs() {
  const dirs = [join(root, 'openapi')];
  for (const group of ['packages', 'simulations']) {
    for (const name of readdirSync(join(root, group)).sort()) dirs.push(join(root, group, name));
  }
  return dirs.filter((dir) => {
    const manifest = join(dir, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).private !== true;
  });
}

function check(dir) {
  const problems = [];
  if (!existsSync(join(dir, 'dist'))) problems.push('no dist/ (build first: ./run pnpm run pack builds)');
  for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
    if (!existsSync(join(dir, file))) problems.push(`no ${file}`);
  }
  const license = join(dir, 'LICENSE');
  if (existsSync(license) && readFileSync(license, 'utf8') !== readFileSync(join(root, 'LICENSE'), 'utf8')) {
    problems.push('LICENSE differs from the root LICENSE (copy it: cp LICENSE <package>/)');
  }
  return problems;
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : join(root, 'packs'));
const dirs = publishableDirs();
const problems = dirs.flatMap((dir) => check(dir).map((problem) => `${dir.slice(root.length)}: ${problem}`));
if (problems.length > 0) {
  process.stderr.write(`pack: refused\n${problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const dir of dirs) {
  const json = execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { filename } = JSON.parse(json);
  process.stdout.write(`${resolve(out, filename)}\n`);
}
