import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A scenario runs a whole virtual day against a real mock on loopback: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
