import { defineConfig } from 'vitest/config';

// Generous: these tests build real models (HyperFormula, worker processes) on a machine shared by several people.
// The limit only stops a hung test; no test asserts on time.
export default defineConfig({
  test: { testTimeout: 120_000 },
});
