import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';

// Results name the package and its version in their provenance.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __LP_RULES_VERSION__: JSON.stringify(version) };

// Every browser-safe source module is an entry of the ESM build, so `dist/` keeps one module per source
// module (shared code in chunks) and, with `"sideEffects": false`, an integrator's bundler keeps only the
// modules the imported functions reach: `{ validatePayment }` carries no seizure norms, no deadline
// validators. The CLI (Node only) is built apart.
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'cli' ? [] : sources(p);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : [];
  });
const modules = Object.fromEntries(sources('src').map((p) => [relative('src', p).replace(/\.ts$/, ''), p]));
// The published entries: `lp-rules`, `lp-rules/reference` (json-rules-engine, for its users only) and
// `lp-rules/cases` (legal staff's case files: parser, runner, report).
const published = { index: 'src/index.ts', reference: 'src/reference.ts', cases: 'src/cases.ts' };

export default defineConfig([{
  entry: modules,
  format: ['esm'],
  dts: { entry: published },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  define,
}, {
  // CommonJS (`dist/index.cjs`, `dist/reference.cjs`), for `require`: split, so that both entries share
  // one copy of the SDK (the same error classes, the same registry of loaded norm families).
  entry: published,
  format: ['cjs'],
  dts: { entry: published },
  sourcemap: true,
  clean: false,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
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
  // Commands load apart (dynamic imports stay chunks): `recalc` never loads fastify, `serve` never exceljs.
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
  define,
}]);
