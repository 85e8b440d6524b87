import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { LpNormError } from '../../index.js';
import { seizableQuota, type SeizableQuotaInput } from './index.js';

// seizableQuota: LP 93 al. 1 (what exceeds the minimum vital is seizable), LP 93 al. 2 (an income seizure
// lasts one year at most), ATF 114 III 12 (the family minimum split in proportion to the spouses' net
// incomes), norms §4 item 11 (professional costs split with the minimum, or attributed to each spouse).

const issuesOf = (input: unknown): string[] => inputIssueTexts(() => seizableQuota(input as SeizableQuotaInput));

const step = (r: { trace: { rule: string }[] }, rule: string) => {
  const found = r.trace.find((s) => s.rule === rule);
  expect(found, rule).toBeDefined();
  return found as (typeof r.trace)[number] & { citation: string; text: { fr: string; en: string }; values?: Record<string, unknown> };
};

describe('seizableQuota — input validation', () => {
  it('names each malformed amount by its JSON pointer, with its own code', () => {
    expect(issuesOf({ netIncome: '100.005', minimumVital: '3000' })).toEqual(['/netIncome MONEY_PRECISION']);
    expect(issuesOf({ netIncome: '4000', minimumVital: '-0.01' })).toEqual(['/minimumVital NEGATIVE_MONEY']);
    expect(issuesOf({ netIncome: '4000', minimumVital: '3000', spouseNetIncome: 'CHF 12' })).toEqual(['/spouseNetIncome INVALID_MONEY']);
    expect(issuesOf({ netIncome: '4000', minimumVital: '3000', professionalCosts: { debtor: '10.001', spouse: '-5' } })).toEqual([
      '/professionalCosts/debtor MONEY_PRECISION',
      '/professionalCosts/spouse NEGATIVE_MONEY',
    ]);
  });

  it('names each impossible calendar date by its JSON pointer', () => {
    // 30 February and 31 April do not exist: the pattern passes, the calendar check refuses them.
    expect(issuesOf({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-02-30' })).toEqual(['/seizedOn INVALID_DATE']);
    expect(issuesOf({ netIncome: '4000', minimumVital: '3000', asOf: '2026-04-31' })).toEqual(['/asOf INVALID_DATE']);
  });

  it('reports every problem at once, in field order', () => {
    expect(
      issuesOf({
        netIncome: '1.001',
        minimumVital: '-1',
        spouseNetIncome: '2.345',
        professionalCosts: { debtor: 'x', spouse: '0.001' },
        seizedOn: '2026-02-29', // 2026 is not a leap year
        asOf: '2026-13-01',
      }),
    ).toEqual([
      '/netIncome MONEY_PRECISION',
      '/minimumVital NEGATIVE_MONEY',
      '/spouseNetIncome MONEY_PRECISION',
      '/professionalCosts/debtor INVALID_MONEY',
      '/professionalCosts/spouse MONEY_PRECISION',
      '/seizedOn INVALID_DATE',
      '/asOf INVALID_DATE',
    ]);
  });

  it('the attributed reading needs each spouse\'s professional costs: MISSING_CONTEXT at /professionalCosts', () => {
    expect(
      issuesOf({ netIncome: '5000', spouseNetIncome: '3000', minimumVital: '4000', interpretation: { professionalCosts: 'attributed' } }),
    ).toEqual(['/professionalCosts MISSING_CONTEXT']);
  });

  it('a malformed amount is reported alone: the context check runs only on well-formed amounts', () => {
    expect(
      issuesOf({ netIncome: '5000.001', spouseNetIncome: '3000', minimumVital: '4000', interpretation: { professionalCosts: 'attributed' } }),
    ).toEqual(['/netIncome MONEY_PRECISION']);
  });

  it('without a spouse income there is nothing to split: the attributed reading needs no costs', () => {
    // The whole minimum is the debtor's: 4'000 − 3'000 = 1'000 seizable.
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', interpretation: { professionalCosts: 'attributed' } });
    expect(r).toMatchObject({ seizable: '1000.00', debtorShareOfMinimum: '3000.00' });
    expect(r).not.toHaveProperty('spouseShareOfMinimum');
    expect(step(r, 'seizure.quota.professional-costs-attributed').values).toEqual({
      fired: false,
      spouseIncomeGiven: false,
      professionalCostsReading: 'attributed',
      professionalCostsGiven: false,
    });
  });

  it('under the primary reading (split), the costs are not needed either, explicit or by default', () => {
    // 4'000 × 5'000 / 8'000 = 2'500 on the debtor's side.
    for (const interpretation of [undefined, { professionalCosts: 'split' as const }]) {
      const r = seizableQuota({ netIncome: '5000', spouseNetIncome: '3000', minimumVital: '4000', ...(interpretation ? { interpretation } : {}) });
      expect(r).toMatchObject({ debtorShareOfMinimum: '2500.00', spouseShareOfMinimum: '1500.00', seizable: '2500.00' });
    }
  });

  it('attributed costs cannot exceed the family minimum they are taken from: OUT_OF_RANGE one centime above, accepted at equality', () => {
    const base = { netIncome: '5000', spouseNetIncome: '3000', minimumVital: '400.00', interpretation: { professionalCosts: 'attributed' as const } };
    // 300.00 + 100.01 = 400.01 > 400.00
    expect(issuesOf({ ...base, professionalCosts: { debtor: '300.00', spouse: '100.01' } })).toEqual(['/professionalCosts OUT_OF_RANGE']);
    // 300 + 200 = 500 > 400 (a difference, 100, would not be)
    expect(issuesOf({ ...base, professionalCosts: { debtor: '300', spouse: '200' } })).toEqual(['/professionalCosts OUT_OF_RANGE']);
    // 300 + 100 = 400: nothing common is left to split; each spouse bears their own costs.
    const r = seizableQuota({ ...base, professionalCosts: { debtor: '300.00', spouse: '100.00' } });
    expect(r).toMatchObject({ debtorShareOfMinimum: '300.00', spouseShareOfMinimum: '100.00', seizable: '4700.00' });
  });

  it('the range check belongs to the attributed reading with a spouse: costs above the minimum are no error otherwise', () => {
    const costs = { debtor: '300', spouse: '200' };
    // split reading: 400 × 5/8 = 250
    expect(seizableQuota({ netIncome: '5000', spouseNetIncome: '3000', minimumVital: '400', professionalCosts: costs }).debtorShareOfMinimum).toBe('250.00');
    // attributed reading without spouse income: the whole minimum is the debtor's
    expect(
      seizableQuota({ netIncome: '5000', minimumVital: '400', professionalCosts: costs, interpretation: { professionalCosts: 'attributed' } }).debtorShareOfMinimum,
    ).toBe('400.00');
  });
});

describe('seizableQuota — the amount (LP 93 al. 1)', () => {
  it('income equal to the minimum: nothing seizable, and the LP 93 step says the income does not exceed it', () => {
    const r = seizableQuota({ netIncome: '3255.60', minimumVital: '3255.60' });
    expect(r.seizable).toBe('0.00');
    const s = step(r, 'seizure.quota.seizable');
    expect(s.values).toEqual({ fired: false, incomeAboveShare: false });
    expect(s.citation).toBe('LP 93 al. 1');
    expect(s.text.en).toBe('Income does not exceed the minimum: nothing is seizable.');
    expect(s.text.fr).toBe("Le revenu ne dépasse pas le minimum vital : rien n'est saisissable.");
  });

  it('one centime above the minimum: 0.01 seizable, the LP 93 step fired', () => {
    const r = seizableQuota({ netIncome: '3255.61', minimumVital: '3255.60' });
    expect(r.seizable).toBe('0.01');
    expect(step(r, 'seizure.quota.seizable').values).toEqual({ fired: true, incomeAboveShare: true });
  });

  it('one centime below the minimum: nothing seizable (never negative)', () => {
    const r = seizableQuota({ netIncome: '3255.59', minimumVital: '3255.60' });
    expect(r.seizable).toBe('0.00');
    expect(step(r, 'seizure.quota.seizable').values).toEqual({ fired: false, incomeAboveShare: false });
    expect(step(r, 'seizure.quota.result').values).toMatchObject({ netIncome: '3255.59', debtorShare: '3255.60', seizable: '0.00' });
  });

  it('with a spouse, the comparison is against the debtor\'s share, not the whole minimum', () => {
    // Minimum 4'000, incomes 2'000 and 6'000: the debtor's share is 4'000 × 2/8 = 1'000; 2'000 − 1'000 = 1'000
    // seizable although the income is below the family minimum.
    const r = seizableQuota({ netIncome: '2000', spouseNetIncome: '6000', minimumVital: '4000' });
    expect(r).toMatchObject({ debtorShareOfMinimum: '1000.00', spouseShareOfMinimum: '3000.00', seizable: '1000.00' });
    expect(step(r, 'seizure.quota.seizable').values).toEqual({ fired: true, incomeAboveShare: true });
  });

  it('spouse split rounded half up on the debtor\'s side, the spouse keeps the rest (ATF 114 III 12)', () => {
    // 1'000.00 × 0.01 / 0.03 = 333.333… → 333.33; spouse 666.67
    expect(seizableQuota({ netIncome: '0.01', spouseNetIncome: '0.02', minimumVital: '1000.00' })).toMatchObject({
      debtorShareOfMinimum: '333.33',
      spouseShareOfMinimum: '666.67',
      seizable: '0.00',
    });
    // 0.01 × 1/2 = 0.005 → exactly half a centime, rounded up: 0.01; spouse 0.00
    expect(seizableQuota({ netIncome: '1000', spouseNetIncome: '1000', minimumVital: '0.01' })).toMatchObject({
      debtorShareOfMinimum: '0.01',
      spouseShareOfMinimum: '0.00',
      seizable: '999.99',
    });
    // 100.00 × 2/3 = 66.666… → 66.67; spouse 33.33
    expect(seizableQuota({ netIncome: '2', spouseNetIncome: '1', minimumVital: '100' })).toMatchObject({
      debtorShareOfMinimum: '66.67',
      spouseShareOfMinimum: '33.33',
    });
  });

  it('the spouse\'s share is given only when the spouse\'s income is', () => {
    expect(seizableQuota({ netIncome: '4000', minimumVital: '3000' })).not.toHaveProperty('spouseShareOfMinimum');
    // A spouse without income: the whole minimum is the debtor's, the spouse's share 0.00.
    expect(seizableQuota({ netIncome: '4000', spouseNetIncome: '0', minimumVital: '3000' })).toMatchObject({
      debtorShareOfMinimum: '3000.00',
      spouseShareOfMinimum: '0.00',
      seizable: '1000.00',
    });
  });

  it('attributed reading (law): shares add up to the minimum, the debtor bears own costs + a proportional part of the rest', () => {
    const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
    const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(cents(1_000_000), cents(1_000_000), cents(500_000), cents(100_000), cents(100_000), (d, s, common, pd, ps) => {
        const m = new D(common).plus(pd).plus(ps).toFixed(2); // costs never above the minimum
        const r = seizableQuota({
          netIncome: d,
          spouseNetIncome: s,
          minimumVital: m,
          professionalCosts: { debtor: pd, spouse: ps },
          interpretation: { professionalCosts: 'attributed' },
        });
        const total = new D(d).plus(s);
        const part = total.isZero() ? new D(common).div(2) : new D(common).times(d).div(total);
        const share = part.toDecimalPlaces(2).plus(pd);
        expect(r.debtorShareOfMinimum).toBe(share.toFixed(2));
        expect(new D(r.debtorShareOfMinimum).plus(r.spouseShareOfMinimum!).toFixed(2)).toBe(m);
        expect(r.seizable).toBe(D.max(0, new D(d).minus(share)).toFixed(2));
      }),
    );
  });
});

describe('seizableQuota — reference date and income-seizure period (LP 93 al. 2)', () => {
  const head = (i: SeizableQuotaInput) => {
    const s = seizableQuota(i).trace[0]!;
    expect(s.rule).toBe('seizure.quota.parameters');
    return s;
  };

  it('without asOf nor seizedOn, the latest parameters apply and the trace says so', () => {
    const s = head({ netIncome: '4000', minimumVital: '3000' });
    expect(s.values).toMatchObject({ asOf: null, incomeSeizureMonths: 12, 'incomeSeizureMonths.validFrom': '1997-01-01' });
    expect(s.text.en).toMatch(/^No reference date: the latest known version/);
    expect(s.text.fr).toMatch(/^Aucune date de référence/);
  });

  it('asOf defaults to seizedOn; an explicit asOf wins over it', () => {
    // seizedOn Mon 4 May 2026
    expect(head({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-05-04' }).values?.asOf).toBe('2026-05-04');
    // asOf Mon 1 June 2026, no seizure date
    const only = head({ netIncome: '4000', minimumVital: '3000', asOf: '2026-06-01' });
    expect(only.values?.asOf).toBe('2026-06-01');
    expect(only.text.en).toBe('Parameters of LP (état au 1er janvier 2026) in force on 2026-06-01.');
    // both: the norms of Mon 1 June 2026, the seizure from Mon 4 May 2026
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-05-04', asOf: '2026-06-01' });
    expect(r.trace[0]!.values?.asOf).toBe('2026-06-01');
    expect(r.incomeSeizureEndsOn).toBe('2027-05-04'); // Tue 4 May 2027
  });

  it('each call states its own reference date, even within one period of the norms', () => {
    // Tue 2 June 2026 and Mon 1 June 2026: same parameter version, each trace names its own date.
    expect(head({ netIncome: '1', minimumVital: '1', asOf: '2026-06-02' }).values?.asOf).toBe('2026-06-02');
    expect(head({ netIncome: '1', minimumVital: '1', asOf: '2026-06-01' }).values?.asOf).toBe('2026-06-01');
    expect(head({ netIncome: '1', minimumVital: '1', asOf: '2026-06-02' }).values?.asOf).toBe('2026-06-02');
  });

  it('no norm before the LP 93 al. 2 version of 1 January 1997: NO_NORM_IN_FORCE the day before, in force that day', () => {
    // Tue 31 December 1996
    let error: unknown;
    try {
      seizableQuota({ netIncome: '4000', minimumVital: '3000', asOf: '1996-12-31' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    expect(error).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'seizure.quota', asOf: '1996-12-31' } });
    // Wed 1 January 1997
    expect(seizableQuota({ netIncome: '4000', minimumVital: '3000', asOf: '1997-01-01' }).seizable).toBe('1000.00');
  });

  it('an income seizure lasts 12 months at most from its execution; the trace cites LP 93 al. 2', () => {
    // Mon 4 May 2026 → Tue 4 May 2027 (not moved: a maximum duration, not a deadline to act)
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-05-04' });
    expect(r.incomeSeizureEndsOn).toBe('2027-05-04');
    const s = step(r, 'seizure.quota.income-seizure-period');
    expect(s.citation).toBe('LP 93 al. 2');
    expect(s.values).toEqual({ seizedOn: '2026-05-04', endsOn: '2027-05-04', reading: 'same-numbered-day' });
    expect(s.text).toEqual({
      fr: "Saisie de revenus exécutée le 2026-05-04 : elle dure au plus 12 mois, jusqu'au 2027-05-04, le jour de même quantième (lecture principale).",
      en: 'Income seizure executed on 2026-05-04: it lasts at most 12 months, until 2027-05-04, the same-numbered day (primary reading).',
    });
    // Mon 31 August 2026 → Tue 31 August 2027
    expect(seizableQuota({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-08-31' }).incomeSeizureEndsOn).toBe('2027-08-31');
  });

  it('the alternative reading of LP 93 al. 2 (norms §4 item 15): the day before, stated in the trace', () => {
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-05-04', interpretation: { incomeSeizureEnd: 'day-before' } });
    expect(r.incomeSeizureEndsOn).toBe('2027-05-03'); // Mon 3 May 2027
    const s = step(r, 'seizure.quota.income-seizure-period');
    expect(s.values).toEqual({ seizedOn: '2026-05-04', endsOn: '2027-05-03', reading: 'day-before' });
    expect(s.text.en).toBe(
      'Income seizure executed on 2026-05-04: it lasts at most 12 months, until 2027-05-03, the day before the same-numbered day, the day of execution counting as the first day (alternative reading).',
    );
    expect(s.text.fr).toContain("la veille du jour de même quantième, le jour de l'exécution comptant comme premier jour (lecture alternative)");
  });

  it('without a seizure date there is no end date and no period step', () => {
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', asOf: '2026-06-01' });
    expect(r).not.toHaveProperty('incomeSeizureEndsOn');
    expect(r.trace.map((s) => s.rule)).not.toContain('seizure.quota.income-seizure-period');
  });
});

describe('seizableQuota — trace', () => {
  it('debtor alone: the steps in order, each rule with its citation, facts and outcome', () => {
    const r = seizableQuota({ netIncome: '4000', minimumVital: '3000', seizedOn: '2026-05-04' });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'seizure.quota.parameters',
      'seizure.quota.spouse-split',
      'seizure.quota.professional-costs-attributed',
      'seizure.quota.seizable',
      'seizure.quota.income-seizure-period',
      'seizure.quota.result',
    ]);
    const split = step(r, 'seizure.quota.spouse-split');
    expect(split.citation).toBe('ATF 114 III 12');
    expect(split.values).toEqual({ fired: false, spouseIncomeGiven: false });
    expect(split.text.en).toBe("Only the debtor earns: the whole minimum is on the debtor's side.");
    expect(step(r, 'seizure.quota.professional-costs-attributed').values).toEqual({
      fired: false,
      spouseIncomeGiven: false,
      professionalCostsReading: 'split',
      professionalCostsGiven: false,
    });
    const result = step(r, 'seizure.quota.result');
    expect(result.citation).toBe('LP 93 al. 1');
    expect(result.values).toEqual({ netIncome: '4000.00', minimumVital: '3000.00', spouseNetIncome: null, debtorShare: '3000.00', seizable: '1000.00' });
    expect(result.text.en).toBe('Net income 4000.00 − share of the minimum 3000.00: CHF 1000.00 seizable a month.');
    expect(result.text.fr).toBe('Revenu net 4000.00 − part du minimum vital 3000.00 : saisissable CHF 1000.00 par mois.');
  });

  it('both spouses earn, costs attributed: the split and attribution steps fired, the result names the spouse income', () => {
    const r = seizableQuota({
      netIncome: '5000',
      spouseNetIncome: '3000',
      minimumVital: '4000',
      professionalCosts: { debtor: '300', spouse: '100' },
      interpretation: { professionalCosts: 'attributed' },
    });
    // (4'000 − 300 − 100) × 5/8 + 300 = 2'250 + 300 = 2'550
    expect(r).toMatchObject({ debtorShareOfMinimum: '2550.00', spouseShareOfMinimum: '1450.00', seizable: '2450.00' });
    expect(step(r, 'seizure.quota.spouse-split').values).toEqual({ fired: true, spouseIncomeGiven: true });
    expect(step(r, 'seizure.quota.professional-costs-attributed').values).toEqual({
      fired: true,
      spouseIncomeGiven: true,
      professionalCostsReading: 'attributed',
      professionalCostsGiven: true,
    });
    expect(step(r, 'seizure.quota.result').values).toEqual({
      netIncome: '5000.00',
      minimumVital: '4000.00',
      spouseNetIncome: '3000.00',
      debtorShare: '2550.00',
      seizable: '2450.00',
    });
  });

  it('costs given under the primary reading: known, not attributed', () => {
    const r = seizableQuota({ netIncome: '5000', spouseNetIncome: '3000', minimumVital: '4000', professionalCosts: { debtor: '300', spouse: '100' } });
    expect(step(r, 'seizure.quota.professional-costs-attributed').values).toEqual({
      fired: false,
      spouseIncomeGiven: true,
      professionalCostsReading: 'split',
      professionalCostsGiven: true,
    });
    expect(r.debtorShareOfMinimum).toBe('2500.00');
  });
});
