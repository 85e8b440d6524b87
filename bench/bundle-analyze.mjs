// Where a bundle's weight comes from: bundles `export <what> from './src/index.ts'` (or another entry) as
// size-limit does from dist/ (esbuild, minified, browser), and prints its total (minified, gzip) and the
// minified bytes of each source file in it. dist/'s chunks have hashed names; the sources say what they are.
// Usage: node bench/bundle-analyze.mjs '{ oppositionDeadline }' [entry=src/index.ts] [rows=40]
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const [what = '*', entry = 'src/index.ts', rows = '40'] = process.argv.slice(2);
const r = await build({
  stdin: { contents: `export ${what} from './${entry}'`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent',
  define: { __LP_RULES_VERSION__: '"0.0.0"' },
});
const out = r.outputFiles[0].contents;
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const by = {};
for (const [k, v] of Object.entries(inputs)) {
  const key = k.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, 'node_modules/$1');
  by[key] = (by[key] ?? 0) + v.bytesInOutput;
}
console.log(`${what} from ${entry}: ${(out.length / 1000).toFixed(1)} kB minified, ${(gzipSync(out, { level: 9 }).length / 1000).toFixed(2)} kB gzip`);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) console.log(`${(v / 1000).toFixed(1).padStart(6)} kB  ${k}`);
