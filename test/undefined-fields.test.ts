import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { SCHEMAS, type SchemaName } from '../src/schemas/registry.js';
import { parseIsoDate } from '../src/core/dates.js';
import { aboveLimitRule, limitFamily, surchargeRule } from './support/demo-rule-sets.js';
import { exampleInputs } from './support/examples.js';
import { outcomeOf } from './support/thrown.js';
import { writtenDates } from './support/weekdays.js';

// `undefined` means "not given": for EVERY optional field of EVERY public entry point — the optional
// fields listed from the published schemas, not by hand — `f({ ...input, field: undefined })` gives
// exactly what `f(input)` gives, a result or the same error (an interpretation option written as
// `undefined` once flipped the legal reading: the spread replaced the primary reading with it).

beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

type Path = (string | number)[];
/** `*` stands for the first key present in the input (a record of named facts or parameters). */
const ANY_KEY = '*';

/** Every optional property of a schema, as a path (array items at index 0), through unions and records. */
function optionalPaths(schema: Record<string, unknown>, at: Path = [], out = new Map<string, Path>()): Path[] {
  if (schema.$ref !== undefined || at.length > 8) return [...out.values()];
  const required = (schema.required as string[] | undefined) ?? [];
  for (const [key, sub] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
    const path = [...at, key];
    if (!required.includes(key)) out.set(JSON.stringify(path), path);
    optionalPaths(sub, path, out);
  }
  for (const sub of Object.values((schema.patternProperties as Record<string, Record<string, unknown>> | undefined) ?? {})) optionalPaths(sub, [...at, ANY_KEY], out);
  for (const sub of [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])]) optionalPaths(sub as Record<string, unknown>, at, out);
  if (schema.items !== undefined) optionalPaths(schema.items as Record<string, unknown>, [...at, 0], out);
  return [...out.values()];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The base input with the field's parents made (empty objects where missing), the field left out — and
 * the same with the field written as `undefined`; null when the base cannot hold the field there (an
 * expense given as an amount has no `proven`).
 */
function pair(base: unknown, path: Path): [unknown, unknown] | null {
  const given = structuredClone(base);
  let node: unknown = given;
  for (const [k, segment] of path.slice(0, -1).entries()) {
    const key = segment === ANY_KEY && isObject(node) ? Object.keys(node)[0] : segment;
    if (key === undefined) return null;
    if (typeof key === 'number') {
      if (!Array.isArray(node) || !isObject(node[key])) return null;
      node = node[key];
      continue;
    }
    if (!isObject(node)) return null;
    if (node[key] === undefined) node[key] = typeof path[k + 1] === 'number' ? [{}] : {};
    node = node[key];
  }
  const last = path[path.length - 1]!;
  const leaf = last === ANY_KEY && isObject(node) ? Object.keys(node)[0] : last;
  if (!isObject(node) || typeof leaf !== 'string') return null;
  delete node[leaf];
  const written = structuredClone(given) as unknown;
  let target = written as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) target = target[segment === ANY_KEY ? Object.keys(target)[0]! : segment] as Record<string, unknown>;
  target[leaf] = undefined;
  return [given, written];
}

const call = (fn: string) => (input: unknown) => (lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!(input);

const FACTS = { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null };
const DAYS = Array.from({ length: 400 }, (_, k) => parseIsoDate('2026-01-01')! + k);
const HOUSEHOLDS = [
  { type: 'single', childAges: [], rent: { centimes: 179200, proven: true }, rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null },
  { type: 'couple', childAges: [3, 10, 12], rent: null, rentShare: { num: 5, den: 10 }, expenses: [], taxes: 5000 },
] as const;
const fixtures = readFileSync(join(__dirname, '../fixtures/seizure-files.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 12).map((l) => JSON.parse(l));
const collect = async (records: unknown[], options?: unknown) => {
  const out = [];
  for await (const r of lib.recalculateQuotas(records, options as lib.RecalculationOptions)) out.push(r);
  return out;
};

/** Every schema in the registry, the entry point that takes it, and the inputs to start from. */
const ENTRY_POINTS: Record<SchemaName, { bases: unknown[]; run: (input: unknown) => unknown }> = {
  ValidatePaymentInput: { bases: exampleInputs('validatePayment'), run: call('validatePayment') },
  DayStatusInput: { bases: exampleInputs('dayStatus'), run: call('dayStatus') },
  ComputeDeadlineInput: { bases: exampleInputs('computeDeadline'), run: call('computeDeadline') },
  OppositionDeadlineInput: { bases: exampleInputs('oppositionDeadline'), run: call('oppositionDeadline') },
  PaymentDeadlineInput: { bases: exampleInputs('paymentDeadline'), run: call('paymentDeadline') },
  EnforcementActInput: { bases: exampleInputs('enforcementActAllowed'), run: call('enforcementActAllowed') },
  DeemedDeliveryInput: { bases: exampleInputs('deemedDelivery'), run: call('deemedDelivery') },
  MinimumVitalInput: { bases: exampleInputs('computeMinimumVital'), run: call('computeMinimumVital') },
  SeizableQuotaInput: { bases: exampleInputs('seizableQuota'), run: call('seizableQuota') },
  CanContinueInput: { bases: exampleInputs('canContinue'), run: call('canContinue') },
  SaleWindowInput: { bases: exampleInputs('saleWindow'), run: call('saleWindow') },
  HideRequestDecisionInput: { bases: exampleInputs('hideRequestDecision'), run: call('hideRequestDecision') },
  AdbStatusInput: { bases: exampleInputs('adbStatus'), run: call('adbStatus') },
  ExtractVisibilityInput: { bases: exampleInputs('extractVisibility'), run: call('extractVisibility') },
  HideRequestInput: { bases: exampleInputs('hideRequestEarliest'), run: call('hideRequestEarliest') },
  MainleveeInput: { bases: exampleInputs('mainleveeRoute'), run: call('mainleveeRoute') },
  CaseTimelineInput: { bases: exampleInputs('caseTimeline'), run: call('caseTimeline') },
  AuthorizeCardPaymentInput: { bases: exampleInputs('authorizeCardPayment'), run: call('authorizeCardPayment') },
  CardDeadlinesInput: { bases: exampleInputs('cardDeadlines'), run: call('cardDeadlines') },
  OcpmOrderInput: { bases: exampleInputs('ocpmOrder'), run: call('ocpmOrder') },
  NormEdition: {
    bases: [
      JSON.parse(readFileSync(join(__dirname, '../examples/norms/NI-2027.draft.json'), 'utf8')),
      {
        family: 'seizure.minimum-vital',
        edition: 'NI-2027',
        status: 'official',
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        verifiedOn: '2026-12-05',
        supersedes: 'NI-2026',
        note: { fr: 'Note.', en: 'Note.' },
        source: { document: 'NI (rsGE E 3 60.04)', title: { fr: 'Normes 2027', en: 'Norms 2027' }, adoptedOn: '2026-11-26', url: 'https://silgeneve.ch/legis/' },
        values: {
          baseSingle: { value: '1250.00', note: { fr: 'Arrondi.', en: 'Rounded.' }, citation: { document: 'NI', article: 'I', paragraph: '1', number: '1', letter: 'a', quote: 'Débiteur seul', url: 'https://silgeneve.ch/', provenance: 'secondary' } },
          baseCouple: '1750.00',
        },
      },
    ],
    run: (content) => {
      const norms = lib.loadNorms([{ name: 'NI-2027.draft.json', content }]);
      return lib.computeMinimumVital({ asOf: '2027-01-04', household: { type: 'couple', children: [{ birthDate: '2019-05-01' }] } }, { norms });
    },
  },
  RuleSet: {
    bases: [limitFamily('demo.limit', [['2026-01-01', '1000.00'], ['2027-01-01', '1200.00']], [aboveLimitRule('demo.limit', '2026-01-01'), surchargeRule('demo.limit', '2026-01-01', '2026-12-31')])],
    run: (json) => {
      const set = lib.defineRuleSet(json);
      return { set, fired: [lib.evaluate(set, { amount: '1100.00' }, { asOf: '2026-05-04' }), lib.evaluate(set, { amount: '1100.00' }, { asOf: '2027-05-04' })] };
    },
  },
  SeizureFile: { bases: fixtures, run: (record) => collect([record], { asOf: '2026-06-01' }) },
  EvaluateOptions: {
    bases: [{ asOf: '2026-05-04' }, { asOf: '2026-05-04', trace: false }, { engine: 'compiled' }],
    run: (options) => lib.evaluate('payment.ocp', FACTS, options as never),
  },
  DeadlineComputerOptions: {
    bases: [{ asOf: '2026-01-01', days: 10 }, { asOf: '2026-01-01', months: 1, canton: 'VD', lp63: false }, { asOf: '2026-01-01', days: 20, interpretation: { shiftIntoFeries: 'shifted-day' } }],
    run: (options) => DAYS.map(lib.deadlineComputer(options as lib.DeadlineComputerOptions)),
  },
  SeizurePlanOptions: {
    bases: [{ asOf: '2026-06-01' }, { asOf: '2024-06-03', readings: { childAge: 'after-age-10' } }, { asOf: '2030-01-01', latestKnownNorms: true }],
    run: (options) => {
      const plan = lib.seizurePlan(options as lib.SeizurePlanOptions);
      return HOUSEHOLDS.map((h) => [plan.normsVersion, plan.minimumVital(h as unknown as lib.Household), plan.quota(500_000, 400_000, 300_000)]);
    },
  },
  RecalculationOptions: {
    bases: [{ asOf: '2026-06-01' }, { trace: true, interpretation: { childAge: 'after-age-10' } }, { asOf: '2030-01-01', latestKnownNorms: true }],
    run: (options) => collect(fixtures, options),
  },
};

describe('undefined is "not given": every optional field of every entry point, from the schemas', () => {
  it('every published schema has its entry point here', () => {
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(Object.keys(SCHEMAS) as SchemaName[])('%s', async (name) => {
    const schema = JSON.parse(JSON.stringify(SCHEMAS[name]));
    const paths = optionalPaths(schema);
    if (paths.length === 0) return expect(schema.required).toEqual(Object.keys(schema.properties)); // nothing optional
    const { bases, run } = ENTRY_POINTS[name];
    const tried = new Set<string>();
    for (const base of bases) {
      for (const path of paths) {
        const inputs = pair(base, path);
        if (inputs === null) continue;
        tried.add(JSON.stringify(path));
        const [given, written] = inputs;
        expect(await outcomeOf(() => run(written)), `${JSON.stringify(path)} of ${JSON.stringify(base)}`).toEqual(await outcomeOf(() => run(given)));
      }
    }
    // Every optional field was exercised on some base (an expense's `proven` needs an expense object…).
    expect([...tried].length, 'fields exercised').toBeGreaterThanOrEqual(paths.length * 0.9);
  });
});

describe('the readings reported, one by one', () => {
  it('served Wednesday 18 March 2026, shiftIntoFeries written as undefined: LP 63 extends to Wednesday 15 April 2026', () => {
    expect(lib.oppositionDeadline({ notifiedOn: '2026-03-18', interpretation: { shiftIntoFeries: undefined } }).lastDay).toBe('2026-04-15');
  });

  it('an act on Tuesday 3 March 2026 at 20:00 with closedHours undefined is in the closed hours [20:00, 07:00)', () => {
    expect(lib.enforcementActAllowed({ at: '2026-03-03T20:00:00+01:00', interpretation: { closedHours: undefined } }).allowed).toBe(false);
  });

  it('served Monday 9 March 2026 with earliestContinuation undefined: continuation from Thursday 16 April 2026', () => {
    expect(lib.paymentDeadline({ notifiedOn: '2026-03-09', interpretation: { earliestContinuation: undefined } }).earliestContinuationOn).toBe('2026-04-16');
  });

  it('every option of PRIMARY_READINGS written as undefined is the primary reading, in every calendar function', () => {
    const allUndefined = Object.fromEntries(Object.keys(lib.PRIMARY_READINGS).map((k) => [k, undefined]));
    const cases: [string, Record<string, unknown>][] = [
      ['computeDeadline', { from: '2026-03-18', period: { days: 10 } }],
      ['paymentDeadline', { notifiedOn: '2026-03-09' }],
      ['canContinue', { notifiedOn: '2026-03-09', requestedOn: '2027-07-07', paidInFull: false, opposition: { filedOn: '2026-03-12', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-08-31' }] } }],
      ['saleWindow', { seizedOn: '2026-01-31', asset: 'movable' }],
      ['adbStatus', { issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-05' }],
      ['hideRequestEarliest', { notifiedOn: '2026-03-18' }],
      ['caseTimeline', { notifiedOn: '2026-03-09', seizure: { seizedOn: '2026-10-05', asset: 'movable' }, closedOn: '2026-12-01' }],
      ['cardDeadlines', { expiry: '2028-02', statementReceivedOn: '2026-05-15' }],
      ['ocpmOrder', { orderedOn: '2026-12-21', paymentValidated: true }],
      ['extractVisibility', { closedOn: '2026-12-01' }],
    ];
    for (const [fn, input] of cases) expect(call(fn)({ ...input, interpretation: allUndefined }), fn).toEqual(call(fn)(input));
  });

  it('PRIMARY_READINGS cannot be changed by a caller', () => {
    expect(Object.isFrozen(lib.PRIMARY_READINGS)).toBe(true);
  });
});
