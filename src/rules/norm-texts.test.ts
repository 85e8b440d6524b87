import { describe, expect, it } from 'vitest';
import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { ruleWithoutTexts, textsOf, valueWithoutTexts, withoutTexts, withTexts } from './norm-texts.js';

const rule = (id: string, quote?: string): RuleSetDefinition['rules'][number] => ({
  id,
  title: { fr: 'Plafond', en: 'Limit' },
  citation: { document: 'CG OCP', article: 'ch. 3', ...(quote !== undefined ? { quote } : {}) },
  validFrom: '2024-01-01',
  conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
  event: { type: 'AMOUNT_ABOVE_LIMIT', params: { message: { fr: 'Trop.', en: 'Too much.' } } },
  satisfied: { fr: 'Dans le plafond.', en: 'Within the limit.' },
});
const note = { fr: 'Hypothèse.', en: 'Assumption.' };
const family: RuleSetDefinition = {
  id: 'x.limits',
  title: { fr: 'Plafonds', en: 'Limits' },
  source: { document: 'CG OCP', title: { fr: 'CG', en: 'Terms' }, edition: '2024' },
  facts: { amount: { kind: 'decimal', nullable: false, description: { fr: 'Montant', en: 'Amount' } } },
  parameters: {
    limit: {
      kind: 'decimal',
      description: { fr: 'Plafond', en: 'Limit' },
      values: [
        { validFrom: '2024-01-01', validTo: '2024-12-31', value: '1000.00', citation: { document: 'CG OCP', article: 'ch. 3', quote: 'CHF 1000.' } },
        { validFrom: '2025-01-01', validTo: '2025-12-31', value: '1000.00', citation: { document: 'CG OCP', article: 'ch. 3' } },
        { validFrom: '2026-01-01', value: '1500.00', citation: { document: 'CG OCP', article: 'ch. 3' }, note },
      ],
    },
    bare: { kind: 'integer', description: { fr: 'Décimales', en: 'Decimals' }, values: [{ validFrom: '2024-01-01', value: 2, citation: { document: 'LUMMP', article: '1' } }] },
  },
  rules: [rule('x.limits.a', 'Le paiement est limité.'), rule('x.limits.b')],
};

describe('the words beside a norm (quotes and notes)', () => {
  it('are taken apart: each rule and value keeps its citation without the quote, and loses its note', () => {
    expect(ruleWithoutTexts(family.rules[0]!).citation).toStrictEqual({ document: 'CG OCP', article: 'ch. 3' });
    expect(valueWithoutTexts(family.parameters.limit!.values[2]!)).toStrictEqual({ validFrom: '2026-01-01', value: '1500.00', citation: { document: 'CG OCP', article: 'ch. 3' } });
    const bare = withoutTexts(family);
    expect(bare.parameters.limit!.values.map((v) => Object.keys(v).sort())).toStrictEqual([
      ['citation', 'validFrom', 'validTo', 'value'],
      ['citation', 'validFrom', 'validTo', 'value'],
      ['citation', 'validFrom', 'value'],
    ]);
    expect(bare.rules.map((r) => r.citation)).toStrictEqual([{ document: 'CG OCP', article: 'ch. 3' }, { document: 'CG OCP', article: 'ch. 3' }]);
    expect(bare.facts).toBe(family.facts);
  });

  it('are listed by position: null where there are none, a parameter without any left out', () => {
    expect(textsOf(family)).toStrictEqual({ rules: ['Le paiement est limité.', null], parameters: { limit: [{ quote: 'CHF 1000.' }, null, { note }] } });
  });

  it('are put back exactly where they were, and nothing else is added (no key left undefined)', () => {
    const joined = withTexts(withoutTexts(family), textsOf(family));
    expect(joined).toStrictEqual(family);
    expect(Object.keys(joined.parameters.limit!.values[1]!)).not.toContain('note');
    expect(Object.keys(joined.rules[1]!.citation)).not.toContain('quote');
    // Without texts for it, a parameter is the very object it was.
    const bare = withoutTexts(family);
    expect(withTexts(bare, textsOf(family)).parameters.bare).toBe(bare.parameters.bare);
  });
});
