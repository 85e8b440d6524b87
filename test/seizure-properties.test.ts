import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeMinimumVital, LpInputError, LpNormError, seizableQuota, type MinimumVitalInput } from '../src/index.js';

// Laws of the seizure functions (norms §3.8), with decimal.js as the oracle of the split.

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const money = fc.integer({ min: 0, max: 2_000_000 }).map((c) => (c / 100).toFixed(2));
const expense = fc.oneof(money, fc.record({ amount: money, proven: fc.boolean() }));
const anyHousehold = fc.record({
  type: fc.constantFrom('single', 'single-parent', 'couple', 'cohabiting-partner', 'flat-share') as fc.Arbitrary<MinimumVitalInput['household']['type']>,
  children: fc.array(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2026-05-31T00:00:00Z'), noInvalidDate: true }).map((d) => ({ birthDate: d.toISOString().slice(0, 10) })), { maxLength: 4 }),
});
// On Monday 1 June 2026 a child born after 1 June 2008 is a minor (CC 14).
const hasMinor = (h: MinimumVitalInput['household']) => (h.children ?? []).some((c) => c.birthDate > '2008-06-01');
// The households the norms accept: "single" has no minor child, "single-parent" has one (norms §3.8).
const household = anyHousehold.map((h) => (h.type === 'single' && hasMinor(h) ? { ...h, type: 'single-parent' as const } : h.type === 'single-parent' && !hasMinor(h) ? { ...h, type: 'single' as const } : h));
const expenses = fc.record(
  {
    rent: expense,
    rentShare: fc.constantFrom('1', '0.5', '0.3333', '0.25'),
    healthInsurance: fc.array(expense, { maxLength: 3 }),
    professional: fc.array(expense, { maxLength: 3 }),
    alimony: expense,
    childcare: expense,
    education: expense,
    taxes: money,
  },
  { requiredKeys: [] },
);
const input = fc.record({ household, expenses }).map((x) => ({ asOf: '2026-06-01', ...x }) as MinimumVitalInput);

describe('computeMinimumVital laws', () => {
  it('adding an expense never lowers the minimum', () => {
    fc.assert(
      fc.property(input, money, fc.constantFrom('healthInsurance', 'professional'), (i, extra, item: 'healthInsurance' | 'professional') => {
        const before = new D(computeMinimumVital(i).total);
        const more = { ...i, expenses: { ...i.expenses, [item]: [...(i.expenses?.[item] ?? []), extra] } };
        expect(new D(computeMinimumVital(more).total).gte(before)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of expenses, nor on number vs string amounts', () => {
    fc.assert(
      fc.property(input, (i) => {
        const reversed = { ...i, expenses: { ...i.expenses, healthInsurance: [...(i.expenses?.healthInsurance ?? [])].reverse(), professional: [...(i.expenses?.professional ?? [])].reverse() } };
        const asNumbers = JSON.parse(JSON.stringify(i), (k, v) => (typeof v === 'string' && /^\d+\.\d\d$/.test(v) && k !== 'rentShare' ? Number(v) : v));
        const r = computeMinimumVital(i);
        expect(computeMinimumVital(reversed).total).toBe(r.total);
        expect(computeMinimumVital(asNumbers).total).toBe(r.total);
      }),
    );
  });

  it('the total is the exact sum of the items, rounded once (within a centime of the rounded breakdown)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = computeMinimumVital(i);
        const sum = r.breakdown.reduce((a, b) => a.plus(b.amount), new D(0));
        expect(sum.minus(r.total).abs().lte('0.01')).toBe(true);
        expect(r.breakdown.every((b) => b.citation.length > 0)).toBe(true);
      }),
    );
  });

  it('a date outside every version is NO_NORM_IN_FORCE, unless the caller opts into the latest version', () => {
    expect(() => computeMinimumVital({ asOf: '2027-01-04', household: { type: 'single' } })).toThrow(LpNormError);
    expect(() => computeMinimumVital({ asOf: '2009-06-30', household: { type: 'single' } })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
    expect(() => computeMinimumVital({ asOf: '2026-06-01', canton: 'VD', household: { type: 'single' } })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
    const r = computeMinimumVital({ asOf: '2027-01-04', household: { type: 'single' }, latestKnownNorms: true });
    expect(r.trace[0]!.text.en).toMatch(/latest known version \(NI-2026\)/);
  });

  it('a contradictory household is refused at /household/type, never computed: "single" with a minor child, "single-parent" without', () => {
    fc.assert(
      fc.property(anyHousehold, (h) => {
        const contradictory = (h.type === 'single' && hasMinor(h)) || (h.type === 'single-parent' && !hasMinor(h));
        let issues: string[] = [];
        try {
          computeMinimumVital({ asOf: '2026-06-01', household: h });
        } catch (e) {
          issues = (e as LpInputError).issues.map((x) => `${x.path} ${x.code}`);
        }
        const code = h.type === 'single' ? 'HOUSEHOLD_SINGLE_WITH_CHILD' : 'HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD';
        expect(issues).toEqual(contradictory ? [`/household/type ${code}`] : []);
      }),
    );
  });

  it('cohabiting partners with a minor child get the couple base: the same minimum as a couple; without one, 850 less (half of 1\'700)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const as = (type: 'couple' | 'cohabiting-partner') => new D(computeMinimumVital({ ...i, household: { ...i.household, type } }).total);
        const gap = as('couple').minus(as('cohabiting-partner'));
        expect(gap.toFixed(2)).toBe(hasMinor(i.household) ? '0.00' : '850.00');
      }),
    );
  });

  it('refuses malformed households with every issue at once', () => {
    try {
      computeMinimumVital({ asOf: '2026-06-01', household: { type: 'single', children: [{ birthDate: '2026-07-01' }] }, expenses: { rent: '-5', professional: [{ amount: '1.234' }], rentShare: '0' } });
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(LpInputError);
      expect((e as LpInputError).issues.map((x) => `${x.path} ${x.code}`)).toEqual([
        '/household/children/0/birthDate OUT_OF_RANGE',
        '/expenses/rent NEGATIVE_MONEY',
        '/expenses/professional/0/amount MONEY_PRECISION',
        '/expenses/rentShare OUT_OF_RANGE',
      ]);
    }
  });
});

describe('seizableQuota laws', () => {
  const incomes = fc.record({ netIncome: money, minimumVital: money, spouseNetIncome: fc.option(money, { nil: undefined }) });

  it('0 ≤ seizable ≤ income, and the spouse shares add up to the minimum to the centime', () => {
    fc.assert(
      fc.property(incomes, (i) => {
        const r = seizableQuota(i);
        expect(new D(r.seizable).gte(0) && new D(r.seizable).lte(i.netIncome)).toBe(true);
        if (i.spouseNetIncome !== undefined) expect(new D(r.debtorShareOfMinimum).plus(r.spouseShareOfMinimum!).toFixed(2)).toBe(new D(i.minimumVital).toFixed(2));
        else expect(r.debtorShareOfMinimum).toBe(new D(i.minimumVital).toFixed(2));
      }),
    );
  });

  it("the debtor's share is M × D / (D + S), rounded half up once (decimal.js oracle)", () => {
    fc.assert(
      fc.property(money, money, money, (m, d, s) => {
        const total = new D(d).plus(s);
        const expected = total.isZero() ? new D(m).div(2) : new D(m).times(d).div(total);
        expect(seizableQuota({ netIncome: d, spouseNetIncome: s, minimumVital: m }).debtorShareOfMinimum).toBe(expected.toFixed(2));
      }),
    );
  });

  it('more income never lowers the seizable amount', () => {
    fc.assert(
      fc.property(incomes, money, (i, raise) => {
        const more = { ...i, netIncome: new D(i.netIncome).plus(raise).toFixed(2) };
        expect(new D(seizableQuota(more).seizable).gte(seizableQuota(i).seizable)).toBe(true);
      }),
    );
  });

  it('does not depend on number vs string money', () => {
    fc.assert(
      fc.property(incomes, (i) => {
        const asNumbers = { netIncome: Number(i.netIncome), minimumVital: Number(i.minimumVital), ...(i.spouseNetIncome !== undefined ? { spouseNetIncome: Number(i.spouseNetIncome) } : {}) };
        expect(seizableQuota(asNumbers)).toEqual(seizableQuota(i));
      }),
    );
  });
});

describe('seizableQuota explains which side of the minimum the income is on', () => {
  it('the LP 93 step fires exactly when something is seizable, and the trace is never empty', () => {
    const fired = (netIncome: string) => seizableQuota({ netIncome, minimumVital: '3000.00' }).trace.find((s) => s.rule === 'seizure.quota.seizable')?.values?.fired;
    expect(fired('3000.01')).toBe(true);
    expect(fired('3000.00')).toBe(false);
    expect(fired('100.00')).toBe(false);
  });
});
