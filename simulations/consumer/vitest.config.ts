import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // npm installs the tarballs and their registry dependencies into an empty project: minutes, not ms.
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
});
