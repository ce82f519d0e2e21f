import { defineConfig } from 'vitest/config';

// End-to-end tests start the built command (and Chromium) as separate processes: slow, but no test asserts on time.
// One file at a time, because the machine is shared and Chromium is heavy.
export default defineConfig({
  test: {
    include: ['cli/**/*.test.ts', 'tui/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
