import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // The package version results name in their provenance (tsup.config.ts defines it for the build).
  define: { __LP_RULES_VERSION__: JSON.stringify(version) },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // fast-check: a fixed seed in CI keeps runs deterministic; locally every run explores new cases.
    setupFiles: ['test/setup-fast-check.ts'],
    testTimeout: 60_000,
    // Two workers on the two-core CI machine (vitest's default is cores − 1, one here): the suite's wall time
    // went from 453 s to 332 s, so `.ci/run` stays well within its 10 minutes (bench/RESULTS.md).
    maxWorkers: 2,
  },
});
