import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { computeMinimumVital, seizableQuota } from '../../index.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import type { Household } from './minimum-vital.js';
import { seizurePlan } from './plan.js';

// seizurePlan: the bulk hot path of LP 93 under the Geneva norms (base 1'200 single, 1'350 single parent,
// 1'700 couple; children 400 under 10, 600 from 10 to 18; supplements only when their payment is proven).

const household = (over: Partial<Household> = {}): Household => ({
  type: 'single',
  childAges: [],
  rent: null,
  rentShare: { num: 1, den: 1 },
  expenses: [],
  taxes: null,
  ...over,
});

describe('seizurePlan — worked examples', () => {
  it('DCSO/127/2024 (Monday 3 June 2024, KBKS-2009): 1\'200 + rent 1\'792 + professional costs 263.60 = 3\'255.60; 296.25 seizable of 3\'551.85', () => {
    const plan = seizurePlan({ asOf: '2024-06-03' });
    const h = household({
      rent: { centimes: 179200, proven: true },
      expenses: [
        { item: 'professional', centimes: 19360, proven: true },
        { item: 'professional', centimes: 7000, proven: true },
        // Health insurance whose payment is not proven is not counted (TF 5A_878/2013).
        { item: 'healthInsurance', centimes: 41230, proven: false },
      ],
      taxes: 65000,
    });
    expect(plan.normsVersion).toBe('KBKS-2009');
    expect(plan.minimumVital(h)).toBe(325560);
    const sums = new Float64Array(8);
    expect(plan.minimumVitalInto(h, sums)).toBe(325560);
    // base, children, rent, healthInsurance, professional, alimony, childcare, education
    expect([...sums]).toEqual([120000, 0, 179200, 0, 26360, 0, 0, 0]);
    expect(plan.quota(355185, 325560)).toEqual({ share: 325560, seizable: 29625 });
  });

  it('unmarried parents with a common child of 4 (Monday 1 June 2026, NI-2026) get the couple base: 1\'700 + 400', () => {
    const plan = seizurePlan({ asOf: '2026-06-01' });
    expect(plan.normsVersion).toBe('NI-2026');
    expect(plan.minimumVital(household({ type: 'cohabiting-partner', childAges: [4] }))).toBe(210000);
    expect(plan.baseDecision({ type: 'cohabiting-partner', childAges: [4] })).toMatchObject({ centimes: 170000, parameter: 'baseCouple', fired: { rule: { id: 'seizure.minimum-vital.base-cohabiting-parents' } } });
    // Without a common minor child (the child is 18): half the couple base, 850, and no child amount.
    expect(plan.minimumVital(household({ type: 'cohabiting-partner', childAges: [18] }))).toBe(85000);
    // The alternative reading gives a cohabitant without children the single base.
    const single = seizurePlan({ asOf: '2026-06-01', readings: { cohabitingBase: 'single-base' } });
    expect(single.minimumVital(household({ type: 'cohabiting-partner' }))).toBe(120000);
  });

  it('a child aged exactly 10 gets 600 from the 10th birthday (primary), 400 with "after-age-10"', () => {
    const h = household({ type: 'single-parent', childAges: [10] });
    expect(seizurePlan({ asOf: '2026-06-01' }).minimumVital(h)).toBe(135000 + 60000);
    expect(seizurePlan({ asOf: '2026-06-01', readings: { childAge: 'after-age-10' } }).minimumVital(h)).toBe(135000 + 40000);
  });

  it('a third of a proven rent of 1\'000: 333.33 in the breakdown, the total rounded once', () => {
    const plan = seizurePlan({ asOf: '2026-06-01' });
    const h = household({ type: 'couple', rent: { centimes: 100000, proven: true }, rentShare: { num: 3333, den: 10000 }, expenses: [{ item: 'alimony', centimes: 1, proven: true }] });
    const sums = new Float64Array(8);
    // 1'700 + 0.01 + 333.30 (0.3333 × 1'000) = 2'033.31
    expect(plan.minimumVitalInto(h, sums)).toBe(203331);
    expect(sums[2]).toBe(33330);
    expect(plan.minimumVital(h)).toBe(203331);
    // An unproven rent is not counted at all.
    expect(plan.minimumVital({ ...h, rent: { centimes: 100000, proven: false } })).toBe(170001);
  });

  it('a contradictory household is refused, never priced: "single" with a child of 5, "single-parent" without a minor', () => {
    const plan = seizurePlan({ asOf: '2026-06-01' });
    expect(plan.baseDecision({ type: 'single', childAges: [5] }).refusal).toBe('HOUSEHOLD_SINGLE_WITH_CHILD');
    expect(plan.baseDecision({ type: 'single-parent', childAges: [19] }).refusal).toBe('HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD');
    expect(inputIssueTexts(() => plan.minimumVital(household({ childAges: [5] })))).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(inputIssueTexts(() => plan.minimumVitalInto(household({ type: 'single-parent' }), new Float64Array(8)))).toEqual([
      '/household/type HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD',
    ]);
  });

  it('spouses earning 6\'000 and 4\'000 share a minimum of 3\'000 in proportion: 1\'800 for the debtor, 4\'200 seizable (ATF 114 III 12)', () => {
    const plan = seizurePlan({ asOf: '2026-06-01' });
    expect(plan.quota(600000, 300000, 400000)).toEqual({ share: 180000, seizable: 420000 });
    // No spouse income given (null or undefined): the whole minimum is the debtor's.
    expect(plan.quota(600000, 300000, null)).toEqual({ share: 300000, seizable: 300000 });
    expect(plan.quota(600000, 300000)).toEqual({ share: 300000, seizable: 300000 });
    // An income below the minimum: nothing seizable, never a negative amount.
    expect(plan.quota(250000, 300000)).toEqual({ share: 300000, seizable: 0 });
    // A spouse income of zero is given: the debtor bears the whole minimum.
    expect(plan.quota(600000, 300000, 0)).toEqual({ share: 300000, seizable: 300000 });
  });

  it('an income seizure executed on Tuesday 31 March 2026 ends on Wednesday 31 March 2027, or the day before (LP 93 al. 2)', () => {
    const on = parseIsoDate('2026-03-31')!;
    expect(formatIsoDate(seizurePlan({ asOf: '2026-06-01' }).incomeSeizureEnd(on))).toBe('2027-03-31');
    expect(formatIsoDate(seizurePlan({ asOf: '2026-06-01', readings: { incomeSeizureEnd: 'day-before' } }).incomeSeizureEnd(on))).toBe('2027-03-30');
    // Executed on Thursday 29 February 2024: no 29 February in 2025, so Friday 28 February 2025.
    expect(formatIsoDate(seizurePlan({ asOf: '2024-06-03' }).incomeSeizureEnd(parseIsoDate('2024-02-29')!))).toBe('2025-02-28');
  });

  it('a date past every edition (Monday 4 January 2027) is NO_NORM_IN_FORCE, unless the latest known edition is asked for', () => {
    expect(() => seizurePlan({ asOf: '2027-01-04' })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
    const plan = seizurePlan({ asOf: '2027-01-04', latestKnownNorms: true });
    expect(plan.normsVersion).toBe('NI-2026');
    expect(plan.provenance.latestKnown).toBe(true);
    expect(seizurePlan({ asOf: '2026-06-01' }).provenance.latestKnown).toBe(false);
    expect(plan.minimumVital(household())).toBe(120000);
  });
});

describe('seizurePlan — the arguments of its methods', () => {
  const plan = () => seizurePlan({ asOf: '2026-06-01' });

  it.each<[string, unknown, string[]]>([
    ['a type it does not know', household({ type: 'widow' as never }), ['/type INVALID_TYPE']],
    ['child ages that are not a list', household({ childAges: 5 as never }), ['/childAges INVALID_TYPE']],
    ['a fractional and a negative age', household({ type: 'couple', childAges: [3, 2.5, -1] }), ['/childAges/1 INVALID_TYPE', '/childAges/2 INVALID_TYPE']],
    ['a rent that is not an object', household({ rent: 5 as never }), ['/rent INVALID_TYPE']],
    ['a rent without its proof', household({ rent: { centimes: 100, proven: 'yes' } as never }), ['/rent INVALID_TYPE']],
    ['a negative rent', household({ rent: { centimes: -1, proven: true } }), ['/rent INVALID_TYPE']],
    ['a share of null', household({ rentShare: null as never }), ['/rentShare INVALID_TYPE']],
    ['a share that is a number', household({ rentShare: 1 as never }), ['/rentShare INVALID_TYPE']],
    ['a share of 1/0', household({ rentShare: { num: 1, den: 0 } }), ['/rentShare INVALID_TYPE']],
    ['a share of 0/0 (no denominator, not a share of nothing)', household({ rentShare: { num: 0, den: 0 } }), ['/rentShare INVALID_TYPE']],
    ['a negative share', household({ rentShare: { num: -1, den: 2 } }), ['/rentShare INVALID_TYPE']],
    ['a fractional denominator', household({ rentShare: { num: 1, den: 1.5 } }), ['/rentShare INVALID_TYPE']],
    ['expenses that are not a list', household({ expenses: {} as never }), ['/expenses INVALID_TYPE']],
    ['an expense of null', household({ expenses: [null as never] }), ['/expenses/0 INVALID_TYPE']],
    ['an expense that is a number', household({ expenses: [5 as never] }), ['/expenses/0 INVALID_TYPE']],
    ['rent given as an expense', household({ expenses: [{ item: 'rent' as never, centimes: 1, proven: true }] }), ['/expenses/0 INVALID_TYPE']],
    ['taxes as an expense', household({ expenses: [{ item: 'taxes' as never, centimes: 1, proven: true }] }), ['/expenses/0 INVALID_TYPE']],
    ['a fractional expense', household({ expenses: [{ item: 'alimony', centimes: 0.5, proven: true }] }), ['/expenses/0 INVALID_TYPE']],
    ['an expense without its proof', household({ expenses: [{ item: 'alimony', centimes: 1 } as never] }), ['/expenses/0 INVALID_TYPE']],
    ['negative taxes', household({ taxes: -1 }), ['/taxes INVALID_TYPE']],
    ['a string', 'single', [' INVALID_TYPE']],
    // From JavaScript, a field left out: named by its path, like any other wrong value.
    ['no rent field', household({ rent: undefined as never }), ['/rent INVALID_TYPE']],
    ['no share field', household({ rentShare: undefined as never }), ['/rentShare INVALID_TYPE']],
    ['an expense left undefined', household({ expenses: [undefined as never] }), ['/expenses/0 INVALID_TYPE']],
    ['no taxes field', household({ taxes: undefined as never }), ['/taxes INVALID_TYPE']],
  ])('minimumVital and minimumVitalInto refuse %s by path', (_what, h, issues) => {
    expect(inputIssueTexts(() => plan().minimumVital(h as Household))).toEqual(issues);
    expect(inputIssueTexts(() => plan().minimumVitalInto(h as Household, new Float64Array(8)))).toEqual(issues);
  });

  it('every problem of one household at once, in order', () => {
    const h = { type: 'x', childAges: null, rent: { centimes: 1 }, rentShare: { num: 3, den: 2 }, expenses: null, taxes: 0.1 };
    expect(inputIssueTexts(() => plan().minimumVital(h as never))).toEqual([
      '/type INVALID_TYPE',
      '/childAges INVALID_TYPE',
      '/rent INVALID_TYPE',
      '/rentShare INVALID_TYPE',
      '/expenses INVALID_TYPE',
      '/taxes INVALID_TYPE',
    ]);
  });

  it('the largest share accepted is the whole rent (1/1, 10/10); taxes of 0 and no rent are a household', () => {
    expect(plan().minimumVital(household({ rent: { centimes: 100000, proven: true }, rentShare: { num: 10, den: 10 }, taxes: 0 }))).toBe(220000);
    expect(plan().minimumVital(household({ rent: { centimes: 100000, proven: true }, rentShare: { num: 0, den: 1 } }))).toBe(120000);
  });

  it('baseDecision reads only the type and the children', () => {
    expect(plan().baseDecision({ type: 'couple', childAges: [] }).centimes).toBe(170000);
    expect(inputIssueTexts(() => plan().baseDecision({ type: 'couple', childAges: [1.5] }))).toEqual(['/childAges/0 INVALID_TYPE']);
    expect(inputIssueTexts(() => plan().baseDecision(null as never))).toEqual(['/type INVALID_TYPE', '/childAges INVALID_TYPE']);
  });

  it('a sum beyond exact integers is OUT_OF_RANGE, never an inexact amount', () => {
    const h = household({ rent: { centimes: Number.MAX_SAFE_INTEGER, proven: true } });
    expect(inputIssueTexts(() => plan().minimumVital(h))).toEqual([' OUT_OF_RANGE']);
    expect(inputIssueTexts(() => plan().minimumVitalInto(h, new Float64Array(8)))).toEqual([' OUT_OF_RANGE']);
  });

  it('minimumVitalInto needs a Float64Array of room for the breakdown, and says so with the household\'s issues', () => {
    expect(inputIssueTexts(() => plan().minimumVitalInto(household(), new Float64Array(7)))).toEqual(['/sums INVALID_TYPE']);
    expect(inputIssueTexts(() => plan().minimumVitalInto(household(), [0, 0, 0, 0, 0, 0, 0, 0] as never))).toEqual(['/sums INVALID_TYPE']);
    expect(inputIssueTexts(() => plan().minimumVitalInto(household({ taxes: -1 }), new Float64Array(1)))).toEqual(['/taxes INVALID_TYPE', '/sums INVALID_TYPE']);
    expect(plan().minimumVitalInto(household(), new Float64Array(9))).toBe(120000);
  });

  it('incomeSeizureEnd takes an epoch day within years 0000–9999', () => {
    const p = plan();
    expect(inputIssueTexts(() => p.incomeSeizureEnd(1.5))).toEqual(['/seizedOn OUT_OF_RANGE']);
    expect(inputIssueTexts(() => p.incomeSeizureEnd(parseIsoDate('0000-01-01')! - 1))).toEqual(['/seizedOn OUT_OF_RANGE']);
    expect(inputIssueTexts(() => p.incomeSeizureEnd(parseIsoDate('9999-12-31')! + 1))).toEqual(['/seizedOn OUT_OF_RANGE']);
    expect(formatIsoDate(p.incomeSeizureEnd(parseIsoDate('0000-01-01')!))).toBe('0001-01-01');
    // 31 December 9999 + 12 months: 31 December 10000, a leap year away.
    expect(p.incomeSeizureEnd(parseIsoDate('9999-12-31')!)).toBe(parseIsoDate('9999-12-31')! + 366);
  });

  it('quota names each argument that is not a non-negative integer of centimes', () => {
    const p = plan();
    expect(inputIssueTexts(() => p.quota(-1, 100))).toEqual(['/netIncome INVALID_TYPE']);
    expect(inputIssueTexts(() => p.quota(100, 1.5))).toEqual(['/minimum INVALID_TYPE']);
    expect(inputIssueTexts(() => p.quota(100, 100, -2))).toEqual(['/spouseNetIncome INVALID_TYPE']);
    expect(inputIssueTexts(() => p.quota(0.5, -1, 0.5))).toEqual(['/netIncome INVALID_TYPE', '/minimum INVALID_TYPE', '/spouseNetIncome INVALID_TYPE']);
  });
});

describe('seizurePlan — the same results as the functions', () => {
  it('minimum and quota equal computeMinimumVital + seizableQuota for a couple with children, rent and a spouse income', () => {
    const centimes = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 3 }), centimes, fc.boolean(), centimes, centimes, (ages, rent, proven, income, spouse) => {
        const plan = seizurePlan({ asOf: '2026-06-01' });
        const minimum = plan.minimumVital(household({ type: 'couple', childAges: ages, rent: { centimes: rent, proven } }));
        // Children born on Monday 1 June of the year that gives them their age.
        const children = ages.map((a) => ({ birthDate: `${2026 - a}-06-01` }));
        const chf = (c: number) => (c / 100).toFixed(2);
        const m = computeMinimumVital({ asOf: '2026-06-01', household: { type: 'couple', children }, expenses: { rent: { amount: chf(rent), proven } } });
        expect(chf(minimum)).toBe(m.total);
        const q = seizableQuota({ asOf: '2026-06-01', netIncome: chf(income), minimumVital: m.total, spouseNetIncome: chf(spouse) });
        const p = plan.quota(income, minimum, spouse);
        expect(chf(p.share)).toBe(q.debtorShareOfMinimum);
        expect(chf(p.seizable)).toBe(q.seizable);
      }),
      { numRuns: 50 },
    );
  });
});

describe('seizurePlan — its options, and code that runs at import', () => {
  it('a reference date that does not exist (Monday 30 February 2026) is INVALID_DATE at /asOf', () => {
    expect(inputIssueTexts(() => seizurePlan({ asOf: '2026-02-30' }))).toEqual(['/asOf INVALID_DATE']);
  });

  it('a household whose field throws when read is not a household: INVALID_TYPE, never the getter\'s own error', () => {
    const h = { ...household(), get rentShare(): never { throw new TypeError('getter'); } };
    expect(inputIssueTexts(() => seizurePlan({ asOf: '2026-06-01' }).minimumVital(h))).toEqual([' INVALID_TYPE']);
  });

  it('from a fresh import: the expense slots, the integer check and a valid household\'s empty issues', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./plan.js');
    // The fresh modules have their own error classes: the issues are read from what is thrown.
    const freshIssues = (run: () => unknown): string[] => {
      try {
        run();
      } catch (e) {
        return (e as { issues: { path: string; code: string }[] }).issues.map((x) => `${x.path} ${x.code}`);
      }
      throw new Error('expected an error');
    };
    const plan = fresh.seizurePlan({ asOf: '2026-06-01' });
    // Each supplement slot accepted, rent and taxes (which have their own fields) refused as expenses.
    const items = ['healthInsurance', 'professional', 'alimony', 'childcare', 'education'] as const;
    expect(plan.minimumVital(household({ expenses: items.map((item) => ({ item, centimes: 100, proven: true })) }))).toBe(120500);
    expect(freshIssues(() => plan.minimumVital(household({ expenses: [{ item: 'children' as never, centimes: 1, proven: true }] })))).toEqual(['/expenses/0 INVALID_TYPE']);
    expect(freshIssues(() => plan.minimumVital(household({ childAges: [-1] })))).toEqual(['/childAges/0 INVALID_TYPE']);
    expect(plan.quota(100, 50)).toEqual({ share: 50, seizable: 50 });
    expect(freshIssues(() => plan.quota(-1, 50))).toEqual(['/netIncome INVALID_TYPE']);
  });
});
