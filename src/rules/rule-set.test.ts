import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LpNormError } from '../core/errors.js';
import { evaluate } from '../engines/evaluator/evaluate.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { defineRuleSet } from './rule-set.js';

// defineRuleSet: any norm file is checked (schema, then semantics) before it loads; a loaded set is
// frozen, independent of the caller's object, and knows the dates on which its norms change.

function refusal(json: unknown): LpNormError {
  try {
    defineRuleSet(json);
  } catch (e) {
    if (e instanceof LpNormError) return e;
    throw e;
  }
  throw new Error('a malformed norm file loaded');
}

const cite = { document: 'Demo', article: '1' };

/** The example of defineRuleSet's documentation: amounts strictly above a CHF 1000 ceiling. */
const docExample = (): RuleSetDefinition => ({
  id: 'demo.limit',
  title: { fr: 'Démo', en: 'Demo' },
  source: { document: 'Demo', title: { fr: 'Démo', en: 'Demo' }, edition: '2026' },
  facts: { amount: { kind: 'decimal', nullable: false, description: { fr: 'Montant', en: 'Amount' } } },
  parameters: {
    limit: { kind: 'decimal', description: { fr: 'Plafond', en: 'Limit' }, values: [{ validFrom: '2026-01-01', value: '1000.00', citation: cite }] },
  },
  rules: [
    {
      id: 'demo.limit.above',
      title: { fr: 'Plafond', en: 'Limit' },
      citation: cite,
      validFrom: '2026-01-01',
      conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
      event: { type: 'ABOVE_LIMIT', params: { message: { fr: 'Au-dessus du plafond.', en: 'Above the limit.' } } },
      satisfied: { fr: 'Dans le plafond.', en: 'Within the limit.' },
    },
  ],
});

describe('defineRuleSet loads a sound norm file', () => {
  it('Monday 4 May 2026: CHF 1000.01 is above the CHF 1000 ceiling, CHF 1000.00 is not', () => {
    const set = defineRuleSet(docExample());
    expect(evaluate(set, { amount: '1000.01' }, { asOf: '2026-05-04' }).fired.map((f) => f.event.type)).toEqual(['ABOVE_LIMIT']);
    expect(evaluate(set, { amount: '1000.00' }, { asOf: '2026-05-04' }).fired).toEqual([]);
  });

  it('the loaded set is frozen, and a later change to the caller\'s object does not reach it', () => {
    const json = docExample();
    const set = defineRuleSet(json);
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.parameters.limit!.values[0])).toBe(true);
    expect(Object.isFrozen(set.rules[0]!.conditions)).toBe(true);
    expect(() => {
      (set.parameters.limit!.values[0] as { value: string }).value = '5000.00';
    }).toThrow(TypeError);
    json.parameters.limit!.values[0]!.value = '5000.00';
    expect(Object.isFrozen(json)).toBe(false);
    expect(set.parameters.limit!.values[0]!.value).toBe('1000.00');
    expect(evaluate(set, { amount: '1000.01' }, { asOf: '2026-05-04' }).fired).toHaveLength(1);
  });
});

describe('defineRuleSet refuses a file that does not fit the schema: NORM_INVALID listing "path CODE"', () => {
  it('the documented example: only an id', () => {
    const e = refusal({ id: 'demo.limit' });
    const list = '/title REQUIRED; /source REQUIRED; /facts REQUIRED; /parameters REQUIRED; /rules REQUIRED';
    expect(e.code).toBe('NORM_INVALID');
    expect(e.messages.fr).toBe(`Fichier de normes invalide : ${list}`);
    expect(e.messages.en).toBe(`Invalid norm file: ${list}`);
    expect(e.message).toBe(e.messages.en);
  });

  it.each([null, 42, 'demo.limit', []])('%j: the file itself is not an object, written "/"', (json) => {
    const e = refusal(json);
    expect(e.code).toBe('NORM_INVALID');
    expect(e.messages.fr).toBe('Fichier de normes invalide : / INVALID_TYPE');
    expect(e.messages.en).toBe('Invalid norm file: / INVALID_TYPE');
  });

  it('a nested problem is named by its JSON pointer', () => {
    const json = docExample() as unknown as { rules: { validFrom: string; amount?: number }[] };
    json.rules[0]!.validFrom = '1.1.2026';
    json.rules[0]!.amount = 1000;
    const e = refusal(json);
    expect(e.messages.en).toBe('Invalid norm file: /rules/0/amount UNKNOWN_PROPERTY; /rules/0/validFrom INVALID_DATE');
  });
});

// --- change dates and evaluation periods ---------------------------------------------------------------

/**
 * demo.limit amended: the ceiling rises from CHF 1000 to CHF 1500 on Wednesday 1 July 2026, and a launch
 * notice is in force from Thursday 1 January to Tuesday 31 March 2026 only (nothing replaces it).
 */
function amended(): RuleSetDefinition {
  const json = docExample();
  json.parameters.limit!.values = [
    { validFrom: '2026-01-01', validTo: '2026-06-30', value: '1000.00', citation: cite },
    { validFrom: '2026-07-01', value: '1500.00', citation: cite },
  ];
  json.rules.push({
    ...json.rules[0]!,
    id: 'demo.limit.launch-notice',
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    event: { type: 'LAUNCH_NOTICE', params: { message: { fr: 'Lancement.', en: 'Launch.' } } },
  });
  return json;
}

// CHF 1200 on each day around the changes: what fires.
const EXPECTED: Record<string, string[]> = {
  '2026-01-01': ['ABOVE_LIMIT', 'LAUNCH_NOTICE'], // Thu 1 Jan 2026, first day of both
  '2026-03-31': ['ABOVE_LIMIT', 'LAUNCH_NOTICE'], // Tue 31 Mar 2026, last day of the notice
  '2026-04-01': ['ABOVE_LIMIT'], // Wed 1 Apr 2026, the day after: the notice no longer applies
  '2026-06-30': ['ABOVE_LIMIT'], // Tue 30 Jun 2026, last day of the CHF 1000 ceiling
  '2026-07-01': [], // Wed 1 Jul 2026: CHF 1500 ceiling, 1200 is within it
};

describe('changeDates: the first day of every version and the day after every end', () => {
  it('sorted, without duplicates (1 July 2026 is both the day after a version and the start of the next)', () => {
    expect(defineRuleSet(amended()).changeDates).toEqual(['2026-01-01', '2026-04-01', '2026-07-01']);
    expect(defineRuleSet(docExample()).changeDates).toEqual(['2026-01-01']);
  });

  it('a version ending on 9999-12-31, the last day a date can name, adds no change date after it', () => {
    const json = docExample();
    json.parameters.limit!.values[0]!.validTo = '9999-12-31';
    json.rules[0]!.validTo = '9999-12-31';
    const set = defineRuleSet(json);
    expect(set.changeDates).toEqual(['2026-01-01']);
    expect(evaluate(set, { amount: '1000.01' }, { asOf: '9999-12-31' }).fired.map((f) => f.event.type)).toEqual(['ABOVE_LIMIT']);
  });

  it.each(Object.entries(EXPECTED))('%s, evaluated on its own', (asOf, fired) => {
    const r = evaluate(defineRuleSet(amended()), { amount: '1200.00' }, { asOf });
    expect(r.fired.map((f) => f.event.type)).toEqual(fired);
    expect(r.trace[0]!.values).toMatchObject({ asOf, 'limit.validFrom': asOf < '2026-07-01' ? '2026-01-01' : '2026-07-01' });
  });

  it('property: a result never depends on the dates evaluated before it in the same process', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.keys(EXPECTED)), { minLength: 2, maxLength: 8 }), (dates) => {
        const set = defineRuleSet(amended()); // fresh: no plan compiled yet
        for (const asOf of dates) {
          expect(evaluate(set, { amount: '1200.00' }, { asOf }).fired.map((f) => f.event.type), asOf).toEqual(EXPECTED[asOf]);
        }
      }),
      { numRuns: 60 },
    );
    // The two orders that matter, written out: the last day of the notice, then the day after, and back.
    for (const order of [['2026-03-31', '2026-04-01'], ['2026-04-01', '2026-03-31']]) {
      const set = defineRuleSet(amended());
      for (const asOf of order) expect(evaluate(set, { amount: '1200.00' }, { asOf }).fired.map((f) => f.event.type)).toEqual(EXPECTED[asOf]);
    }
  });
});
