import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Results name the package and its version in their provenance.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __LP_RULES_VERSION__: JSON.stringify(version) };

// Dual build: ESM (`dist/index.js`) and CJS (`dist/index.cjs`), each with its declarations.
// Dependencies stay external: integrators' bundlers dedupe decimal.js, luxon and json-rules-engine.
export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
  define,
}, {
  // The command-line tool (Node only): `lp-rules recalc`, and the worker it starts.
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  splitting: false,
  banner: { js: '#!/usr/bin/env node' },
  define,
}]);
