import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, type RuleSet } from '../../rules/rule-set.js';
import { evaluate } from './evaluate.js';
import { planFor } from './plan.js';
import { aboveLimitRule, limitFamily, surchargeRule } from '../../../test/support/demo-rule-sets.js';

// Plans are compiled once per period in which no norm changes, and cached on the rule set. A date
// must always get the norms in force that day, whichever dates the same rule set was evaluated on
// before: on the day before a change, on the change date itself, and after it.
// CHF 1000.00 until Tuesday 30 June 2026, CHF 1500.00 from Wednesday 1 July 2026; a surcharge in force from
// Thursday 1 October 2026 only.
const amended = (): RuleSet =>
  defineRuleSet(limitFamily('demo.plan', [['2026-01-01', '1000.00'], ['2026-07-01', '1500.00']], [aboveLimitRule('demo.plan', '2026-01-01'), surchargeRule('demo.plan', '2026-10-01')]));


// CHF 1200.00: above the CHF 1000.00 limit, within the CHF 1500.00 one.
const FACTS = { amount: '1200.00' };
const EXPECTED: Record<string, { fired: string[]; limit: string }> = {
  '2026-01-01': { fired: ['ABOVE_LIMIT'], limit: '1000.00' }, // Thursday 1 January 2026, first day
  '2026-06-30': { fired: ['ABOVE_LIMIT'], limit: '1000.00' }, // Tuesday 30 June 2026, last day of CHF 1000.00
  '2026-07-01': { fired: [], limit: '1500.00' }, // Wednesday 1 July 2026, first day of CHF 1500.00
  '2026-09-30': { fired: [], limit: '1500.00' }, // Wednesday 30 September 2026, day before the surcharge
  '2026-10-01': { fired: ['SURCHARGE'], limit: '1500.00' }, // Thursday 1 October 2026, surcharge in force
  latest: { fired: ['SURCHARGE'], limit: '1500.00' }, // no reference date: the latest versions
};

function check(set: RuleSet, date: string): void {
  const asOf = date === 'latest' ? undefined : date;
  const r = evaluate(set, FACTS, { asOf });
  expect(r.fired.map((f) => f.event.type), date).toEqual(EXPECTED[date]!.fired);
  expect(r.parameters.values.limit, date).toBe(EXPECTED[date]!.limit);
  expect(r.parameters.asOf, date).toBe(asOf ?? null);
  expect(r.trace[0]!.values, date).toMatchObject({ asOf: asOf ?? null, limit: EXPECTED[date]!.limit });
}

describe('planFor: the norms in force, whatever was evaluated before', () => {
  it('the change date itself applies the new version, after the day before was evaluated', () => {
    const set = amended();
    check(set, '2026-06-30');
    check(set, '2026-07-01');
    check(set, '2026-09-30');
    check(set, '2026-10-01');
  });

  it('the day before a change keeps the old version, after the change date was evaluated', () => {
    const set = amended();
    check(set, '2026-10-01');
    check(set, '2026-09-30');
    check(set, '2026-07-01');
    check(set, '2026-06-30');
  });

  it('the latest version and the first period do not share a plan', () => {
    const set = amended();
    check(set, 'latest');
    check(set, '2026-01-01');
    check(set, 'latest');
  });

  it('any order of dates gives each date its own norms (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.keys(EXPECTED)), { minLength: 1, maxLength: 10 }), (dates) => {
        const set = amended();
        for (const d of dates) check(set, d);
      }),
      { numRuns: 100 },
    );
  });

  it('one plan per period: compiled once, reused for every date in it', () => {
    const set = amended();
    const first = planFor(set, '2026-07-01');
    expect(planFor(set, '2026-09-30')).toBe(first);
    expect(planFor(set, '2026-06-30')).not.toBe(first);
    expect(planFor(set, '2026-10-01')).not.toBe(first);
    expect(planFor(set, null)).toBe(planFor(set, null));
    // Another rule set object has its own plans.
    expect(planFor(amended(), '2026-07-01')).not.toBe(first);
  });
});
