import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.js';

export default defineConfig({
  test: {
    coverage,
    include: ['src/**/*.test.ts'],
    // The suites start servers and child processes and measure retries in real time: one file at a
    // time keeps the two cores for the one under test.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
