import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.js';

export default defineConfig({
  test: {
    coverage,
    // The suite runs the Node runner against a real mock and property tests, next to every other
    // package's tests in `./run test`: on a busy 2-CPU machine a test may take far longer than vitest's
    // 5 s default.
    // This is a guard against a hang, not a speed target.
    testTimeout: 60_000,
  },
});
