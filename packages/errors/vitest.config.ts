import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.js';

export default defineConfig({
  test: {
    coverage,
    // The code-literal scan reads every package's source; on a busy 2-core machine, with coverage on, it
    // can take longer than vitest's 5 s default. A guard against a hang, not a speed target.
    testTimeout: 30_000,
  },
});
