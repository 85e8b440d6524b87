import { Settings } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as reference from '../src/reference.js';
import { LpError, LpInputError, LpNormError } from '../src/index.js';
import { RESULT_SCHEMAS } from '../src/schemas/results.js';
import { compileRuleSet } from '../src/engines/evaluator/compiled.js';
import { aboveLimitRule, limitFamily } from './support/demo-rule-sets.js';
import { exampleInputs } from './support/examples.js';
import { inputIssueTexts, thrownLpError } from './support/thrown.js';
import { writtenDates } from './support/weekdays.js';

// "No public function throws anything else than an LpError": a value JSON cannot hold, at any entry
// point, root or field, is an LpInputError naming its path (INVALID_TYPE, or OUT_OF_RANGE for too deep),
// never a TypeError, RangeError or DOMException from deeper down.

beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

class Payment {
  amount = '10.00';
  get id(): string {
    return 'prototype getter';
  }
}
const throwingProxyOf = (target: object, trap: keyof ProxyHandler<object>) => new Proxy(target, { [trap]: () => { throw new Error(`${trap} trap`); } });
const throwingProxy = (trap: keyof ProxyHandler<object>) => throwingProxyOf({ a: 1 }, trap);
const cycle = () => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};
const deep = (n: number): unknown => {
  let v: unknown = 'bottom';
  for (let k = 0; k < n; k++) v = { v };
  return v;
};

/** Values JSON cannot carry, each with the path below the field where the issue must be reported. */
export const NON_JSON: [string, () => unknown, string][] = [
  ['a BigInt', () => 10n, ''],
  ['a Symbol', () => Symbol('x'), ''],
  ['a function', () => () => 1, ''],
  ['NaN', () => Number.NaN, ''],
  ['Infinity', () => Number.POSITIVE_INFINITY, ''],
  ['a Date', () => new Date(0), ''],
  ['a Map', () => new Map([['a', 1]]), ''],
  ['a boxed string', () => new String('2026-03-18'), ''],
  ['a class instance with a prototype getter', () => new Payment(), ''],
  ['an own getter', () => ({ get a() { return 1; } }), '/a'],
  ['an own getter that throws', () => ({ get a() { throw new RangeError('getter'); } }), '/a'],
  ['a Proxy whose ownKeys trap throws', () => throwingProxy('ownKeys'), ''],
  ['a Proxy whose getPrototypeOf trap throws', () => throwingProxy('getPrototypeOf'), ''],
  ['a Proxy whose getOwnPropertyDescriptor trap throws', () => throwingProxy('getOwnPropertyDescriptor'), ''],
  ['a cycle', cycle, '/self'],
  ['a sparse array', () => [1, , 3], '/1'], // eslint-disable-line no-sparse-arrays
  ['an array holding undefined', () => [1, undefined], '/1'],
  ['a BigInt in an array', () => ['a', 2n], '/1'],
  ['nesting 1,000 deep', () => deep(1000), '/v…'],
];

/** The issues of the LpInputError thrown (sync or by a rejected promise), as "path CODE". */
async function issuesOf(run: () => unknown): Promise<string[]> {
  let error: unknown = null;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error, 'an LpInputError').toBeInstanceOf(LpInputError);
  return (error as LpInputError).issues.map((i) => `${i.path} ${i.code}`);
}
const codeOf = (name: string) => (name.startsWith('nesting') ? 'OUT_OF_RANGE' : 'INVALID_TYPE');
/** The issue's path: the field's, then the value's own part; "/v…" is the 64th level from the argument. */
const pathOf = (at: string, below: string): string =>
  below === '/v…' ? `/${`${at}${'/v'.repeat(64)}`.split('/').slice(1, 65).join('/')}` : `${at}${below}`;

const firstExample = (fn: string) => exampleInputs(fn)[0] as Record<string, unknown>;
const call = (fn: string) => (input: unknown) => (lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!(input);
const FACTS = { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null };
const FILE = { id: 'F-1', asOf: '2026-06-01', household: { type: 'single' }, netIncome: '4000.00' };
const drain = async (records: unknown, options?: unknown) => {
  const out = [];
  for await (const r of lib.recalculateQuotas(records as unknown[], options as lib.RecalculationOptions)) out.push(r);
  return out;
};

/** Every entry point, as a function of one value placed at `at` (a field, or the argument itself). */
const ENTRY_POINTS: [string, string, (v: unknown) => unknown][] = [
  ...Object.keys(RESULT_SCHEMAS).flatMap((fn): [string, string, (v: unknown) => unknown][] => {
    const base = firstExample(fn);
    const field = Object.keys(base)[0]!;
    return [
      [`${fn}(value)`, '', call(fn)],
      [`${fn}({ ${field}: value })`, `/${field}`, (v) => call(fn)({ ...base, [field]: v })],
    ];
  }),
  ['evaluate(id, value)', '', (v) => lib.evaluate('payment.ocp', v as object)],
  ['evaluate(id, { amount: value })', '/amount', (v) => lib.evaluate('payment.ocp', { ...FACTS, amount: v })],
  ['evaluate(id, facts, value)', '', (v) => lib.evaluate('payment.ocp', FACTS, v as never)],
  ['evaluate(id, facts, { asOf: value })', '/asOf', (v) => lib.evaluate('payment.ocp', FACTS, { asOf: v } as never)],
  ['defineRuleSet(value)', '', (v) => lib.defineRuleSet(v)],
  ['defineRuleSet({ title: value })', '/title', (v) => lib.defineRuleSet({ ...limitFamily('demo.x', [['2026-01-01', '1.00']], [aboveLimitRule('demo.x', '2026-01-01')]), title: v })],
  ['deadlineComputer(value)', '', (v) => lib.deadlineComputer(v as lib.DeadlineComputerOptions)],
  ['deadlineComputer({ days: value })', '/days', (v) => lib.deadlineComputer({ asOf: '2026-01-01', days: v as number })],
  ['seizurePlan(value)', '', (v) => lib.seizurePlan(v as lib.SeizurePlanOptions)],
  ['seizurePlan({ readings: value })', '/readings', (v) => lib.seizurePlan({ asOf: '2026-06-01', readings: v as never })],
  ['recalculateQuotas(files, value)', '', (v) => drain([FILE], v)],
  ['recalculateQuotas(files, { interpretation: value })', '/interpretation', (v) => drain([FILE], { interpretation: v })],
];

describe('a value JSON cannot hold, at every entry point, is an LpInputError with its path', () => {
  for (const [entry, at, run] of ENTRY_POINTS) {
    it.each(NON_JSON)(`${entry}: %s`, async (name, value, below) => {
      const issues = await issuesOf(() => run(value()));
      // First the value JSON cannot hold, once; then what the rest of the input lacks (every issue at once).
      const path = pathOf(at, below);
      expect(issues[0]).toBe(`${path} ${codeOf(name)}`);
      expect(issues.filter((i) => i.startsWith(`${path} `) || (path !== '' && i.startsWith(`${path}/`)))).toEqual([issues[0]]);
    });
  }

  it.each(NON_JSON)('a record of recalculateQuotas holding %s is that record\'s error, the next record is still computed', async (name, value, below) => {
    const out = await drain([{ ...FILE, household: value() }, FILE]);
    expect(out.map((r) => r.ok)).toEqual([false, true]);
    const error = (out[0] as Extract<lib.RecalculationResult, { ok: false }>).error;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((i) => `${i.path} ${i.code}`)).toEqual([`${pathOf('/household', below)} ${codeOf(name)}`]);
  });

  it('a Proxy that reads like its object is read once, like the object: same result (its get trap is never asked)', () => {
    const input = { notifiedOn: '2026-03-18', interpretation: { closedHours: 'from-20:00' } };
    expect(lib.oppositionDeadline(new Proxy(input, {}) as never)).toEqual(lib.oppositionDeadline(input as never));
    expect(lib.oppositionDeadline(throwingProxyOf(input, 'get') as never)).toEqual(lib.oppositionDeadline(input as never));
    const file = lib.defineRuleSet(new Proxy(limitFamily('demo.p', [['2026-01-01', '1.00']], [aboveLimitRule('demo.p', '2026-01-01')]), {}));
    expect(lib.evaluate(file, { amount: '2.00' }, { asOf: '2026-05-04' }).fired.map((f) => f.event.type)).toEqual(['ABOVE_LIMIT']);
  });

  it('a Proxy whose traps answer differently from one read to the next gives the honest result or an LpInputError, nothing else', () => {
    const input = { notifiedOn: '2026-03-18', interpretation: { shiftIntoFeries: 'lp63' } };
    const honest = lib.oppositionDeadline(input as never);
    const lie = { value: 10n, enumerable: true, configurable: true, writable: true };
    for (let honestReads = 0; honestReads < 8; honestReads++) {
      let reads = 0;
      const liar = new Proxy(input, {
        getOwnPropertyDescriptor: (t, k) => (reads++ < honestReads ? Reflect.getOwnPropertyDescriptor(t, k) : lie),
        get: (t, k) => (reads++ < honestReads ? Reflect.get(t, k) : 10n),
      });
      let out: unknown;
      try {
        out = lib.oppositionDeadline(liar as never);
      } catch (e) {
        out = e;
      }
      if (out instanceof Error) expect(out, `after ${honestReads} honest reads`).toBeInstanceOf(LpInputError);
      else expect(out, `after ${honestReads} honest reads`).toEqual(honest);
    }
  });
});

describe('the other argument types, one by one', () => {
  it.each([
    ['null', null],
    ['a raw norm file (not loaded by defineRuleSet)', { ...limitFamily('demo.raw', [['2026-01-01', '1.00']], [aboveLimitRule('demo.raw', '2026-01-01')]), changeDates: [] }],
    ['a raw norm file with an unknown operator', { facts: {}, parameters: {}, rules: [{ conditions: { all: [{ fact: 'a', operator: 'nope', value: 1 }] } }], changeDates: [] }],
    ['a raw norm file whose operator is "constructor"', { facts: {}, parameters: {}, rules: [{ conditions: { all: [{ fact: 'a', operator: 'constructor', value: 1 }] } }], changeDates: [] }],
    ['a Symbol', Symbol('payment.ocp')],
    ['a number', 5],
  ])('evaluate(%s, facts) is INVALID_TYPE at /ruleSet', async (_what, ruleSet) => {
    expect(await issuesOf(() => lib.evaluate(ruleSet as never, { a: 1 }))).toEqual(['/ruleSet INVALID_TYPE']);
    expect(await issuesOf(() => reference.evaluate(ruleSet as never, { a: 1 }, { engine: 'reference' }))).toEqual(['/ruleSet INVALID_TYPE']);
  });

  it('getRuleSet(Symbol()) is INVALID_TYPE, not a TypeError from the message', () => {
    expect(inputIssueTexts(() => lib.getRuleSet(Symbol('x') as never))).toEqual([' INVALID_TYPE']);
  });

  it('the compiled evaluator reads operators as own properties only: "constructor" is NORM_INVALID, never Object()', () => {
    const set = lib.defineRuleSet(limitFamily('demo.op', [['2026-01-01', '1.00']], [aboveLimitRule('demo.op', '2026-01-01')]));
    const forged = structuredClone(set) as unknown as { rules: { conditions: { all: { operator: string }[] } }[] };
    for (const operator of ['constructor', 'toString', '__proto__', 'nope']) {
      forged.rules[0]!.conditions.all[0]!.operator = operator;
      const e = thrownLpError(() => compileRuleSet(forged as never, '2026-05-04'));
      expect(e, operator).toBeInstanceOf(LpNormError);
      expect(e.code).toBe('NORM_INVALID');
    }
  });

  it('evaluate with a BigInt fact, the other facts right, is INVALID_TYPE at its path', () => {
    expect(inputIssueTexts(() => lib.evaluate('payment.ocp', { ...FACTS, balance: 2000n }, { asOf: '2026-05-04' }))).toEqual(['/balance INVALID_TYPE']);
  });

  it.each([
    ['null', () => null],
    ['5', () => 5],
    ['a file name', () => 'files.jsonl'],
    ['undefined', () => undefined],
    ['an object', () => ({})],
    ['a Symbol', () => Symbol('x')],
    ['a Proxy that throws', () => new Proxy({}, { get: () => { throw new Error('trap'); } })],
  ])('recalculateQuotas(%s) rejects with INVALID_TYPE at the root', async (_what, records) => {
    expect(await issuesOf(() => drain(records()))).toEqual([' INVALID_TYPE']);
  });

  it('recalculateQuotas checks its options: an unknown one, a wrong reading, a date that does not exist', async () => {
    expect(await issuesOf(() => drain([FILE], { asOf: '2026-02-30', speed: 2, interpretation: { childAge: 'x' } }))).toEqual([
      '/speed UNKNOWN_PROPERTY',
      '/interpretation/childAge INVALID_VALUE',
      '/asOf INVALID_DATE',
    ]);
    expect(await issuesOf(() => drain([FILE], { asOf: '2026-02-30' }))).toEqual(['/asOf INVALID_DATE']);
  });
});

describe('seizurePlan: options and arguments', () => {
  const HOUSEHOLD = { type: 'single', childAges: [], rent: { centimes: 179200, proven: true }, rentShare: { num: 1, den: 1 }, expenses: [], taxes: null };

  it.each([
    [null, [' INVALID_TYPE']],
    [{}, ['/asOf REQUIRED']],
    [{ asOf: '2026-02-30' }, ['/asOf INVALID_DATE']],
    [{ asOf: '2026-06-01', readings: { childAge: 'later' } }, ['/readings/childAge INVALID_VALUE']],
    [{ asOf: '2026-06-01', latest: true }, ['/latest UNKNOWN_PROPERTY']],
  ])('seizurePlan(%j) → %j', (options, issues) => {
    expect(inputIssueTexts(() => lib.seizurePlan(options as never))).toEqual(issues);
  });

  it('quota(NaN, …) and friends are INVALID_TYPE by argument, never a RangeError from BigInt', () => {
    const plan = lib.seizurePlan({ asOf: '2026-06-01' });
    expect(inputIssueTexts(() => plan.quota(Number.NaN, 100_000))).toEqual(['/netIncome INVALID_TYPE']);
    expect(inputIssueTexts(() => plan.quota(500_000, -1, 0.5))).toEqual(['/minimum INVALID_TYPE', '/spouseNetIncome INVALID_TYPE']);
    expect(inputIssueTexts(() => plan.quota('5000' as never, 100_000, 10n as never))).toEqual(['/netIncome INVALID_TYPE', '/spouseNetIncome INVALID_TYPE']);
    expect(inputIssueTexts(() => plan.incomeSeizureEnd(Number.NaN))).toEqual(['/seizedOn OUT_OF_RANGE']);
  });

  it.each([
    ['null', null, [' INVALID_TYPE']],
    ['an unknown type', { ...HOUSEHOLD, type: 'toString' }, ['/type INVALID_TYPE']],
    ['a negative age', { ...HOUSEHOLD, childAges: [-1] }, ['/childAges/0 INVALID_TYPE']],
    ['a fractional rent', { ...HOUSEHOLD, rent: { centimes: 0.5, proven: true } }, ['/rent INVALID_TYPE']],
    ['a share above 1', { ...HOUSEHOLD, rentShare: { num: 2, den: 1 } }, ['/rentShare INVALID_TYPE']],
    ['an unknown expense', { ...HOUSEHOLD, expenses: [{ item: 'constructor', centimes: 1, proven: true }] }, ['/expenses/0 INVALID_TYPE']],
    ['a getter that throws', { ...HOUSEHOLD, get childAges() { throw new TypeError('getter'); } }, [' INVALID_TYPE']],
  ])('minimumVital(household with %s) is an LpInputError', (_what, household, issues) => {
    const plan = lib.seizurePlan({ asOf: '2026-06-01' });
    expect(inputIssueTexts(() => plan.minimumVital(household as never))).toEqual(issues);
    expect(inputIssueTexts(() => plan.minimumVitalInto(household as never, new Float64Array(8)))).toEqual(issues);
  });

  it('minimumVitalInto needs room for the breakdown', () => {
    const plan = lib.seizurePlan({ asOf: '2026-06-01' });
    expect(inputIssueTexts(() => plan.minimumVitalInto(HOUSEHOLD as never, new Float64Array(2)))).toEqual(['/sums INVALID_TYPE']);
    expect(plan.minimumVitalInto(HOUSEHOLD as never, new Float64Array(8))).toBe(plan.minimumVital(HOUSEHOLD as never));
  });
});

describe('defineRuleSet: what JSON cannot hold is an input error; what the schema refuses is NORM_INVALID', () => {
  const family = () => limitFamily('demo.d', [['2026-01-01', '1.00']], [aboveLimitRule('demo.d', '2026-01-01')]);

  it('conditions nested 1,000 deep: OUT_OF_RANGE at depth 64, not a stack overflow', () => {
    let c: unknown = { fact: 'amount', operator: 'equal', value: 1 };
    for (let k = 0; k < 1000; k++) c = { not: c };
    const json = family();
    (json.rules[0] as { conditions: unknown }).conditions = c;
    const [issue] = inputIssueTexts(() => lib.defineRuleSet(json));
    expect(issue).toMatch(/^\/rules\/0\/conditions(\/not)+ OUT_OF_RANGE$/);
  });

  it('a condition that contains itself is INVALID_TYPE where the cycle closes', () => {
    const json = family();
    const all = (json.rules[0]!.conditions as { all: unknown[] }).all;
    all.push({ not: { all } });
    expect(inputIssueTexts(() => lib.defineRuleSet(json))).toEqual(['/rules/0/conditions/all/1/not/all INVALID_TYPE']);
  });

  it.each([
    ['a fact named "Bad"', (j: Record<string, any>) => (j.facts.Bad = j.facts.amount), '/facts/Bad UNKNOWN_PROPERTY'],
    ['an own "__proto__" fact', (j: Record<string, any>) => Object.defineProperty(j.facts, '__proto__', { value: j.facts.amount, enumerable: true }), '/facts/__proto__ UNKNOWN_PROPERTY'],
    ['a parameter named "9lives"', (j: Record<string, any>) => (j.parameters['9lives'] = j.parameters.limit), '/parameters/9lives UNKNOWN_PROPERTY'],
  ])('%s is NORM_INVALID (the records of facts and parameters take no other names)', (_what, change, problem) => {
    const json = family() as unknown as Record<string, any>;
    change(json);
    const e = thrownLpError(() => lib.defineRuleSet(json));
    expect(e).toBeInstanceOf(LpNormError);
    expect(e.message).toContain(problem);
  });

  it('a rule that reads a fact named "constructor" or a parameter named "toString" it does not declare is NORM_INVALID', () => {
    const json = family() as unknown as Record<string, any>;
    json.rules[0].conditions.all.push({ fact: 'constructor', operator: 'equal', value: { fact: 'params', path: '$.toString' } });
    const e = thrownLpError(() => lib.defineRuleSet(json));
    expect(e.code).toBe('NORM_INVALID');
    expect(e.message).toMatch(/fact constructor is not declared; .*parameter \$\.toString is not declared/);
  });
});

describe('luxon: the host\'s global Settings do not reach the SDK', () => {
  const saved = { throwOnInvalid: Settings.throwOnInvalid, defaultZone: Settings.defaultZone, defaultLocale: Settings.defaultLocale, defaultNumberingSystem: Settings.defaultNumberingSystem, defaultOutputCalendar: Settings.defaultOutputCalendar };
  afterEach(() => Object.assign(Settings, saved));

  const instants = ['2026-03-31T21:59:00Z', '2026-03-29T02:30', '2026-10-25T02:30', '2026-05-04T10:00+0100', '2026-12-31T23:30:00-01:00', '2099-12-31T12:00+14:00'];
  const invalid = ['2026-02-30T10:00', '2026-03-29T10:00+99:59', '9999-12-31T23:30-02:00', '0000-01-01T00:30+14:00'];
  const results = () => [
    ...instants.map((at) => lib.enforcementActAllowed({ at })),
    ...invalid.map((at) => inputIssueTexts(() => lib.enforcementActAllowed({ at }))),
    lib.oppositionDeadline({ notifiedOn: '2026-03-23', filing: { channel: 'electronic', receiptAt: '2026-04-15T22:00:00Z' } }),
  ];

  it('Settings.throwOnInvalid, another zone, locale, numbering system and calendar: the same answers, only LpErrors', () => {
    const expected = results();
    Settings.throwOnInvalid = true;
    Settings.defaultZone = 'America/New_York';
    Settings.defaultLocale = 'ar-EG';
    Settings.defaultNumberingSystem = 'arab';
    Settings.defaultOutputCalendar = 'islamic';
    expect(results()).toEqual(expected);
  });
});

describe('output dates have four-digit years, as the result schemas say', () => {
  it.each([
    ['extractVisibility', { closedOn: '9996-01-01' }],
    ['seizableQuota', { netIncome: '5000', minimumVital: '4000', seizedOn: '9999-06-01', asOf: '2026-06-01' }],
    ['cardDeadlines', { statementReceivedOn: '9999-12-15' }],
  ])('%s(%j): a result past Friday 31 December 9999 is OUT_OF_RANGE on the input as a whole', (fn, input) => {
    expect(inputIssueTexts(() => call(fn)(input))).toEqual([' OUT_OF_RANGE']);
  });

  it('Friday 31 December 9999 itself is written: an extract of a poursuite closed on Saturday 31 December 9994 (five years)', () => {
    expect(lib.extractVisibility({ closedOn: '9994-12-31' }).visibleUntil).toBe('9999-12-31');
  });

  it('hideRequestEarliest near 9999 counts its days on the legal calendar, which ends with the holiday table (2100): NO_NORM_IN_FORCE, never a five-digit year', () => {
    for (const notifiedOn of ['9999-12-31', '9999-10-01', '9999-09-30', '2101-01-04']) {
      const e = thrownLpError(() => lib.hideRequestEarliest({ notifiedOn }));
      expect(e).toBeInstanceOf(lib.LpNormError);
      expect(e.code).toBe('NO_NORM_IN_FORCE');
    }
  });
});

describe('instants carry a real UTC offset (±00:00 to ±14:00)', () => {
  it.each(['+24:00', '+99:59', '-99:59', '+14:01', '-14:30', '+15:00', '+1401', '+12:60', '+1:00'])('%s is INVALID_DATETIME', (offset) => {
    expect(inputIssueTexts(() => lib.enforcementActAllowed({ at: `2026-03-03T10:00:00${offset}` }))).toEqual(['/at INVALID_DATETIME']);
  });

  it.each([
    ['+14:00', '2026-03-02T21:00:00.000+01:00'],
    ['+1400', '2026-03-02T21:00:00.000+01:00'],
    ['-12:00', '2026-03-03T23:00:00.000+01:00'],
    ['-1359', '2026-03-04T00:59:00.000+01:00'],
    ['+05:45', '2026-03-03T05:15:00.000+01:00'],
    ['-00:00', '2026-03-03T11:00:00.000+01:00'],
  ])('%s is read (Tuesday 3 March 2026, 10:00 there is %s in Geneva)', (offset, local) => {
    const r = lib.enforcementActAllowed({ at: `2026-03-03T10:00:00${offset}` });
    expect(r.trace[0]!.values).toMatchObject({ local });
  });

  it('an act is never allowed without being read: any other error than LpError is a failure', () => {
    for (const at of ['2026-03-03T10:00:00+24:00', '2026-03-03T10:00:00+99:59']) {
      let error: unknown = null;
      try {
        lib.enforcementActAllowed({ at });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LpError);
    }
  });
});
