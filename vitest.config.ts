import { defineConfig } from 'vitest/config';

// CLI and schema tests spawn the real binary many times; on a shared two-core
// machine that can take seconds, which is not a failure (speed is measured by
// the benchmark script, not by tests).
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
