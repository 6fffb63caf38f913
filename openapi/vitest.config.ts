import { defineConfig } from 'vitest/config';
import { coverage } from '../vitest.coverage.js';

export default defineConfig({
  test: {
    coverage,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
