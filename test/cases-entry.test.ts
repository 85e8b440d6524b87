import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Legal staff's case files (parsers, question table, runner, report) are published as `lp-rules/cases`, not in
// the main entry, so that an integrator's bundle of `lp-rules` carries none of them. Checked on the built
// package (`npm test` builds it first): one copy of the SDK under both entries, ESM and CommonJS, and browser
// bundles of each entry.

const root = join(__dirname, '..');
const run = (args: string[]) => JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 }));
// A CSV whose header names no question: refused with CASE_INVALID, an LpError of the main entry.
const SCRIPT = `
  let refusal; try { cases.parseCases('x;y\\n1;2', 'a.csv'); } catch (e) { refusal = [e instanceof lib.LpError, e.code]; }
  const safe = cases.safeParseCases('x;y\\n1;2', 'a.csv');
  console.log(JSON.stringify({ refusal, safe: [safe.ok, safe.error instanceof lib.LpError], inMain: ['parseCases', 'runCases', 'caseReport', 'LpCaseError'].filter((n) => n in lib) }));
`;
const EXPECTED = { refusal: [true, 'CASE_INVALID'], safe: [false, true], inMain: [] };

async function bundle(contents: string): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir: root }, bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}
const CASE_PARSER = /Fonctionnalité\|Contexte\|Scénario/;

describe('lp-rules/cases', () => {
  it('ESM: its errors are the main entry\'s classes; the main entry exports none of it', () => {
    expect(run(['--input-type=module', '-e', `import * as lib from 'lp-rules'; import * as cases from 'lp-rules/cases'; ${SCRIPT}`])).toEqual(EXPECTED);
  });

  it('CommonJS (dist/index.cjs, dist/cases.cjs): the same', () => {
    expect(run(['-e', `const lib = require('lp-rules'); const cases = require('lp-rules/cases'); ${SCRIPT}`])).toEqual(EXPECTED);
  });

  it('a bundle of the whole main entry holds no case-file parser; one of lp-rules/cases does', async () => {
    expect(await bundle("import * as lib from './dist/index.js'; console.log(lib);")).not.toMatch(CASE_PARSER);
    expect(await bundle("import * as cases from './dist/cases.js'; console.log(cases);")).toMatch(CASE_PARSER);
  });
});
