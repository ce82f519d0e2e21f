import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The component tests draw with the frame builder the app uses (src/app/ink-output).
    setupFiles: ['test/setup.ts'],
  },
});
