import { describe, expect, it } from 'vitest';
import { LpError, LpInputError, LpNormError, type Issue } from '../../core/errors.js';
import { ISSUE_MESSAGES } from '../../core/issue-codes.js';
import { getRuleSet } from '../../rules/index.js';
import { defineRuleSet } from '../../rules/rule-set.js';
import { withUnknownFacts } from './evaluate.js';
import { createReference, evaluate } from './reference.js';
import { evaluate as evaluateMain } from './evaluate.js';
import { PACKAGE_ID } from './provenance.js';
import { loadNorms } from '../../rules/norms.js';
import { createLpRules } from '../../api/create-lp-rules.js';
import { TWINT_ONE_CENTIME_OVER } from '../../../test/support/ocp-facts.js';

// `evaluate`: strict facts, the reference date, the two engines and the `trace` option.
// The SDK guide's example (docs/guide/sdk.md) (CHF 1000.01 by TWINT, one centime over the online ceiling), on Monday 4 May 2026.
const FACTS = TWINT_ONE_CENTIME_OVER;
const MON_4_MAY_2026 = '2026-05-04';
const OCP_RULE_COUNT = getRuleSet('payment.ocp').rules.length;

/** The issues of the `LpInputError` thrown by `f`; fails if it throws anything else or nothing. */
function inputIssues(f: () => unknown): readonly Issue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LpInputError);
    expect((e as LpInputError).code).toBe('INVALID_INPUT');
    return (e as LpInputError).issues;
  }
  throw new Error('expected an LpInputError');
}

const at = (path: string, code: keyof typeof ISSUE_MESSAGES) => ({ path, code, message: ISSUE_MESSAGES[code] });

describe('evaluate — facts must be one object', () => {
  it.each([
    ['null', null],
    ['a text', 'amount=1000.01'],
    ['a number', 1000.01],
    ['an array of facts', [FACTS]],
  ])('%s is INVALID_TYPE at the root (""), not a list of missing facts', (_what, facts) => {
    expect(inputIssues(() => evaluate('payment.ocp', facts as object, { asOf: MON_4_MAY_2026 }))).toEqual([at('', 'INVALID_TYPE')]);
  });

  it('reports a bad reference date and bad facts together, the date first', () => {
    // 30 February does not exist.
    expect(inputIssues(() => evaluate('payment.ocp', null as unknown as object, { asOf: '2026-02-30' }))).toEqual([
      at('/asOf', 'INVALID_DATE'),
      at('', 'INVALID_TYPE'),
    ]);
  });

  it('the messages come from the catalogue, in French and English', () => {
    const [issue] = inputIssues(() => evaluate('payment.ocp', [] as unknown as object));
    expect(issue!.message.fr).not.toBe('');
    expect(issue!.message.en).not.toBe('');
    expect(issue!.message.fr).not.toBe(issue!.message.en);
  });
});

describe('evaluate — every declared fact, null only where the norm file allows it', () => {
  it('null for a non-nullable fact is INVALID_VALUE at its JSON pointer', () => {
    // `amount` is declared `nullable: false` in the OCP terms; `balance` is nullable.
    expect(inputIssues(() => evaluate('payment.ocp', { ...FACTS, amount: null }, { asOf: MON_4_MAY_2026 }))).toEqual([at('/amount', 'INVALID_VALUE')]);
  });

  it('null where the norm file allows it is accepted', () => {
    const r = evaluate('payment.ocp', { ...FACTS, balance: null }, { asOf: MON_4_MAY_2026 });
    // Without a balance there is nothing to exceed: only the ceiling rule fires.
    expect(r.fired.map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
  });

  it('reports every problem at once, in the order the facts are declared', () => {
    const { methodType: _, ...noMethod } = FACTS;
    expect(inputIssues(() => evaluate('payment.ocp', { ...noMethod, amount: null }, { asOf: '2026-02-30' }))).toEqual([
      at('/asOf', 'INVALID_DATE'),
      at('/amount', 'INVALID_VALUE'),
      at('/methodType', 'REQUIRED'),
    ]);
  });

  it('a reference date that is not a text is INVALID_TYPE, as at every entry point (the options have their schema)', () => {
    const issues = inputIssues(() => evaluate('payment.ocp', FACTS, { asOf: 20260504 as unknown as string }));
    expect(issues).toMatchObject([{ path: '/asOf', code: 'INVALID_TYPE' }]);
    expect(issues[0]!.message.fr).toBe('Type de valeur incorrect ; attendu : une date AAAA-MM-JJ, p. ex. 2026-12-31 (reçu : le nombre 20260504).');
  });
});

describe('evaluate — the reference date', () => {
  it('is reported with the parameters applied; without one, the latest version (asOf null)', () => {
    expect(evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026 }).parameters.asOf).toBe(MON_4_MAY_2026);
    expect(evaluate('payment.ocp', FACTS).parameters.asOf).toBeNull();
  });

  it('is the date asked for with the trace off too, not the date the cached plan was built for', () => {
    // Mon 4 May 2026 builds the plan; Tue 5 May 2026 (same period, same plan) must still say 5 May.
    evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026 });
    expect(evaluate('payment.ocp', FACTS, { asOf: '2026-05-05', trace: false }).parameters.asOf).toBe('2026-05-05');
    expect(evaluate('payment.ocp', FACTS, { asOf: '2026-05-05' }).parameters.asOf).toBe('2026-05-05');
    expect(evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026, trace: false }).parameters.asOf).toBe(MON_4_MAY_2026);
  });
});

describe('evaluate — the trace option', () => {
  it('builds the trace by default: the parameters step, then one step per rule in file order', () => {
    const r = evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026 });
    expect(r.trace).toHaveLength(1 + OCP_RULE_COUNT);
    expect(r.trace[0]!.rule).toBe('payment.ocp.parameters');
    expect(r.trace.slice(1).map((s) => s.rule)).toEqual(getRuleSet('payment.ocp').rules.map((x) => x.id));
    expect(evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026, trace: true }).trace).toEqual(r.trace);
  });

  it('trace: false (bulk jobs) gives an empty trace and the same decision', () => {
    const r = evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026, trace: false });
    expect(r.trace).toEqual([]);
    expect(r.fired.map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
    expect(r.parameters.values.onlineLimit).toBe('1000.00');
  });
});

describe('evaluate — engine: "reference" (json-rules-engine)', () => {
  it('answers through a Promise, with the compiled evaluator’s result', async () => {
    const pending = evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026, engine: 'reference' });
    expect(pending).toBeInstanceOf(Promise);
    const r = await pending;
    expect(r.fired.map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
    expect(r.trace).toEqual(evaluate('payment.ocp', FACTS, { asOf: MON_4_MAY_2026 }).trace);
  });

  it('reports errors as a rejected Promise, never a synchronous throw', async () => {
    const call = (ruleSet: string, facts: object, asOf?: string): Promise<unknown> => {
      let pending: Promise<unknown> | undefined;
      expect(() => {
        pending = evaluate(ruleSet, facts, { asOf, engine: 'reference' });
      }).not.toThrow();
      return pending!;
    };
    await expect(call('payment.ocp', { ...FACTS, amount: null }, MON_4_MAY_2026)).rejects.toBeInstanceOf(LpInputError);
    await expect(call('payment.ocp', FACTS, '2026-02-30')).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [at('/asOf', 'INVALID_DATE')] });
    await expect(call('payment.nowhere', FACTS, MON_4_MAY_2026)).rejects.toMatchObject({ code: 'UNKNOWN_RULE_SET', details: { ruleSet: 'payment.nowhere' } });
    // The OCP terms apply from Monday 1 January 2024: Sunday 31 December 2023 has no norm in force.
    const early = call('payment.ocp', FACTS, '2023-12-31');
    await expect(early).rejects.toBeInstanceOf(LpNormError);
    await expect(early).rejects.toMatchObject({ code: 'NO_NORM_IN_FORCE' });
  });

  it('the compiled evaluator throws the same errors synchronously', () => {
    expect(() => evaluate('payment.ocp', { ...FACTS, amount: null }, { asOf: MON_4_MAY_2026 })).toThrow(LpInputError);
    expect(() => evaluate('payment.nowhere', FACTS)).toThrow(LpError);
  });
});

describe('evaluate — a norm comparing a nullable fact with null', () => {
  it('"no card scheme given" holds for null only, in both evaluators, and its step shows the null read', async () => {
    const text = (s: string) => ({ fr: s, en: `${s} (en)` });
    const cite = { document: 'Demo', article: '4' };
    // Built inside the test: loading checks the file (a null literal is a sound value), then evaluates.
    const set = defineRuleSet({
      id: 'demo.null',
      title: text('Démo'),
      source: { document: 'Demo', title: text('Démo'), edition: '2026' },
      facts: { cardBrand: { kind: 'enum', values: ['visa', 'mastercard'], nullable: true, description: text('Réseau') } },
      parameters: {},
      rules: [
        {
          id: 'demo.null.no-scheme',
          title: text('Sans réseau'),
          citation: cite,
          validFrom: '2026-01-01',
          conditions: { all: [{ fact: 'cardBrand', operator: 'equal', value: null }] },
          event: { type: 'NO_SCHEME', params: { message: text('Aucun réseau indiqué.') } },
          satisfied: text('Réseau indiqué.'),
        },
      ],
    });
    for (const [cardBrand, fired] of [[null, ['NO_SCHEME']], ['visa', []]] as const) {
      const compiled = evaluate(set, { cardBrand }, { asOf: MON_4_MAY_2026 });
      const reference = await evaluate(set, { cardBrand }, { asOf: MON_4_MAY_2026, engine: 'reference' });
      expect(compiled.fired.map((f) => f.event.type)).toEqual(fired);
      expect(reference.fired.map((f) => f.event.type)).toEqual(fired);
      expect(compiled.trace[1]!.values).toEqual({ fired: fired.length > 0, cardBrand });
      expect(reference.trace).toEqual(compiled.trace);
    }
  });
});

describe('withUnknownFacts', () => {
  it('keeps the facts a calculator knows and sets every other declared fact to null', () => {
    const set = { facts: { a: {}, b: {}, c: {} } } as never;
    expect(withUnknownFacts(set, { a: '1.00', c: false, other: 'x' })).toEqual({ a: '1.00', b: null, c: false });
    // A fact given as null stays null; nothing undeclared is passed on.
    expect(withUnknownFacts(set, { b: null })).toStrictEqual({ a: null, b: null, c: null });
  });
});

describe('evaluate: provenance, as on every function\'s result', () => {
  it('names the package and the edition applied, the same with either evaluator', async () => {
    // Monday 4 May 2026: the OCP terms, official.
    const compiled = evaluate('payment.ocp', TWINT_ONE_CENTIME_OVER, { asOf: '2026-05-04' });
    expect(compiled.provenance).toMatchObject({ package: PACKAGE_ID, norms: [{ family: 'payment.ocp' }], provisional: false, latestKnown: false, fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect((await evaluate('payment.ocp', TWINT_ONE_CENTIME_OVER, { asOf: '2026-05-04', engine: 'reference' })).provenance).toEqual(compiled.provenance);
    expect(compiled.trace.some((s) => s.rule === 'norms.provenance')).toBe(false);
  });

  it('says in the result and the trace when a provisional edition applied', async () => {
    const norms = loadNorms([{ name: 'NI-2027.json', content: {
      family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31', verifiedOn: '2026-12-05',
      source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027" }, values: { baseSingle: '1250.00' } } }]);
    const facts = Object.fromEntries(Object.keys(getRuleSet('seizure.minimum-vital').facts).map((f) => [f, null]));
    const lp = createLpRules({ norms });
    // Monday 4 January 2027: only the draft is in force.
    for (const r of [lp.evaluate('seizure.minimum-vital', { ...facts, householdType: 'single', cohabitingReading: 'half-couple', childAgeReading: 'from-10th-birthday' }, { asOf: '2027-01-04' }), await createReference({ norms }).evaluate('seizure.minimum-vital', { ...facts, householdType: 'single', cohabitingReading: 'half-couple', childAgeReading: 'from-10th-birthday' }, { asOf: '2027-01-04', engine: 'reference' })]) {
      expect(r.provenance).toMatchObject({ provisional: true, norms: [{ editions: [{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.json' }] }] });
      expect(r.trace.at(-1)).toMatchObject({ rule: 'norms.provenance', values: { provisional: true } });
    }
  });
});

describe('evaluate of the main entry: the compiled evaluator only', () => {
  it('refuses engine "reference" as an input error at /engine (the reference evaluator is lp-rules/reference)', () => {
    expect(() => evaluateMain('payment.ocp', TWINT_ONE_CENTIME_OVER, { asOf: '2026-05-04', engine: 'reference' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: '/engine', code: 'INVALID_VALUE' })] }),
    );
    expect(evaluateMain('payment.ocp', TWINT_ONE_CENTIME_OVER, { asOf: '2026-05-04', engine: 'compiled' }).fired.map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
  });
});
