import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Vitest config used only by Stryker for the files issue 16 touched (stryker.i16.config.json, docs/quality.md):
// the tests that exercise the seizure, bulk, procedure and calendar code — unit tests beside the sources
// (core, engines, bulk), every calculator's tests and worked examples, and the seizure/procedure/deadline properties and the differential test.
export default defineConfig({
  // The package version results name in their provenance (as vitest.config.ts).
  define: { __LP_RULES_VERSION__: JSON.stringify(version) },
  test: {
    include: [
      'src/core/**/*.test.ts',
      // The engines (seizure, calendar, procedure, evaluator) moved out of src/core (issue 19): their tests too.
      'src/engines/**/*.test.ts',
      'src/bulk/*.test.ts',
      // Every calculator: the procedure and calendar engines serve most of them (canContinue, saleWindow…).
      'src/calculators/**/*.test.ts',
      'test/{seizure-properties,procedure-properties,deadline-properties,differential,norms-instances}.test.ts',
    ],
    setupFiles: ['test/setup-fast-check.ts'],
    // Fixed fast-check seed (the setup file uses it when CI is set): every mutant sees the same cases.
    env: { CI: '1' },
    testTimeout: 60_000,
  },
});
