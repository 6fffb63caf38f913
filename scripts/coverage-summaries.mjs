// Reads the coverage summary (`coverage/coverage-summary.json`, vitest's V8 coverage with the
// `json-summary` reporter, see vitest.coverage.ts) that every package's `test` task writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** The folders of the workspace's packages, in the order pnpm-workspace.yaml lists their groups. */
export function packageDirs() {
  const dirs = [];
  for (const group of ['packages', 'simulations', 'openapi']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    if (existsSync(join(base, 'package.json'))) dirs.push(base);
    for (const name of readdirSync(base).sort()) {
      const dir = join(base, name);
      if (existsSync(join(dir, 'package.json'))) dirs.push(dir);
    }
  }
  return dirs;
}

/**
 * The totals of one package's last coverage run, or null when it has none.
 * @returns {{ lines: Metric, statements: Metric, functions: Metric, branches: Metric } | null}
 * where a Metric is `{ total, covered, pct }`.
 */
export function coverageOf(dir) {
  const file = join(dir, 'coverage', 'coverage-summary.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')).total;
}

/** The name of the package in `dir`. */
export function packageName(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
}

/** A metric as a percentage with one decimal, `–` when there was nothing to cover. */
export function percent(metric) {
  return metric.total === 0 ? '–' : `${((100 * metric.covered) / metric.total).toFixed(1)} %`;
}
