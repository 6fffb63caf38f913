#!/usr/bin/env node
// Adds up the vitest JSON reports that every package's `test` task writes (turbo restores them from
// its cache too), prints one line per package with its line coverage and the closing line
// `tests: N passed, N failed`. Exits non-zero when a test failed, was skipped, or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageOf, packageDirs, percent, root } from './coverage-summaries.mjs';

const dirs = packageDirs();

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
  const coverage = coverageOf(dir);
  const lines = coverage === null ? '' : `  lines ${percent(coverage.lines)}`;
  out.write(
    `  ${dir.slice(root.length).padEnd(32)} ${String(r.numPassedTests).padStart(5)} passed  ${r.numFailedTests} failed${lines}\n`,
  );
}
out.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
if (failed > 0 || skipped > 0 || passed === 0) process.exit(1);
