import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// json-rules-engine (and its jsonpath-plus) is the reference evaluator only: the built package loads it
// when `evaluate(…, { engine: 'reference' })` is first called, never for the compiled evaluator or a
// calculator — checked on the built package (`npm test` builds it first), ESM and CommonJS, each in a
// fresh Node process, and in a bundle of one calculator.

const root = join(__dirname, '..');
const FACTS = "{ amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null }";
// Node's CommonJS cache also holds every CommonJS package an ES module imported (json-rules-engine is one).
const SCRIPT = `
  const loaded = () => Object.keys(cache).filter((k) => /[\\\\/]node_modules[\\\\/](json-rules-engine|jsonpath-plus)[\\\\/]/.test(k)).length;
  const before = [];
  lib.oppositionDeadline({ notifiedOn: '2026-03-18' });
  lib.computeMinimumVital({ asOf: '2026-06-01', household: { type: 'single' } });
  lib.validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '1.00', target: { kind: 'poursuite', balance: '10.00' }, method: { type: 'twint' } });
  const compiled = lib.evaluate('payment.ocp', ${FACTS}, { asOf: '2026-05-04' }).fired.map((f) => f.event.type);
  before.push(loaded());
  Promise.resolve(lib.evaluate('payment.ocp', ${FACTS}, { asOf: '2026-05-04', engine: 'reference' })).then((r) => {
    console.log(JSON.stringify({ before: before[0], after: loaded() > 0, compiled, reference: r.fired.map((f) => f.event.type) }));
  });
`;
const run = (args: string[]): unknown => JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
const EXPECTED = { before: 0, after: true, compiled: ['AMOUNT_ABOVE_LIMIT'], reference: ['AMOUNT_ABOVE_LIMIT'] };

describe('json-rules-engine loads only when the reference evaluator is used', () => {
  it('ESM (dist/index.js): not loaded by calculators nor the compiled evaluator; loaded, and agreeing, on the first reference evaluation', () => {
    const script = `import * as lib from 'lp-rules'; import { createRequire } from 'node:module'; const cache = createRequire(import.meta.url).cache; ${SCRIPT}`;
    expect(run(['--input-type=module', '-e', script])).toEqual(EXPECTED);
  });

  it('CommonJS (dist/index.cjs): the same', () => {
    expect(run(['-e', `const lib = require('lp-rules'); const cache = require.cache; ${SCRIPT}`])).toEqual(EXPECTED);
  });

  it('a bundle of { oppositionDeadline } holds no json-rules-engine or jsonpath-plus code', async () => {
    const out = await build({
      stdin: { contents: "import { oppositionDeadline } from './dist/index.js'; console.log(oppositionDeadline);", resolveDir: root },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: false,
      write: false,
      logLevel: 'error',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).toContain('oppositionDeadline');
    expect(code).not.toMatch(/class Almanac|JSONPath|json-rules-engine\/dist/);
  });
});
