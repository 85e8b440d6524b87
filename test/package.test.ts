import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built package, as integrators consume it (`npm test` builds it first). Imported by name
// (package self-reference through the `exports` map), once as ESM and once as CommonJS.

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const run = (args: string[]): string => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

const SCRIPT = `
  const r = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '1000.01',
    target: { kind: 'poursuite', balance: '1500.00' }, method: { type: 'twint' } });
  let errorClass = 'none';
  try { validatePayment({ amount: '1', method: { type: 'card' } }); }
  catch (e) { errorClass = (e instanceof LpInputError && e instanceof LpError) ? e.code : 'wrong class'; }
  console.log(JSON.stringify({ accepted: r.accepted, codes: r.reasons.map((x) => x.code), balanceAfter: r.balanceAfter, errorClass }));
`;
const EXPECTED = { accepted: false, codes: ['AMOUNT_ABOVE_LIMIT'], balanceAfter: '1500.00', errorClass: 'INVALID_INPUT' };

describe('the built package', () => {
  it('works as an ESM consumer: import { validatePayment } from "lp-rules"', () => {
    const out = run(['--input-type=module', '-e', `import { validatePayment, LpInputError, LpError } from 'lp-rules';${SCRIPT}`]);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it('works as a CommonJS consumer: require("lp-rules")', () => {
    const out = run(['-e', `const { validatePayment, LpInputError, LpError } = require('lp-rules');${SCRIPT}`]);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it('ships declarations for both module systems and the published JSON Schemas', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(existsSync(join(dist, f)), f).toBe(true);
    // The declarations are split like the code (entries share chunks): index.d.ts exports validatePayment,
    // declared in it or in the chunk it re-exports from.
    const index = readFileSync(join(dist, 'index.d.ts'), 'utf8');
    expect(index).toMatch(/\bvalidatePayment\b/);
    const chunks = [index, ...[...index.matchAll(/from '\.\/([^']+)\.js'/g)].map((m) => readFileSync(join(dist, `${m[1]}.d.ts`), 'utf8'))];
    expect(chunks.some((d) => /declare function validatePayment\(/.test(d))).toBe(true);
    const schema = JSON.parse(readFileSync(join(dist, 'schemas/ValidatePaymentInput.schema.json'), 'utf8'));
    expect(schema.required).toEqual(['amount', 'method']);
  });

  it('runs in a browser: no node: import, no eval, no new Function in the built code', () => {
    for (const f of readdirSync(dist).filter((n) => /\.(c?js)$/.test(n))) {
      const code = readFileSync(join(dist, f), 'utf8');
      expect(code, f).not.toMatch(/from ['"]node:|require\(['"]node:/);
      expect(code, f).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
