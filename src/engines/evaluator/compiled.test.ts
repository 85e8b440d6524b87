import { describe, expect, it } from 'vitest';
import { defineRuleSet } from '../../rules/rule-set.js';
import { compileRuleSet } from './compiled.js';
import { aboveLimitRule, foreignVisaRule, limitFamily } from '../../../test/support/demo-rule-sets.js';

// The compiled evaluator on its own: a plan compiled for one date, run with and without its options.
// Everything is built inside the tests (not when the file loads), so the code under test runs then.
const demoSet = () => defineRuleSet(limitFamily('demo.limit', [['2026-01-01', '1000.00']], [aboveLimitRule('demo.limit', '2026-01-01'), foreignVisaRule('demo.limit')]));

// Compiled for Monday 4 May 2026.
const compiled = () => compileRuleSet(demoSet(), '2026-05-04');
const types = (r: { fired: { event: { type: string } }[] }) => r.fired.map((f) => f.event.type);

describe('a compiled plan', () => {
  it('run(facts) without options traces, labelled with the date the plan was compiled for', () => {
    const plan = compiled();
    const r = plan.run({ amount: '1000.01', card: null });
    expect(types(r)).toEqual(['ABOVE_LIMIT']);
    expect(r.ruleSet).toBe('demo.limit');
    expect(r.parameters.asOf).toBe('2026-05-04');
    expect(r.trace.map((s) => s.rule)).toEqual(['demo.limit.parameters', 'demo.limit.above', 'demo.limit.foreign-visa']);
    expect(r.trace[0]!.values).toMatchObject({ asOf: '2026-05-04', limit: '1000.00', 'limit.validFrom': '2026-01-01' });
  });

  it('asOf relabels a plan reused on another date of its period (Tuesday 5 May 2026)', () => {
    const plan = compiled();
    const r = plan.run({ amount: '1000.00', card: null }, { asOf: '2026-05-05' });
    expect(types(r)).toEqual([]);
    expect(r.parameters).toMatchObject({ asOf: '2026-05-05', values: { limit: '1000.00' } });
    expect(r.trace[0]!.values).toMatchObject({ asOf: '2026-05-05' });
    expect(r.trace[0]!.text.en).toBe('Parameters of Demo (2026) in force on 2026-05-05.');
    expect(r.trace[0]!.text.fr).toBe('Paramètres de Demo (2026) en vigueur le 2026-05-05.');
    // The plan itself is unchanged: run again without a date, it is labelled 4 May again.
    expect(plan.run({ amount: '1000.00', card: null }).parameters.asOf).toBe('2026-05-04');
  });

  it('trace: false (bulk jobs) skips the explanation, not the decision', () => {
    const plan = compiled();
    const r = plan.run({ amount: '1000.01', card: null }, { trace: false });
    expect(r.trace).toEqual([]);
    expect(types(r)).toEqual(['ABOVE_LIMIT']);
    expect(r.parameters.values).toEqual({ limit: '1000.00' });
    expect(plan.run({ amount: '1000.01', card: null }, { trace: false, asOf: '2026-05-05' }).trace).toEqual([]);
    expect(plan.run({ amount: '1000.01', card: null }, { trace: true }).trace).toHaveLength(3);
  });

  it('reads inside a structured fact with a path ($.brand, $.holder.country)', () => {
    const plan = compiled();
    const visa = (country: string) => ({ brand: 'visa', holder: { country } });
    expect(types(plan.run({ amount: '10.00', card: visa('FR') }))).toEqual(['FOREIGN_VISA']);
    expect(types(plan.run({ amount: '10.00', card: visa('CH') }))).toEqual([]);
    expect(types(plan.run({ amount: '10.00', card: { brand: 'mastercard', holder: { country: 'FR' } } }))).toEqual([]);
    // A card without holder: `$.holder.country` has no value, and `notIn` a list holds for it.
    expect(types(plan.run({ amount: '10.00', card: { brand: 'visa' } }))).toEqual(['FOREIGN_VISA']);
  });
});
