import Ajv from 'ajv';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { LpError } from '../src/index.js';
import { RESULT_SCHEMAS } from '../src/schemas/results.js';

// Every public function fed arbitrary JSON — wrong types, missing fields, `__proto__`/`constructor` keys,
// huge numbers, "NaN" strings, 29 February of common years, dates outside every norm, 10 000-element arrays —
// and mutated worked examples: only LpErrors may be thrown; every result fits its output schema and holds
// no NaN, Infinity, Invalid DateTime or undefined; no prototype is polluted.
// CI runs FUZZ_RUNS (default 150) per function with the fixed seed; `npm run fuzz` runs 100 000.

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(Object.entries(RESULT_SCHEMAS).map(([fn, s]) => [fn, ajv.compile(JSON.parse(JSON.stringify(s)))]));

const nasty = fc.constantFrom<unknown>(
  'NaN', 'Infinity', '-Infinity', '', ' ', '1e400', '0x10', '1,5', "1'000.00", '2023-02-29', '2026-02-30', '1800-01-01', '2200-12-31',
  '2026-13-01', '24:00', '2026-03-29T02:30', '2026-10-25T02:30', 'Invalid DateTime', '4111 1111 1111 1111', 1e308, -1e308, 2 ** 53 + 1,
  -0, 0.1 + 0.2, 100.005, null, true, [], {}, 'constructor', '__proto__', 'toString',
);
const pollution = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  { prototype: { polluted: 1 } },
);
const bigArray = fc.constant(Array.from({ length: 10_000 }, (_, k) => ({ birthDate: '2016-03-02', amount: String(k) })));
const anyJson = fc.oneof({ weight: 3, arbitrary: fc.jsonValue() }, nasty, pollution, bigArray);

/** A worked example's input with one field replaced, removed or added (deep paths included). */
function mutate(base: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'delete', 'add'), anyJson).map(([path, how, value]) => {
    const copy = structuredClone(base) as Record<string | number, unknown>;
    if (path.length === 0) return how === 'replace' ? value : copy;
    let node = copy as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (how === 'replace') node[last] = value;
    else if (how === 'delete') delete node[last];
    // An own "__proto__" key, as JSON.parse makes it (assigning it would swap the prototype instead).
    else if (node[last] !== null && typeof node[last] === 'object') Object.defineProperty(node[last], '__proto__', { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

const calculators = join(__dirname, '../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
const inputsOf = (fn: string): unknown[] => {
  const dir = readdirSync(calculators).find((d) => camel(d) === fn)!;
  return (JSON.parse(readFileSync(join(calculators, dir, 'examples.json'), 'utf8')) as { input: unknown }[]).map((e) => e.input);
};

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
const cleanProto = protoKeys();
const BAD = /NaN|Infinity|Invalid DateTime/;

function check(fn: string, input: unknown): void {
  let out: unknown;
  try {
    out = (lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!(input);
  } catch (error) {
    if (!(error instanceof LpError)) throw new Error(`${fn} threw a non-LpError: ${String(error)}`);
    expect(JSON.stringify({ m: error.message, i: (error as { issues?: unknown }).issues })).not.toMatch(/4111 1111/);
    return;
  } finally {
    expect(protoKeys(), 'Object.prototype unchanged').toBe(cleanProto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
  const validate = validators[fn]!;
  expect(validate(out), `${fn}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  // Money and date fields are held to their formats by the schema; nothing computed may be NaN,
  // Infinity, Invalid DateTime or undefined (the trace may quote the caller's own text, e.g. "NaN").
  const { trace: _trace, ...computed } = out as Record<string, unknown>;
  const text = JSON.stringify(computed, (_k, v) => (v === undefined ? '__undefined__' : v));
  expect(text).not.toMatch(BAD);
  expect(text).not.toContain('__undefined__');
}

describe('fuzz: every public function', () => {
  it.each(Object.keys(RESULT_SCHEMAS))('%s', (fn) => {
    const seeds = inputsOf(fn);
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.constantFrom(...seeds).chain(mutate)), (input) => check(fn, input)),
      { numRuns: RUNS },
    );
  });

  it('recalculateQuotas: one well-formed result per record, whatever the record', async () => {
    const seeds = readFileSync(join(__dirname, '../fixtures/seizure-files.jsonl'), 'utf8').split('\n').slice(0, 20).filter(Boolean).map((l) => JSON.parse(l));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(anyJson, fc.constantFrom(...seeds).chain(mutate)), { maxLength: 5 }), async (records) => {
        const out = [];
        for await (const r of lib.recalculateQuotas(records)) out.push(r);
        expect(out.map((r) => r.line)).toEqual(records.map((_, k) => k + 1));
        for (const r of out) {
          const text = JSON.stringify(r);
          if (r.ok) expect(JSON.stringify({ ...r.result, trace: undefined })).not.toMatch(BAD);
          expect(text).not.toMatch(/4111 1111/);
          if (r.ok) expect(r.result.minimumVital).toMatch(/^\d+\.\d{2}$/);
        }
        expect(protoKeys()).toBe(cleanProto);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 5)) },
    );
  });
});
