import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // fast-check: a fixed seed in CI keeps runs deterministic; locally every run explores new cases.
    setupFiles: ['test/setup-fast-check.ts'],
    testTimeout: 60_000,
  },
});
