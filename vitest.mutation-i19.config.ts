import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Vitest config used only by Stryker for the files the last step of issue 19 touched (stryker.i19.config.json,
// docs/quality.md): the norm texts kept beside the norms, and the input checks beside wrong fields.
export default defineConfig({
  define: { __LP_RULES_VERSION__: JSON.stringify(version) },
  test: {
    include: [
      'src/schemas/**/*.test.ts',
      'src/rules/**/*.test.ts',
      'src/engines/evaluator/*.test.ts',
      // Every calculator checks its input through checkInput (moneyIssues, semantic checks beside wrong fields).
      'src/calculators/**/*.test.ts',
      'test/{families-generated,input-issues,non-json-input,undefined-fields,safe,rule-files,norms-instances}.test.ts',
    ],
    setupFiles: ['test/setup-fast-check.ts'],
    // Fixed fast-check seed (the setup file uses it when CI is set): every mutant sees the same cases.
    env: { CI: '1' },
    testTimeout: 60_000,
  },
});
