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
  },
});
