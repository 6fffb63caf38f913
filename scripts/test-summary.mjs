#!/usr/bin/env node
// Adds up the vitest JSON reports that every package's `test` task writes (turbo restores them from
// its cache too), prints one line per package and the closing line `tests: N passed, N failed`.
// Exits non-zero when a test failed, was skipped, or when no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const groups = ['packages', 'simulations', 'openapi'];
const dirs = [];
for (const group of groups) {
  const base = join(root, group);
  if (!existsSync(base)) continue;
  if (existsSync(join(base, 'package.json'))) dirs.push(base);
  for (const name of readdirSync(base)) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) dirs.push(dir);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const out = process.stdout;
for (const dir of dirs) {
  const report = join(dir, '.vitest-report.json');
  if (!existsSync(report)) continue;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  out.write(
    `  ${dir.slice(root.length).padEnd(32)} ${String(r.numPassedTests).padStart(5)} passed  ${r.numFailedTests} failed\n`,
  );
}
out.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
if (failed > 0 || skipped > 0 || passed === 0) process.exit(1);
