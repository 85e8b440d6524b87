import { defineConfig } from 'vitest/config';

// Vitest config used only by Stryker (`npm run mutation`, see docs/quality.md).
// It runs the tests that exercise the mutated code (src/rules, src/engines/evaluator, src/calculators):
// the unit tests and worked examples under src/, and the property/differential/rule tests under test/.
// Left out: tests that need dist/ or a browser, spawn the CLI, time benchmarks, check packaging or docs,
// the 100k-run fuzz target and the date-holidays cross-check, which are slow and do not cover those sources.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'test/browser.test.ts',
      'test/cli.test.ts',
      'test/bench-smoke.test.ts',
      'test/package.test.ts',
      'test/packaging.test.ts',
      'test/fuzz.test.ts',
      'test/holidays-date-holidays.test.ts',
      'test/docs.test.ts',
      'test/api-docs.test.ts',
    ],
    setupFiles: ['test/setup-fast-check.ts'],
    // Fixed fast-check seed (the setup file uses it when CI is set): every mutant sees the same cases.
    env: { CI: '1' },
    testTimeout: 60_000,
  },
});
