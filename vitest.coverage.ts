/**
 * The coverage settings every package's vitest config uses: V8 coverage of the package's own source,
 * measured on every `test` run. `json-summary` writes `coverage/coverage-summary.json`, which
 * `scripts/coverage-doc.mjs` turns into the table of docs/coverage.md and `scripts/test-summary.mjs`
 * prints beside each package's test count. No imports, so that any package's config can load it.
 */
export const coverage: {
  enabled: boolean;
  provider: 'v8';
  reporter: ('text-summary' | 'json-summary')[];
  reportsDirectory: string;
  include: string[];
  exclude: string[];
} = {
  enabled: true,
  provider: 'v8',
  reporter: ['text-summary', 'json-summary'],
  reportsDirectory: 'coverage',
  include: ['src/**/*.ts', 'scripts/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts', '**/generated/**', '**/test-support/**', '**/test-support.ts'],
};
