import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.js';

// Several tests start the mock in a child process and kill it; on a loaded 2-core CI machine a start
// takes seconds, so the default 5 s limit would fail them for the machine's sake, not the code's.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000, coverage },
});
