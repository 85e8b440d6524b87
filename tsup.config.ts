import { defineConfig } from 'tsup';

// Dual build: ESM (`dist/index.js`) and CJS (`dist/index.cjs`), each with its declarations.
// Dependencies stay external: integrators' bundlers dedupe decimal.js, luxon and json-rules-engine.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
});
