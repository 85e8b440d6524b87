import Ajv from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as lib from '../src/index.js';
import { LpError, LpInputError } from '../src/index.js';
import { RESULT_SCHEMAS } from '../src/schemas/results.js';
import { parseIsoDate } from '../src/core/dates.js';
import { aboveLimitRule, limitFamily } from './support/demo-rule-sets.js';
import { TWINT_ONE_CENTIME_OVER } from './support/ocp-facts.js';
import { exampleInputs } from './support/examples.js';
import { outcomeOf } from './support/thrown.js';

// Every public function fed arbitrary JSON — wrong types, missing fields, `__proto__`/`constructor` keys,
// huge numbers, "NaN" strings, 29 February of common years, dates outside every norm, 10 000-element arrays —
// and mutated worked examples: only LpErrors may be thrown; every result fits its output schema and holds
// no NaN, Infinity, Invalid DateTime or undefined; no prototype is polluted.
// Then what found the broken promises of issue 15: an explicit `undefined` in any field (the same as the
// field left out), values JSON cannot hold anywhere (an LpInputError, never a TypeError), sequences of
// calls (a call gives what it gives alone, in a fresh process, whatever ran before and whatever the
// caller did to earlier results), and 1 MB texts in every field (linear: the test timeout is the guard).
// The whole file runs with luxon's `Settings.throwOnInvalid` set, as a strict host would.
// CI runs FUZZ_RUNS (default 150) per function with the fixed seed; `npm run fuzz` runs 100 000.

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Per test: the default minute in CI, more for `npm run fuzz` (100 000 runs took over a minute already). */
const TIMEOUT = Math.max(60_000, RUNS * 20);
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

class Payment {
  amount = '10.00';
  get id(): string {
    return 'from the prototype';
  }
}
const trap = (name: keyof ProxyHandler<object>) => () => new Proxy({ a: 1 }, { [name]: () => { throw new TypeError(`${name} trap`); } });
/** Values JSON cannot hold, made fresh for each use (a cycle, a getter…): every entry point refuses them. */
const NON_JSON: (() => unknown)[] = [
  () => 10n,
  () => Symbol('x'),
  () => () => 'f',
  () => new Date(0),
  () => new Map(),
  () => new Payment(),
  () => ({ get amount() { return '1.00'; } }),
  () => ({ get amount(): string { throw new RangeError('getter'); } }),
  trap('ownKeys'),
  trap('getPrototypeOf'),
  trap('getOwnPropertyDescriptor'),
  () => {
    const o: Record<string, unknown> = {};
    o.self = [o];
    return o;
  },
  () => [1, , 2], // eslint-disable-line no-sparse-arrays
  () => [undefined],
  () => JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`),
  () => Number.NaN,
];
const nonJson = fc.integer({ min: 0, max: NON_JSON.length - 1 }).map((k) => NON_JSON[k]!());

/** A worked example's input with one field replaced, removed or added (deep paths included). */
function mutate(base: unknown, values: fc.Arbitrary<unknown> = anyJson): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'delete', 'add'), values).map(([path, how, value]) => {
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
    const seeds = exampleInputs(fn);
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.constantFrom(...seeds).chain(mutate)), (input) => check(fn, input)),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

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
  }, TIMEOUT);
});

// --- issue 15: what found the broken promises ------------------------------------------------------

// A strict host: luxon throws on any invalid DateTime. The SDK must not meet one (src/core/instant.ts).
const hostThrowOnInvalid = Settings.throwOnInvalid;
beforeAll(() => {
  Settings.throwOnInvalid = true;
});
afterAll(() => {
  Settings.throwOnInvalid = hostThrowOnInvalid;
});

type Lib = typeof lib;
const day = (iso: string): number => parseIsoDate(iso)!;
const FIXTURE = readFileSync(join(__dirname, '../fixtures/seizure-files.jsonl'), 'utf8').split('\n').slice(0, 20).filter(Boolean).map((l) => JSON.parse(l));
const HOUSEHOLD = { type: 'couple', childAges: [3, 10], rent: { centimes: 179200, proven: true }, rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null };
const DAYS = [day('2026-03-18'), day('2026-07-06'), day('2026-12-10'), day('1998-02-19'), day('2065-02-09'), day('2065-10-19'), day('2099-12-20')];
const demoFamily = () => limitFamily('demo.fuzz', [['2026-01-01', '1000.00']], [aboveLimitRule('demo.fuzz', '2026-01-01')]);
const drain = async (l: Lib, records: unknown, options?: unknown) => {
  const out = [];
  for await (const r of l.recalculateQuotas(records as unknown[], options as lib.RecalculationOptions)) out.push(r);
  return out;
};

/** The entry points besides the calculators, each as a function of one input (its options, its facts…). */
const OTHERS: Record<string, { seeds: unknown[]; run: (l: Lib, input: unknown) => unknown }> = {
  evaluate: { seeds: [TWINT_ONE_CENTIME_OVER], run: (l, facts) => l.evaluate('payment.ocp', facts as object, { asOf: '2026-05-04' }) },
  evaluateOptions: { seeds: [{ asOf: '2026-05-04', trace: false }, { engine: 'reference' }], run: (l, o) => l.evaluate('payment.ocp', TWINT_ONE_CENTIME_OVER, o as never) },
  defineRuleSet: { seeds: [demoFamily()], run: (l, json) => l.evaluate(l.defineRuleSet(json), { amount: '1000.01' }, { asOf: '2026-05-04' }) },
  deadlineComputer: {
    seeds: [{ asOf: '2026-01-01', days: 10 }, { asOf: '1998-02-19', months: 20 }, { asOf: '2026-01-01', months: 14, interpretation: { shiftIntoFeries: 'shifted-day' } }],
    run: (l, o) => {
      const lastDay = l.deadlineComputer(o as lib.DeadlineComputerOptions);
      return DAYS.map((d) => {
        try {
          return lastDay(d);
        } catch (e) {
          if (!(e instanceof Error) || !('code' in e)) throw e;
          return (e as LpError).code;
        }
      });
    },
  },
  seizurePlan: {
    seeds: [{ asOf: '2026-06-01' }, { asOf: '2024-06-03', readings: { childAge: 'after-age-10', cohabitingBase: 'single-base' } }],
    run: (l, o) => {
      const plan = l.seizurePlan(o as lib.SeizurePlanOptions);
      const minimum = plan.minimumVital(HOUSEHOLD as unknown as lib.Household);
      return [plan.normsVersion, minimum, plan.quota(500_000, minimum, 300_000), plan.incomeSeizureEnd(day('2026-06-01'))];
    },
  },
  recalculateQuotas: { seeds: FIXTURE.slice(0, 3), run: (l, record) => drain(l, [record], { asOf: '2026-06-01' }) },
  recalculateQuotasOptions: { seeds: [{ asOf: '2026-06-01' }, { trace: true, latestKnownNorms: true }], run: (l, o) => drain(l, FIXTURE.slice(0, 3), o) },
};
const ENTRY_POINTS: Record<string, { seeds: unknown[]; run: (l: Lib, input: unknown) => unknown }> = {
  ...Object.fromEntries(Object.keys(RESULT_SCHEMAS).map((fn) => [fn, { seeds: exampleInputs(fn), run: (l: Lib, input: unknown) => (l as unknown as Record<string, (i: unknown) => unknown>)[fn]!(input) }])),
  ...OTHERS,
};

/** Every place in a JSON value where a field can be, as [path to an object, key] (existing keys and a new one). */
function fieldsOf(base: unknown): [(string | number)[], string][] {
  const out: [(string | number)[], string][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (v === null || typeof v !== 'object') return;
    if (!Array.isArray(v)) for (const k of [...Object.keys(v), 'extra']) out.push([p, k]);
    for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(base, []);
  return out;
}
const at = (root: unknown, path: (string | number)[]) => path.reduce<any>((node, k) => node[k], root);

describe('fuzz: an explicit undefined is a field not given, anywhere', () => {
  it.each(Object.keys(ENTRY_POINTS))('%s', async (name) => {
    const { seeds, run } = ENTRY_POINTS[name]!;
    const cases = fc.constantFrom(...seeds).chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...fieldsOf(base))));
    await fc.assert(
      fc.asyncProperty(cases, async ([base, [path, key]]) => {
        const given = structuredClone(base);
        delete at(given, path)[key];
        const written = structuredClone(given);
        at(written, path)[key] = undefined;
        expect(await outcomeOf(() => run(lib, written))).toEqual(await outcomeOf(() => run(lib, given)));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  }, TIMEOUT);
});

describe('fuzz: a value JSON cannot hold, anywhere, is an LpInputError (INVALID_TYPE, OUT_OF_RANGE)', () => {
  /** A seed with one value JSON cannot hold planted in a field (replacing one, or added), or as the whole input. */
  const planted = (seeds: unknown[]) =>
    fc.constantFrom(...seeds).chain((base) =>
      fc.tuple(fc.option(fc.constantFrom(...fieldsOf(base)), { nil: undefined, freq: 8 }), nonJson).map(([field, value]) => {
        if (field === undefined) return value;
        const copy = structuredClone(base);
        at(copy, field[0])[field[1]] = value;
        return copy;
      }),
    );

  it.each(Object.keys(ENTRY_POINTS))('%s', async (name) => {
    const { seeds, run } = ENTRY_POINTS[name]!;
    await fc.assert(
      fc.asyncProperty(planted(seeds), async (input) => {
        let error: unknown = null;
        try {
          const out = await run(lib, input);
          // A batch keeps going: the record is an error record instead.
          if (name === 'recalculateQuotas') error = (out as lib.RecalculationResult[])[0];
        } catch (e) {
          error = e;
        }
        if (name === 'recalculateQuotas') {
          expect(error).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
          error = new LpInputError((error as { error: { issues: lib.Issue[] } }).error.issues);
        }
        expect(error, 'an LpInputError').toBeInstanceOf(LpInputError);
        expect((error as LpInputError).issues.map((i) => i.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(INVALID_TYPE|OUT_OF_RANGE)$/)]));
        expect(protoKeys()).toBe(cleanProto);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  }, TIMEOUT);
});

describe('fuzz: 1 MB texts in every field, linear (the test timeout is the guard)', () => {
  const MB = 1 << 20;
  const texts = ['x'.repeat(MB), '7'.repeat(MB), '1234 5678 '.repeat(MB / 10)];

  it.each(Object.keys(ENTRY_POINTS))('%s', async (name) => {
    const { seeds, run } = ENTRY_POINTS[name]!;
    const base = seeds[0];
    let calls = 0;
    for (const [path, key] of fieldsOf(base).filter(([p]) => p.length <= 1)) {
      for (const text of texts) {
        const input = structuredClone(base);
        at(input, path)[key] = text;
        const got = await outcomeOf(() => run(lib, input));
        calls++;
        // Only LpErrors; an input error never echoes the text (a norm error may name a norm file's own ids).
        if ('error' in (got as object)) {
          const { error } = got as { error: { name: string; code?: string } };
          expect(error.code, JSON.stringify(got).slice(0, 200)).toMatch(/^[A-Z_]+$/);
          if (error.name === 'LpInputError') expect(JSON.stringify(got).length).toBeLessThan(MB);
        }
      }
    }
    expect(calls).toBeGreaterThan(0);
  });
});

describe('fuzz: sequences of calls — each call gives what it gives alone, in a fresh process', () => {
  interface Call {
    entry: string;
    input: unknown;
  }
  // A pool of calls: a worked example and a mutated input per entry point (a fixed seed), and the reported
  // sequence (deadlineComputer for 1998, then one whose days are " "). Each call's outcome alone costs a
  // fresh module instance (~70 ms), hence a small pool.
  const pool: Call[] = Object.entries(ENTRY_POINTS).flatMap(([entry, { seeds }]) => [
    { entry, input: seeds[0] },
    ...fc.sample(fc.constantFrom(...seeds).chain((b) => mutate(b)), { seed: 15, numRuns: 1 }).map((input) => ({ entry, input })),
  ]);
  pool.push({ entry: 'deadlineComputer', input: { asOf: '1998-02-19', months: 20 } });
  pool.push({ entry: 'deadlineComputer', input: { asOf: '2026-01-01', days: ' ', months: 14 } });

  const alone = new Map<number, unknown>();
  async function aloneOutcome(k: number): Promise<unknown> {
    if (!alone.has(k)) {
      vi.resetModules();
      const fresh = (await import('../src/index.js')) as Lib;
      alone.set(k, await outcomeOf(() => ENTRY_POINTS[pool[k]!.entry]!.run(fresh, structuredClone(pool[k]!.input))));
    }
    return alone.get(k);
  }

  /** Scribbles over a result, as a careless caller might: later calls must not see it. */
  function scribble(v: unknown): void {
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
    if (Array.isArray(v)) v.push('scribbled');
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'string' || typeof x === 'number') (v as Record<string, unknown>)[k] = 'scribbled';
      else scribble(x);
    }
  }

  class CallCommand implements fc.AsyncCommand<object, Lib> {
    constructor(readonly k: number, readonly scribbles: boolean) {}
    check = () => true;
    async run(_m: object, l: Lib): Promise<void> {
      const { entry, input } = pool[this.k]!;
      const got = await outcomeOf(() => ENTRY_POINTS[entry]!.run(l, structuredClone(input)));
      expect(got, `${entry} ${JSON.stringify(input)?.slice(0, 200)}`).toEqual(await aloneOutcome(this.k));
      if (this.scribbles) scribble(got);
    }
    toString = () => `${pool[this.k]!.entry}#${this.k}${this.scribbles ? '+scribble' : ''}`;
  }

  it('the whole pool in one instance, in order then in reverse, each result scribbled over: each call equals itself alone', async () => {
    vi.resetModules();
    const instance = (await import('../src/index.js')) as Lib;
    const order = pool.map((_, k) => k);
    for (const k of [...order, ...order.reverse()]) await new CallCommand(k, true).run({}, instance);
  }, TIMEOUT);

  it('any sequence, in one module instance, equals each call alone', async () => {
    const command = fc.tuple(fc.integer({ min: 0, max: pool.length - 1 }), fc.boolean()).map(([k, s]) => new CallCommand(k, s));
    await fc.assert(
      fc.asyncProperty(fc.commands([command], { maxCommands: 12 }), async (cmds) => {
        // Each sequence in its own instance, so that a counterexample replays on its own.
        vi.resetModules();
        const instance = (await import('../src/index.js')) as Lib;
        await fc.asyncModelRun(() => ({ model: {}, real: instance }), cmds);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 100)) },
    );
  }, TIMEOUT);
});
