import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// json-rules-engine (and its jsonpath-plus) is the reference evaluator only, published as `lp-rules/reference`:
// the main entry never loads it — not its calculators, not its (compiled) `evaluate` — and the reference entry
// loads it on its first reference evaluation. Checked on the built package (`npm test` builds it first), ESM
// and CommonJS, each in a fresh Node process, and in browser bundles of the main entry.

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
  let mainRefuses = null;
  try { lib.evaluate('payment.ocp', ${FACTS}, { asOf: '2026-05-04', engine: 'reference' }); } catch (e) { mainRefuses = e.issues.map((i) => i.path + ' ' + i.code); }
  before.push(loaded());
  // One package: the reference entry's errors are the main entry's classes, its norm families the main entry's.
  const { changeDates, ...json } = lib.getRuleSet('payment.ocp');
  const own = lib.defineRuleSet(structuredClone(json));
  Promise.all([
    reference.evaluate('payment.ocp', ${FACTS}, { asOf: '2026-05-04', engine: 'reference' }),
    reference.evaluate('payment.ocp', {}, { engine: 'reference' }).catch((e) => e instanceof lib.LpInputError),
    reference.evaluate(own, ${FACTS}, { asOf: '2026-05-04', engine: 'reference' }),
  ]).then(([r, sameErrors, ownSet]) => {
    console.log(JSON.stringify({ before: before[0], after: loaded() > 0, compiled, mainRefuses, reference: r.fired.map((f) => f.event.type), sameErrors, ownSet: ownSet.fired.map((f) => f.event.type) }));
  });
`;
const run = (args: string[]): unknown => JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
const EXPECTED = { before: 0, after: true, compiled: ['AMOUNT_ABOVE_LIMIT'], mainRefuses: ['/engine INVALID_VALUE'], reference: ['AMOUNT_ABOVE_LIMIT'], sameErrors: true, ownSet: ['AMOUNT_ABOVE_LIMIT'] };

async function bundle(contents: string): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir: root }, bundle: true, format: 'esm', platform: 'browser', minify: false, write: false, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}
const ENGINE_CODE = /class Almanac|JSONPath|json-rules-engine\/dist|EventEmitter2/;

describe('json-rules-engine loads only from lp-rules/reference, on its first reference evaluation', () => {
  it('ESM: lp-rules never loads it; lp-rules/reference does, and agrees', () => {
    const script = `import * as lib from 'lp-rules'; import * as reference from 'lp-rules/reference'; import { createRequire } from 'node:module'; const cache = createRequire(import.meta.url).cache; ${SCRIPT}`;
    expect(run(['--input-type=module', '-e', script])).toEqual(EXPECTED);
  });

  it('CommonJS (dist/index.cjs, dist/reference.cjs): the same', () => {
    expect(run(['-e', `const lib = require('lp-rules'); const reference = require('lp-rules/reference'); const cache = require.cache; ${SCRIPT}`])).toEqual(EXPECTED);
  });

  it('a bundle of { oppositionDeadline }, and one of the whole main entry, hold no json-rules-engine, jsonpath-plus or eventemitter2 code', async () => {
    const one = await bundle("import { oppositionDeadline } from './dist/index.js'; console.log(oppositionDeadline);");
    expect(one).toContain('oppositionDeadline');
    expect(one).not.toMatch(ENGINE_CODE);
    const all = await bundle("import * as lib from './dist/index.js'; console.log(lib);");
    expect(all).toContain('validatePayment');
    expect(all).not.toMatch(ENGINE_CODE);
    // The check can fail: the reference entry's bundle does hold it.
    expect(await bundle("import * as r from './dist/reference.js'; console.log(r);")).toMatch(ENGINE_CODE);
  });
});
