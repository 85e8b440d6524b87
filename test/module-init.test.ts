// Module-level code, run once when its module is first imported: the operator table and the TIME
// pattern (operators.ts), the decimal-operator list of the norm-file checks, the built-in norm families
// (loaded, checked and frozen at import) with their change dates and the flattened `rules`, the plan
// cache's "latest" key, and the calculators' constant tables (reason codes, rule lists, routes,
// milestone order). A test file's static imports run before the test hooks, so each test here imports
// the library again, freshly, inside the test (docs/quality.md, "false survivors"), and checks the
// behaviour that code decides through that fresh copy.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATORS, type Operator } from '../src/schemas/rule-set.js';
import { writtenDates } from './support/weekdays.js';
import adbStatusExamples from '../src/calculators/adb-status/examples.json';
import authorizeCardPaymentExamples from '../src/calculators/authorize-card-payment/examples.json';
import canContinueExamples from '../src/calculators/can-continue/examples.json';
import cardDeadlinesExamples from '../src/calculators/card-deadlines/examples.json';
import caseTimelineExamples from '../src/calculators/case-timeline/examples.json';
import computeDeadlineExamples from '../src/calculators/compute-deadline/examples.json';
import computeMinimumVitalExamples from '../src/calculators/compute-minimum-vital/examples.json';
import dayStatusExamples from '../src/calculators/day-status/examples.json';
import deemedDeliveryExamples from '../src/calculators/deemed-delivery/examples.json';
import enforcementActAllowedExamples from '../src/calculators/enforcement-act-allowed/examples.json';
import extractVisibilityExamples from '../src/calculators/extract-visibility/examples.json';
import hideRequestEarliestExamples from '../src/calculators/hide-request-earliest/examples.json';
import hideRequestDecisionExamples from '../src/calculators/hide-request-decision/examples.json';
import mainleveeRouteExamples from '../src/calculators/mainlevee-route/examples.json';
import ocpmOrderExamples from '../src/calculators/ocpm-order/examples.json';
import oppositionDeadlineExamples from '../src/calculators/opposition-deadline/examples.json';
import paymentDeadlineExamples from '../src/calculators/payment-deadline/examples.json';
import saleWindowExamples from '../src/calculators/sale-window/examples.json';
import seizableQuotaExamples from '../src/calculators/seizable-quota/examples.json';
import validatePaymentExamples from '../src/calculators/validate-payment/examples.json';
import ruleExamples from '../src/rules/examples.json';
import { aboveLimitRule, cite, limitFamily, surchargeRule, text } from './support/demo-rule-sets.js';

type Library = typeof import('../src/index.js');
type RuleSetJson = import('../src/index.js').RuleSetDefinition;

/** The whole library, imported afresh: every module-level statement runs again, now. */
async function freshLibrary(): Promise<Library> {
  vi.resetModules();
  return import('../src/index.js');
}

// Dates spelled in test names must carry their true weekday.
beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

// --- operators -----------------------------------------------------------------------------------

// For each operator, a case where it holds and one where it does not (false, not merely falsy).
const OPERATOR_CASES: Record<Operator, [unknown, unknown, boolean][]> = {
  equal: [['visa', 'visa', true], ['1', 1, false]],
  notEqual: [['1', 1, true], ['visa', 'visa', false]],
  in: [['twint', ['card', 'twint'], true], ['postfinance', ['card', 'twint'], false]],
  notIn: [['postfinance', ['card', 'twint'], true], ['card', ['card', 'twint'], false]],
  isDecimal: [['1000.00', true, true], ['12,50', true, false]],
  // CG OCP ch. 3: the online ceiling is CHF 1000.00, compared as decimals ("1000.00" vs "999.99").
  decimalLessThan: [['999.99', '1000.00', true], ['1000.00', '1000.00', false]],
  decimalLessThanInclusive: [['1000.00', '1000.00', true], ['1000.01', '1000.00', false]],
  decimalGreaterThan: [['1000.01', '1000.00', true], ['1000.00', '1000.00', false]],
  decimalGreaterThanInclusive: [['1000.00', '1000.00', true], ['999.99', '1000.00', false]],
  decimalScaleGreaterThan: [['100.005', 2, true], ['100.50', 2, false]],
  // Saturday 28, Sunday 29, Monday 30 March 2026.
  dateBefore: [['2026-03-28', '2026-03-29', true], ['2026-03-29', '2026-03-29', false]],
  dateOnOrBefore: [['2026-03-29', '2026-03-29', true], ['2026-03-30', '2026-03-29', false]],
  dateAfter: [['2026-03-30', '2026-03-29', true], ['2026-03-29', '2026-03-29', false]],
  dateOnOrAfter: [['2026-03-29', '2026-03-29', true], ['2026-03-28', '2026-03-29', false]],
  // A card valid through 03/2026: expired on Wednesday 1 April 2026, not on Tuesday 31 March 2026.
  dateMonthAfter: [['2026-04-01', '2026-03', true], ['2026-03-31', '2026-03', false]],
  // LP 56 ch. 1: no enforcement act from 20:00.
  timeBefore: [['19:59:59', '20:00', true], ['20:00', '20:00', false]],
  timeOnOrBefore: [['20:00:00', '20:00', true], ['20:00:01', '20:00', false]],
  timeAfter: [['20:00:01', '20:00', true], ['20:00', '20:00:00', false]],
  timeOnOrAfter: [['20:00', '20:00', true], ['19:59', '20:00', false]],
};

describe('operators, freshly imported', () => {
  it('every operator of the rule language answers true and false', async () => {
    vi.resetModules();
    const { OPERATOR_FUNCTIONS: op } = await import('../src/engines/evaluator/operators.js');
    expect(Object.keys(op).sort()).toEqual([...OPERATORS].sort());
    for (const name of OPERATORS) {
      for (const [a, b, want] of OPERATOR_CASES[name]) expect(op[name](a, b), `${name}(${JSON.stringify(a)}, ${JSON.stringify(b)})`).toBe(want);
    }
  });

  it('times of day: HH:mm or HH:mm:ss, 00:00 to 23:59:59, nothing before or after', async () => {
    vi.resetModules();
    const { OPERATOR_FUNCTIONS: op } = await import('../src/engines/evaluator/operators.js');
    // Every digit class at its bounds: hours 00, 09, 19, 23; minutes and seconds 00 and 59.
    expect(op.timeBefore('00:00', '09:59:59')).toBe(true);
    expect(op.timeBefore('09:59:59', '19:00')).toBe(true);
    expect(op.timeBefore('19:59', '23:00:00')).toBe(true);
    expect(op.timeAfter('23:59:59', '23:59')).toBe(true);
    expect(op.timeOnOrAfter('07:00:00', '07:00')).toBe(true);
    // Not times of day: hour 24, a fraction of a second, a trailing or leading character.
    expect(op.timeAfter('24:00:00', '23:59:59')).toBe(false);
    expect(op.timeOnOrAfter('20:00:00.5', '20:00')).toBe(false);
    expect(op.timeBefore('07:00x', '23:59')).toBe(false);
    expect(op.timeBefore('x07:00', '23:59')).toBe(false);
    expect(op.timeAfter('23:59', '07:60')).toBe(false);
    expect(op.timeAfter('23:59', '07:00:60')).toBe(false);
  });
});

// --- norm files ----------------------------------------------------------------------------------


/** A one-rule norm file: `amount <operator> params.limit`, the parameter of the given kind. */
function demoSet(operator: string, kind: string, value: unknown): unknown {
  return {
    id: 'demo.kind',
    title: text('Démo', 'Demo'),
    source: { document: 'Demo', title: text('Démo', 'Demo'), edition: '2026' },
    facts: { amount: { kind: 'decimal', nullable: false, description: text('Montant', 'Amount') } },
    parameters: { limit: { kind, description: text('Plafond', 'Limit'), values: [{ validFrom: '2026-01-01', value, citation: cite }] } },
    rules: [
      {
        id: 'demo.kind.compare',
        title: text('Comparaison', 'Comparison'),
        citation: cite,
        validFrom: '2026-01-01',
        conditions: { all: [{ fact: 'amount', operator, value: { fact: 'params', path: '$.limit' } }] },
        event: { type: 'HIT', params: { message: text('Atteint.', 'Hit.') } },
        satisfied: text('Non atteint.', 'Not hit.'),
      },
    ],
  };
}

/** A norm family whose limit and rules change: CHF 1000.00 through Thursday 31 December 2026, CHF 1500.00 from Friday 1 January 2027; a surcharge from Thursday 1 October 2026 through Wednesday 31 March 2027. */
const AMENDED: RuleSetJson = limitFamily('demo.amended', [['2026-01-01', '1000.00'], ['2027-01-01', '1500.00']], [
  aboveLimitRule('demo.amended', '2026-01-01'),
  surchargeRule('demo.amended', '2026-10-01', '2027-03-31'),
]);

/** The day after an ISO date, computed independently of the library. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every change date of a norm file: each first day, and the day after each last day, sorted. */
function expectedChangeDates(set: RuleSetJson): string[] {
  const dates = new Set<string>();
  const add = (v: { validFrom: string; validTo?: string }) => {
    dates.add(v.validFrom);
    if (v.validTo !== undefined) dates.add(nextDay(v.validTo));
  };
  for (const p of Object.values(set.parameters)) p.values.forEach(add);
  set.rules.forEach(add);
  return [...dates].sort();
}

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`))];
}

/** The parameters a condition tree reads (`{ fact: 'params', path: '$.name' }`), independently of the library. */
function parametersRead(c: unknown): string[] {
  if (c === null || typeof c !== 'object') return [];
  const node = c as Record<string, unknown>;
  if (Array.isArray(node.all)) return node.all.flatMap(parametersRead);
  if (Array.isArray(node.any)) return node.any.flatMap(parametersRead);
  if (node.not !== undefined) return parametersRead(node.not);
  const v = node.value as { fact?: string; path?: string } | null;
  return v !== null && typeof v === 'object' && !Array.isArray(v) && v.fact === 'params' && v.path ? [v.path.slice(2)] : [];
}

describe('norm files, freshly loaded', () => {
  it('a decimal comparison with a parameter that is not a number is refused, for each decimal operator', async () => {
    const { defineRuleSet, LpNormError } = await freshLibrary();
    for (const operator of ['decimalLessThan', 'decimalLessThanInclusive', 'decimalGreaterThan', 'decimalGreaterThanInclusive']) {
      let error: unknown;
      try {
        defineRuleSet(demoSet(operator, 'boolean', true));
      } catch (e) {
        error = e;
      }
      expect(error, operator).toBeInstanceOf(LpNormError);
      expect(error).toMatchObject({ code: 'NORM_INVALID', details: { ruleSet: 'demo.kind' } });
      const { messages } = error as InstanceType<typeof LpNormError>;
      expect(messages.en).toBe(`Invalid norm file demo.kind: rule demo.kind.compare: ${operator} compares with a boolean parameter`);
      expect(messages.fr).toBe(`Fichier de normes demo.kind invalide : règle demo.kind.compare : ${operator} compare à un paramètre de type boolean`);
      // A decimal or integer parameter is what these operators compare with.
      expect(defineRuleSet(demoSet(operator, 'decimal', '1000.00')).id).toBe('demo.kind');
      expect(defineRuleSet(demoSet(operator, 'integer', 1000)).id).toBe('demo.kind');
    }
  });

  it('a text parameter and a time of day load; a time given as a list is refused', async () => {
    const { defineRuleSet } = await freshLibrary();
    expect(defineRuleSet(demoSet('equal', 'text', 'poursuite')).parameters.limit!.values[0]!.value).toBe('poursuite');
    // LP 56 ch. 1: acts are closed from 20:00; "20:00" is a time of day, ["20:00"] is not.
    expect(defineRuleSet(demoSet('timeBefore', 'time', '20:00')).parameters.limit!.kind).toBe('time');
    expect(() => defineRuleSet(demoSet('timeBefore', 'time', ['20:00']))).toThrow(
      expect.objectContaining({ code: 'NORM_INVALID', message: 'Invalid norm file demo.kind: parameter limit[0]: value does not fit kind time' }),
    );
  });

  it('a loaded norm family is deeply frozen, and lists its change dates in order', async () => {
    const { defineRuleSet, ruleSets } = await freshLibrary();
    const amended = defineRuleSet(AMENDED);
    // First days 1 January 2026, 1 October 2026, 1 January 2027; the surcharge ends Wednesday 31 March 2027.
    expect(amended.changeDates).toEqual(['2026-01-01', '2026-10-01', '2027-01-01', '2027-04-01']);
    expect(unfrozen(amended)).toEqual([]);
    expect(() => (amended.parameters.limit!.values as unknown[]).push({})).toThrow(TypeError);
    expect(ruleSets).toHaveLength(10);
    for (const set of ruleSets) {
      expect(unfrozen(set), set.id).toEqual([]);
      expect(set.changeDates, set.id).toEqual(expectedChangeDates(set as RuleSetJson));
    }
  });

  it('evaluations on both sides of each change date apply the norms of that day', async () => {
    const { defineRuleSet, evaluate } = await freshLibrary();
    const set = defineRuleSet(AMENDED);
    const fired = (asOf?: string) => evaluate(set, { amount: '1200.00' }, { asOf }).fired.map((f) => f.event.type);
    expect(fired('2026-09-30')).toEqual(['ABOVE_LIMIT']); // Wednesday 30 September 2026
    expect(fired('2026-10-01')).toEqual(['ABOVE_LIMIT', 'SURCHARGE']); // Thursday 1 October 2026
    expect(fired('2026-12-31')).toEqual(['ABOVE_LIMIT', 'SURCHARGE']); // Thursday 31 December 2026
    expect(fired('2027-01-01')).toEqual(['SURCHARGE']); // Friday 1 January 2027: CHF 1500.00
    expect(fired('2027-03-31')).toEqual(['SURCHARGE']); // Wednesday 31 March 2027
    expect(fired('2027-04-01')).toEqual([]); // Thursday 1 April 2027
  });

  it('the latest version and the period after the first change date are compiled apart', async () => {
    const { defineRuleSet, evaluate } = await freshLibrary();
    const limit = (set: ReturnType<typeof defineRuleSet>, asOf?: string) => evaluate(set, { amount: '1200.00' }, { asOf }).parameters.values.limit;
    // Monday 4 May 2026 lies in the period after the first change date (CHF 1000.00); without a date,
    // the latest version applies (CHF 1500.00). In both orders, on the same rule set.
    const set = defineRuleSet(AMENDED);
    expect(limit(set, '2026-05-04')).toBe('1000.00');
    expect(limit(set)).toBe('1500.00');
    const other = defineRuleSet(AMENDED);
    expect(limit(other)).toBe('1500.00');
    expect(limit(other, '2026-05-04')).toBe('1000.00');
    expect(evaluate(other, { amount: '1200.00' }, { asOf: '2026-05-04' }).fired.map((f) => f.event.type)).toEqual(['ABOVE_LIMIT']);
  });

  it('rules: every built-in norm flattened, with its family, citation and exactly the parameters it reads', async () => {
    const { rules, ruleSets } = await freshLibrary();
    expect(rules).toHaveLength(ruleSets.reduce((n, s) => n + s.rules.length, 0));
    let i = 0;
    for (const set of ruleSets) {
      for (const r of set.rules) {
        const flat = rules[i++]!;
        expect(flat.id).toBe(r.id);
        expect(flat.ruleSet).toBe(set.id);
        expect(flat.source).toBe(set.source);
        expect({ title: flat.title, legalSource: flat.legalSource, validFrom: flat.validFrom, conditions: flat.conditions, event: flat.event, satisfied: flat.satisfied }).toEqual({
          title: r.title,
          legalSource: r.citation,
          validFrom: r.validFrom,
          conditions: r.conditions,
          event: r.event,
          satisfied: r.satisfied,
        });
        // `validTo` only where the rule has an end date (e.g. the 2019 version of LP 8a al. 3 let. d's rules).
        const keys = ['citation', 'conditions', 'event', 'id', 'legalSource', 'parameters', 'ruleSet', 'satisfied', 'source', 'title', 'validFrom', ...(r.validTo !== undefined ? ['validTo'] : [])];
        expect(Object.keys(flat).sort(), r.id).toEqual(keys.sort());
        expect(flat.validTo).toBe(r.validTo);
        const read = [...new Set(parametersRead(r.conditions))].sort();
        expect(Object.keys(flat.parameters).sort(), r.id).toEqual(read);
        for (const name of read) expect(flat.parameters[name], `${r.id} ${name}`).toBe(set.parameters[name]);
      }
    }
    const above = rules.find((r) => r.id === 'payment.ocp.amount.above-limit')!;
    expect(above.citation).toBe('CG OCP ch. 3');
    expect(above.parameters.onlineLimit!.values[0]).toMatchObject({ validFrom: '2024-01-01', value: '1000.00' });
    expect(rules.find((r) => r.id === 'lp.procedure.premature')!.citation).toBe('LP 88 al. 1');
  });
});

// --- worked examples, through a freshly imported library ----------------------------------------

interface Example {
  name: string;
  input: unknown;
  expected: Record<string, unknown>;
}

/** The comparison of test/support/examples.ts: reasons by code and in order, objects as a subset, anything else exactly. */
function checkExample(e: Example, out: Record<string, unknown>): void {
  for (const [key, want] of Object.entries(e.expected)) {
    if (key === 'reasons') expect((out.reasons as { code: string }[]).map((r) => r.code), `${e.name}: ${key}`).toEqual(want);
    else if (want !== null && typeof want === 'object') expect(out[key], `${e.name}: ${key}`).toMatchObject(want);
    else expect(out[key], `${e.name}: ${key}`).toEqual(want);
  }
  expect((out.trace as unknown[]).length, `${e.name}: has a trace`).toBeGreaterThan(0);
}

type Calculator = Exclude<
  keyof Library,
  'LpError' | 'LpInputError' | 'LpNormError' | 'ISSUE_MESSAGES' | 'evaluate' | 'rules' | 'ruleSets' | 'getRuleSet' | 'defineRuleSet' | 'PRIMARY_READINGS' | 'CANTON_CODES' | 'deadlineComputer' | 'seizurePlan' | 'recalculateQuotas' | 'validatePayment'
>;
const CALCULATOR_EXAMPLES: [Calculator, unknown[]][] = [
  ['adbStatus', adbStatusExamples],
  ['authorizeCardPayment', authorizeCardPaymentExamples],
  ['canContinue', canContinueExamples],
  ['cardDeadlines', cardDeadlinesExamples],
  ['caseTimeline', caseTimelineExamples],
  ['computeDeadline', computeDeadlineExamples],
  ['computeMinimumVital', computeMinimumVitalExamples],
  ['dayStatus', dayStatusExamples],
  ['deemedDelivery', deemedDeliveryExamples],
  ['enforcementActAllowed', enforcementActAllowedExamples],
  ['extractVisibility', extractVisibilityExamples],
  ['hideRequestEarliest', hideRequestEarliestExamples],
  ['hideRequestDecision', hideRequestDecisionExamples],
  ['mainleveeRoute', mainleveeRouteExamples],
  ['ocpmOrder', ocpmOrderExamples],
  ['oppositionDeadline', oppositionDeadlineExamples],
  ['paymentDeadline', paymentDeadlineExamples],
  ['saleWindow', saleWindowExamples],
  ['seizableQuota', seizableQuotaExamples],
];

describe('LP 8a al. 3 let. d, through a freshly imported library: the rules each function reports', () => {
  it('hideRequestEarliest: the request rules in force; hideRequestDecision: those and the disclosure rules of the day', async () => {
    const { hideRequestEarliest, hideRequestDecision } = await freshLibrary();
    const opposition = { filedOn: '2024-03-07', status: 'pending' as const };
    const rules = (trace: { rule: string }[]) => trace.map((s) => s.rule).filter((r) => r.startsWith('lp.procedure.'));
    const request = ['lp.procedure.hide-request-no-opposition', 'lp.procedure.hide-request-premature', 'lp.procedure.hide-request-late'];
    expect(rules(hideRequestEarliest({ notifiedOn: '2024-03-04', opposition }).trace)).toEqual(request);
    expect(rules(hideRequestEarliest({ notifiedOn: '2017-04-03', requestedOn: '2018-07-02' }).trace)).toEqual(['lp.procedure.hide-request-unavailable']);
    const decision = hideRequestDecision({ notifiedOn: '2024-03-04', opposition, requestedOn: '2024-06-10', asOf: '2024-12-09' });
    expect(decision.trace.map((s) => s.rule).slice(0, 2)).toEqual(['lp.register.hide-request', 'lp.register.hide-request']);
    expect(rules(decision.trace)).toEqual([
      ...request,
      'lp.procedure.hide-awaiting-proof',
      'lp.procedure.hide-proof-in-time',
      'lp.procedure.hide-not-disclosed',
      'lp.procedure.hide-visible-again',
      'lp.procedure.hide-rejection-not-decisive',
    ]);
    expect(rules(hideRequestDecision({ notifiedOn: '2024-03-04', opposition, requestedOn: '2024-06-10', asOf: '2026-01-05' }).trace).slice(3)).toEqual([
      'lp.procedure.hide-awaiting-proof',
      'lp.procedure.hide-proof-in-time',
      'lp.procedure.hide-not-disclosed',
      'lp.procedure.hide-visible-again',
      'lp.procedure.hide-rejection-proved',
    ]);
  });

  it('computeMinimumVital: the household refusals, through the fresh norm tables', async () => {
    const { computeMinimumVital } = await freshLibrary();
    const issues = (household: object) => {
      try {
        computeMinimumVital({ asOf: '2026-06-01', household } as never);
      } catch (e) {
        return (e as { issues: { code: string }[] }).issues.map((x) => x.code);
      }
      return [];
    };
    expect(issues({ type: 'single', children: [{ birthDate: '2023-01-15' }] })).toEqual(['HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issues({ type: 'single-parent' })).toEqual(['HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
    expect(computeMinimumVital({ asOf: '2026-06-01', household: { type: 'cohabiting-partner', children: [{ birthDate: '2023-01-15' }] } }).total).toBe('2100.00');
  });
});

describe('worked examples, through a freshly imported library', () => {
  it.each(CALCULATOR_EXAMPLES)('%s', async (name, examples) => {
    const lib = await freshLibrary();
    const fn = lib[name] as unknown as (input: never) => Record<string, unknown>;
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples as Example[]) checkExample(e, fn(structuredClone(e.input) as never));
  });

  it('validatePayment', async () => {
    const { validatePayment } = await freshLibrary();
    for (const e of validatePaymentExamples as unknown as { name: string; input: Parameters<Library['validatePayment']>[0]; expected: { accepted: boolean; reasons: string[]; kind?: string; balanceAfter?: string } }[]) {
      const r = validatePayment(e.input);
      expect(r.accepted, e.name).toBe(e.expected.accepted);
      expect(r.reasons.map((x) => x.code), e.name).toEqual(e.expected.reasons);
      expect(r.kind, e.name).toBe(e.expected.kind);
      expect(r.balanceAfter, e.name).toBe(e.expected.balanceAfter);
    }
  });

  it('rule-level examples, with both evaluators', async () => {
    await freshLibrary();
    const { evaluate } = await import('../src/reference.js');
    for (const e of ruleExamples) {
      expect(evaluate(e.ruleSet, e.facts, { asOf: e.asOf }).fired.map((f) => f.event.type), e.name).toEqual(e.expected.fired);
      expect((await evaluate(e.ruleSet, e.facts, { asOf: e.asOf, engine: 'reference' })).fired.map((f) => f.event.type), e.name).toEqual(e.expected.fired);
    }
  });
});

// --- calculators' constant tables beyond the worked examples --------------------------------------

describe('canContinue cites each LP 12 / 78 / 88 rule it applies', () => {
  it('Wednesday 15 April 2026, the last day of the extended payment deadline: premature, every rule in the trace', async () => {
    const { canContinue } = await freshLibrary();
    // Served Monday 9 March 2026: day 20 is Sunday 29 March, in the Easter féries; LP 63 extends the
    // deadline to Wednesday 15 April, so continuation may be requested from Thursday 16 April 2026.
    const r = canContinue({ notifiedOn: '2026-03-09', requestedOn: '2026-04-15', paidInFull: false });
    expect(r.reasons.map((x) => x.code)).toEqual(['PREMATURE']);
    const steps = r.trace.filter((s) => s.rule.startsWith('lp.procedure.'));
    expect(steps.map((s) => [s.rule, s.citation, s.values?.fired])).toEqual([
      ['lp.procedure.debt-paid', 'LP 12 al. 2', false],
      ['lp.procedure.opposition-pending', 'LP 78 al. 1', false],
      ['lp.procedure.premature', 'LP 88 al. 1', true],
      ['lp.procedure.perished', 'LP 88 al. 2', false],
      ['lp.procedure.partial-opposition', 'LP 78 al. 2', false],
    ]);
    expect(steps[2]!.values).toMatchObject({ requestedOn: '2026-04-15', earliestOn: '2026-04-16' });
  });
});

// Milestones are listed by date; on the same day, in the order of the procedure: service, opposition,
// its last day, the payment deadline, continuation, non-disclosure, seizure, sale window, end of the
// continuation right, ADB and its continuation, closing, register visibility, prescription, and the
// last day to interrupt it.
describe('caseTimeline: same-day milestones in the order of the procedure', () => {
  type Input = Parameters<Library['caseTimeline']>[0];
  async function sameDay(input: Input, date: string): Promise<string[]> {
    const { caseTimeline } = await freshLibrary();
    const { milestones } = caseTimeline(input);
    const dates = milestones.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    return milestones.filter((m) => m.date === date).map((m) => m.kind);
  }

  it('an opposition made at service, Monday 9 March 2026, follows the service', async () => {
    // LP 74 al. 1: the debtor may oppose on the spot, to the person serving the payment order.
    expect(await sameDay({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-09', status: 'pending' } }, '2026-03-09')).toEqual(['service', 'opposition-filed']);
  });

  it('an opposition made on its last day, Thursday 19 March 2026, precedes that deadline', async () => {
    // Ten days from Monday 9 March 2026 (LP 74 al. 1): Thursday 19 March, before the Easter féries.
    expect(await sameDay({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-19', status: 'pending' } }, '2026-03-19')).toEqual(['opposition-filed', 'opposition-last-day']);
  });

  it('served Wednesday 18 March 2026: both deadlines end Wednesday 15 April 2026, and a seizure on Thursday 16 April follows continuation', async () => {
    // Opposition: day 10 is Saturday 28 March, moved to Monday 30 March, in the Easter féries (Sunday
    // 29 March to Sunday 12 April 2026). Payment: day 20 is Tuesday 7 April, in the féries. LP 63 extends
    // both to the third working day after them: Wednesday 15 April. Continuation from Thursday 16 April.
    const input: Input = { notifiedOn: '2026-03-18', seizure: { seizedOn: '2026-04-16', asset: 'movable' } };
    expect(await sameDay(input, '2026-04-15')).toEqual(['opposition-last-day', 'payment-last-day']);
    expect(await sameDay(input, '2026-04-16')).toEqual(['continuation-from', 'seizure']);
  });

  it('a late opposition filed on Thursday 16 April 2026, the first day of continuation, comes first', async () => {
    expect(await sameDay({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-04-16', status: 'pending' } }, '2026-04-16')).toEqual(['opposition-filed', 'continuation-from']);
  });

  it('a late opposition filed on Wednesday 10 June 2026 precedes the non-disclosure request', async () => {
    // LP 8a al. 3 let. d: three months after service on Monday 9 March 2026, i.e. from Wednesday 10 June.
    expect(await sameDay({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-06-10', status: 'pending' } }, '2026-06-10')).toEqual(['opposition-filed', 'hide-request-from']);
  });

  it('non-disclosure and the sale both open on Friday 12 June 2026', async () => {
    // Served Wednesday 11 March 2026: non-disclosure from Friday 12 June (three months, LP 8a al. 3
    // let. d). Movables seized Monday 11 May 2026: sale from Friday 12 June (one month, LP 116 al. 1).
    const input: Input = {
      notifiedOn: '2026-03-11',
      opposition: { filedOn: '2026-03-13', status: 'withdrawn' },
      seizure: { seizedOn: '2026-05-11', asset: 'movable' },
    };
    expect(await sameDay(input, '2026-06-12')).toEqual(['hide-request-from', 'sale-from']);
  });

  it('the sale opens on Tuesday 9 March 2027, the last day to request continuation', async () => {
    // Served Monday 9 March 2026: continuation until Tuesday 9 March 2027 (LP 88 al. 2). Movables
    // seized Monday 8 February 2027: sale from Tuesday 9 March 2027 (LP 116 al. 1).
    expect(await sameDay({ notifiedOn: '2026-03-09', seizure: { seizedOn: '2027-02-08', asset: 'movable' } }, '2027-03-09')).toEqual(['sale-from', 'continuation-until']);
  });

  it('a seizure record serving as ADB on Wednesday 9 September 2026, the procedure closed that day', async () => {
    // LP 115 al. 1: nothing to seize, the seizure record is the ADB; the ADB's six months (LP 149 al. 3)
    // end on Tuesday 9 March 2027, the same day as the one-year continuation right (LP 88 al. 2).
    const input: Input = { notifiedOn: '2026-03-09', seizure: { seizedOn: '2026-09-09', asset: 'movable' }, adb: { issuedOn: '2026-09-09' }, closedOn: '2026-09-09' };
    expect(await sameDay(input, '2026-09-09')).toEqual(['seizure', 'adb-issued', 'closed']);
    expect(await sameDay(input, '2027-03-09')).toEqual(['continuation-until', 'adb-continuation-until']);
  });

  it('closed on Tuesday 1 June 2027, the debtor dead on Sunday 1 June 2031: visibility, prescription and last day on Tuesday 1 June 2032', async () => {
    // LP 8a al. 4: visible through the 5th anniversary of the closing. LP 149a al. 1: against the heirs
    // the claim prescribes one year after the death. Tuesday 1 June 2032 is a working day: no shift.
    const input: Input = { notifiedOn: '2026-03-09', adb: { issuedOn: '2027-06-01', debtorDiedOn: '2031-06-01' }, closedOn: '2027-06-01' };
    expect(await sameDay(input, '2027-06-01')).toEqual(['adb-issued', 'closed']);
    expect(await sameDay(input, '2032-06-01')).toEqual(['extract-visible-until', 'adb-prescription', 'adb-last-day-to-interrupt']);
  });
});
