import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { LpNormError } from '../../index.js';
import { computeMinimumVital, minimumVitalIssues, type MinimumVitalInput } from './index.js';

// computeMinimumVital: LP 93 al. 1 under the Geneva norms (NI, rsGE E 3 60.04; before 2025 the federal
// guidelines of 1 July 2009, "KBKS-2009"): base 1'200 (single), 1'350 (single parent), 1'700 (couple);
// children 400 under 10, 600 from 10; supplements counted only when their payment is proven (TF 5A_878/2013);
// taxes never (NI ch. II).

const issuesOf = (input: unknown): string[] => inputIssueTexts(() => computeMinimumVital(input as MinimumVitalInput));

const ON = '2026-06-01'; // Mon 1 June 2026, NI-2026
const single = (expenses: MinimumVitalInput['expenses']): MinimumVitalInput => ({ asOf: ON, household: { type: 'single' }, expenses });
const items = (r: { breakdown: { item: string; amount: string }[] }) => r.breakdown.map((b) => `${b.item} ${b.amount}`);

describe('computeMinimumVital — input validation', () => {
  it('an impossible reference date is reported at /asOf, and alone (the children\'s ages cannot be judged against it)', () => {
    // 30 February 2026 does not exist; the child born on Wed 1 January 2020 is not reported as born after it.
    expect(issuesOf({ asOf: '2026-02-30', household: { type: 'single-parent', children: [{ birthDate: '2020-01-01' }] } })).toEqual(['/asOf INVALID_DATE']);
  });

  it('an impossible birth date is reported at its child\'s pointer', () => {
    expect(issuesOf({ asOf: ON, household: { type: 'couple', children: [{ birthDate: '2016-03-02' }, { birthDate: '2019-02-29' }] } })).toEqual([
      '/household/children/1/birthDate INVALID_DATE',
    ]);
  });

  it('a child must be born by the reference date: born that day is 0 years old (400), born the next day is OUT_OF_RANGE', () => {
    // Born Mon 1 June 2026, asOf Mon 1 June 2026: 1'350 + 400
    const r = computeMinimumVital({ asOf: ON, household: { type: 'single-parent', children: [{ birthDate: ON }] } });
    expect(r.total).toBe('1750.00');
    expect(r.trace.find((s) => s.rule === 'seizure.minimum-vital.child-younger')?.values).toEqual({ child: 1, ageYears: 0, amount: '400.00' });
    // Born Tue 2 June 2026
    expect(issuesOf({ asOf: ON, household: { type: 'single-parent', children: [{ birthDate: '2026-06-02' }] } })).toEqual([
      '/household/children/0/birthDate OUT_OF_RANGE',
    ]);
  });

  it('a single expense given as an object is reported at its /amount, a plain one at the expense itself', () => {
    expect(issuesOf(single({ rent: { amount: '1500.001' } }))).toEqual(['/expenses/rent/amount MONEY_PRECISION']);
    expect(issuesOf(single({ rent: '1500.001' }))).toEqual(['/expenses/rent MONEY_PRECISION']);
    expect(issuesOf(single({ alimony: '-500', childcare: { amount: 'abc', proven: true }, education: { amount: '-1' } }))).toEqual([
      '/expenses/alimony NEGATIVE_MONEY',
      '/expenses/childcare/amount INVALID_MONEY',
      '/expenses/education/amount NEGATIVE_MONEY',
    ]);
  });

  it('a listed expense is reported at its index, and at /amount when given as an object', () => {
    expect(issuesOf(single({ professional: ['193.60', '70.001'] }))).toEqual(['/expenses/professional/1 MONEY_PRECISION']);
    expect(issuesOf(single({ healthInsurance: [{ amount: '-412.30', proven: false }, '1.234'] }))).toEqual([
      '/expenses/healthInsurance/0/amount NEGATIVE_MONEY',
      '/expenses/healthInsurance/1 MONEY_PRECISION',
    ]);
  });

  it('taxes are never counted, but must still be an exact, non-negative amount', () => {
    expect(issuesOf(single({ taxes: '650.005' }))).toEqual(['/expenses/taxes MONEY_PRECISION']);
    expect(issuesOf(single({ taxes: '-650' }))).toEqual(['/expenses/taxes NEGATIVE_MONEY']);
  });
});

describe('computeMinimumVital — proven and unproven supplements (TF 5A_878/2013)', () => {
  it('an amount, or an object without `proven`, or with `proven: true`, is counted; `proven: false` is not', () => {
    expect(computeMinimumVital(single({ rent: '1500.00' })).total).toBe('2700.00');
    expect(computeMinimumVital(single({ rent: { amount: '1500.00' } })).total).toBe('2700.00');
    expect(computeMinimumVital(single({ rent: { amount: '1500.00', proven: true } })).total).toBe('2700.00');
    expect(computeMinimumVital(single({ rent: { amount: '1500.00', proven: false } })).total).toBe('1200.00');
    // lists: 412.30 counted (no `proven`), 100 counted (proven), 50 not (unproven) → 1'200 + 512.30
    const r = computeMinimumVital(single({ healthInsurance: [{ amount: '412.30' }, { amount: '100', proven: true }, { amount: '50', proven: false }] }));
    expect(r.total).toBe('1712.30');
    expect(items(r)).toEqual(['base 1200.00', 'healthInsurance 512.30']);
  });

  it('the trace says which rule counted or left out each supplement', () => {
    const r = computeMinimumVital(single({ professional: [{ amount: '70.00', label: 'transport' }, { amount: '193.60', proven: false }] }));
    const steps = r.trace.filter((s) => s.values?.item === 'professional');
    expect(steps.map((s) => [s.rule, s.citation, s.values?.counted])).toEqual([
      ['seizure.minimum-vital.expense-counted', 'NI (rsGE E 3 60.04) ch. II', true],
      ['seizure.minimum-vital.expense-unproven', 'TF 5A_878/2013', false],
    ]);
  });

  it('childcare and education are their own items of the breakdown; taxes are traced, never counted', () => {
    // 1'350 + 400 (child of 0) + 300 + 120 = 2'170; taxes 650 not counted
    const r = computeMinimumVital({
      asOf: ON,
      household: { type: 'single-parent', children: [{ birthDate: '2026-01-05' }] },
      expenses: { taxes: '650.00', childcare: { amount: '300.00', proven: true }, education: '120.00' },
    });
    expect(r.total).toBe('2170.00');
    expect(items(r)).toEqual(['base 1350.00', 'children 400.00', 'childcare 300.00', 'education 120.00']);
    expect(r.breakdown.find((b) => b.item === 'childcare')?.citation).toBe('NI (rsGE E 3 60.04) ch. II');
    const taxes = r.trace.find((s) => s.rule === 'seizure.minimum-vital.taxes');
    expect(taxes?.values).toEqual({ item: 'taxes', amount: '650.00', counted: false });
    expect(taxes?.citation).toBe('NI (rsGE E 3 60.04) ch. II');
    expect(r.trace.at(-1)).toMatchObject({ rule: 'seizure.minimum-vital.total', citation: 'LP 93 al. 1', values: { total: '2170.00', normsVersion: 'NI-2026' } });
  });

  it('without taxes there is no taxes step', () => {
    expect(computeMinimumVital(single({ rent: '1000' })).trace.map((s) => s.rule)).not.toContain('seizure.minimum-vital.taxes');
  });
});

describe('computeMinimumVital — canton', () => {
  it('Geneva, named or by default, gives the same result', () => {
    const geneva = computeMinimumVital({ asOf: ON, canton: 'GE', household: { type: 'couple' } });
    expect(geneva.total).toBe('1700.00');
    expect(geneva).toEqual(computeMinimumVital({ asOf: ON, household: { type: 'couple' } }));
  });

  it('another canton: NO_NORM_IN_FORCE naming the canton, in French and English', () => {
    let error: unknown;
    try {
      computeMinimumVital({ asOf: ON, canton: 'VD', household: { type: 'single' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    const e = error as LpNormError;
    expect(e.code).toBe('NO_NORM_IN_FORCE');
    expect(e.details).toEqual({ ruleSet: 'seizure.minimum-vital', canton: 'VD', asOf: ON });
    expect(e.messages.fr).toBe("Le SDK ne connaît que les normes d'insaisissabilité de Genève, pas celles du canton VD.");
    expect(e.messages.en).toBe("The SDK holds Geneva's seizure-exemption norms only, not those of canton VD.");
    expect(e.message).toBe(e.messages.en);
  });
});

describe('computeMinimumVital — norms version by reference date (KBKS 2009 → NI-2025 → NI-2026)', () => {
  const at = (asOf: string) => computeMinimumVital({ asOf, household: { type: 'single' } });

  it.each([
    ['2009-07-01', 'KBKS-2009', '2009-07-01'], // Wed 1 July 2009, first day of the federal guidelines
    ['2024-12-31', 'KBKS-2009', '2009-07-01'], // Tue 31 December 2024, their last day
    ['2025-01-01', 'NI-2025', '2025-01-01'], // Wed 1 January 2025
    ['2025-12-31', 'NI-2025', '2025-01-01'], // Wed 31 December 2025
    ['2026-01-01', 'NI-2026', '2026-01-01'], // Thu 1 January 2026
    ['2026-12-31', 'NI-2026', '2026-01-01'], // Thu 31 December 2026
  ])('on %s the %s edition applies', (asOf, version, validFrom) => {
    const r = at(asOf);
    expect(r.normsVersion).toBe(version);
    expect(r.total).toBe('1200.00');
    const head = r.trace[0]!;
    expect(head.rule).toBe('seizure.minimum-vital.parameters');
    expect(head.values).toMatchObject({ asOf, baseSingle: '1200.00', 'baseSingle.validFrom': validFrom });
    expect(head.text.en).toBe(`Parameters of NI (rsGE E 3 60.04) (2025, 2026 ; lignes directrices fédérales 2009 avant) in force on ${asOf}.`);
    expect(head.text.fr).toBe(`Paramètres de NI (rsGE E 3 60.04) (2025, 2026 ; lignes directrices fédérales 2009 avant) en vigueur le ${asOf}.`);
    expect(r.trace.find((s) => s.rule === 'seizure.minimum-vital.base-single')?.values).toEqual({ householdType: 'single', minorChild: false, amount: '1200.00', version });
  });

  it('the base amount cites the edition applied', () => {
    expect(at('2024-12-31').breakdown[0]!.citation).toBe(
      "Lignes directrices pour le calcul du minimum d'existence en matière de poursuite (Conférence des préposés, 1er juillet 2009) ch. I.1",
    );
    expect(at('2025-01-01').breakdown[0]!.citation).toBe("Normes d'insaisissabilité 2025 (rsGE E 3 60.04) ch. I.1");
    expect(at('2026-01-01').breakdown[0]!.citation).toBe("Normes d'insaisissabilité 2026 (rsGE E 3 60.04) ch. I.1");
  });

  it('outside every edition: NO_NORM_IN_FORCE the day before the first and the day after the last', () => {
    // Tue 30 June 2009, Fri 1 January 2027
    for (const asOf of ['2009-06-30', '2027-01-01']) {
      expect(() => at(asOf)).toThrow(LpNormError);
      expect(() => at(asOf)).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
    }
  });

  it('with latestKnownNorms, a date after the last edition gets NI-2026 and the trace says so; within an edition it changes nothing', () => {
    // Fri 1 January 2027
    const r = computeMinimumVital({ asOf: '2027-01-01', household: { type: 'single' }, latestKnownNorms: true });
    expect(r.normsVersion).toBe('NI-2026');
    expect(r.trace[0]!.values?.asOf).toBeNull();
    expect(r.trace[0]!.text).toEqual({
      fr: "Aucune version des normes n'est en vigueur le 2027-01-01 : la dernière version connue (NI-2026) est appliquée, à la demande de l'appelant.",
      en: "No version of the norms is in force on 2027-01-01: the latest known version (NI-2026) is applied, at the caller's request.",
    });
    // Mon 1 June 2026 is covered by NI-2026: the opt-in does not change the trace
    const within = computeMinimumVital({ asOf: ON, household: { type: 'single' }, latestKnownNorms: true });
    expect(within.trace[0]!.values?.asOf).toBe(ON);
    expect(within.trace[0]!.text.en).toMatch(/in force on 2026-06-01\.$/);
    expect(within).toEqual(computeMinimumVital({ asOf: ON, household: { type: 'single' } }));
  });
});

describe('computeMinimumVital — every issue at once', () => {
  it('a child born after asOf is reported even when an earlier child has an invalid date', () => {
    // 30 February 2026 does not exist; Fri 1 January 2027 is after the reference date Mon 1 June 2026.
    const children = [{ birthDate: '2026-02-30' }, { birthDate: '2027-01-01' }];
    const expected = ['/household/children/0/birthDate INVALID_DATE', '/household/children/1/birthDate OUT_OF_RANGE'];
    expect(issuesOf({ asOf: '2026-06-01', household: { type: 'single', children } }).sort()).toEqual(expected);
    expect(issuesOf({ asOf: '2026-06-01', household: { type: 'single', children: [...children].reverse() } }).sort()).toEqual(
      ['/household/children/0/birthDate OUT_OF_RANGE', '/household/children/1/birthDate INVALID_DATE'],
    );
  });
});

describe('computeMinimumVital — one trace step per expense given, none for an item not given', () => {
  it('DCSO/127/2024: rent, the health premium, the two professional costs — in that order, and nothing else', () => {
    // Reference date Mon 3 June 2024; no alimony, childcare or education in the file: no step for them.
    const r = computeMinimumVital({
      asOf: '2024-06-03',
      household: { type: 'single' },
      expenses: { rent: '1792.00', professional: ['193.60', '70.00'], healthInsurance: [{ amount: '412.30', proven: false }] },
    });
    const items = r.trace.flatMap((s) => (s.values && typeof s.values.item === 'string' ? [s.values.item] : []));
    expect(items).toEqual(['rent', 'healthInsurance', 'professional', 'professional']);
    expect(r.trace.flatMap((s) => Object.values(s.values ?? {})).filter((v) => typeof v === 'string' && v.includes('NaN'))).toEqual([]);
  });
});

describe('computeMinimumVital — households the norms price and those they refuse (norms §3.8)', () => {
  const toddler = { birthDate: '2023-01-15' }; // Sun 15 January 2023: 3 on Mon 1 June 2026
  const adult = { birthDate: '2008-06-01' }; // turned 18 on Mon 1 June 2026

  it('cohabiting parents with a common minor child: the couple base, 1\'700, from its own rule, traced with the fact it read', () => {
    const r = computeMinimumVital({ asOf: ON, household: { type: 'cohabiting-partner', children: [toddler] } });
    expect(items(r)).toEqual(['base 1700.00', 'children 400.00']);
    expect(r.breakdown[0]!.citation).toBe("Normes d'insaisissabilité 2026 (rsGE E 3 60.04) ch. I.3");
    const step = r.trace.find((s) => s.rule === 'seizure.minimum-vital.base-cohabiting-parents')!;
    expect(step.citation).toBe('OCP, Vous êtes poursuivi Le calcul du minimum vital');
    expect(step.values).toEqual({ householdType: 'cohabiting-partner', minorChild: true, amount: '1700.00', version: 'NI-2026' });
    expect(step.text.en).toBe(
      'Cohabiting parents with a common child: the whole base amount of a "couple with children"; half the couple\'s amount applies only to a cohabitation without a common child (BGE 130 III 765; TF 5A_544/2024).',
    );
    expect(r.trace.some((s) => s.rule === 'seizure.minimum-vital.base-cohabiting-half')).toBe(false);
  });

  it('without a minor common child, half the couple base; an adult child does not count as one', () => {
    expect(computeMinimumVital({ asOf: ON, household: { type: 'cohabiting-partner', children: [adult] } }).total).toBe('850.00');
    expect(computeMinimumVital({ asOf: ON, household: { type: 'cohabiting-partner' } }).trace.find((s) => s.rule === 'seizure.minimum-vital.base-cohabiting-half')?.values).toMatchObject({ minorChild: false, amount: '850.00' });
  });

  it('"single" with a minor child and "single-parent" without one are input errors saying what to send', () => {
    expect(issuesOf({ asOf: ON, household: { type: 'single', children: [toddler] } })).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issuesOf({ asOf: ON, household: { type: 'single-parent' } })).toEqual(['/household/type HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
    expect(issuesOf({ asOf: ON, household: { type: 'single-parent', children: [adult] } })).toEqual(['/household/type HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
    // A "single" debtor whose child is of age is consistent: the adult is out of the child amounts anyway.
    expect(computeMinimumVital({ asOf: ON, household: { type: 'single', children: [adult] } }).total).toBe('1200.00');
    try {
      computeMinimumVital({ asOf: ON, household: { type: 'single', children: [toddler] } });
    } catch (e) {
      expect((e as { issues: { message: { fr: string; en: string } }[] }).issues[0]!.message.en).toBe(
        'Contradictory household: a debtor living alone ("single") has no minor child in the household. Send household.type "single-parent" if the debtor raises the child alone, or "couple" / "cohabiting-partner" if the other parent lives in the household.',
      );
    }
  });

  it('the household is judged only once the norms are known: without an edition, the norm error comes first; with the latest known one, the input error', () => {
    const contradictory: MinimumVitalInput = { asOf: '2027-03-01', household: { type: 'single', children: [toddler] } };
    expect(() => computeMinimumVital(contradictory)).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
    expect(issuesOf({ ...contradictory, latestKnownNorms: true })).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    // Another canton: not judged on Geneva's norms.
    expect(() => computeMinimumVital({ ...contradictory, asOf: ON, canton: 'VD' })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
  });

  it('a year with no edition names the editions known, the household\'s own base amount, and how to proceed', () => {
    // Mon 1 March 2027: no NI-2027 yet. A couple's own amount is the couple base, not the single one.
    const e = (() => {
      try {
        computeMinimumVital({ asOf: '2027-03-01', household: { type: 'couple' } });
      } catch (error) {
        return error as LpNormError;
      }
      throw new Error('expected an error');
    })();
    expect(e).toBeInstanceOf(LpNormError);
    expect(e.details).toEqual({ ruleSet: 'seizure.minimum-vital', norm: 'baseCouple', asOf: '2027-03-01', coveredFrom: '2009-07-01', coveredTo: '2026-12-31' });
    expect(e.messages.fr).toBe(
      "Aucune édition des normes d'insaisissabilité n'est en vigueur le 2027-03-01 ; éditions connues : KBKS-2009 (du 2009-07-01 au 2024-12-31), NI-2025 (du 2025-01-01 au 2025-12-31) et NI-2026 (du 2026-01-01 au 2026-12-31). Le montant de base de ce ménage (« Montant de base mensuel, couple marié, partenaires enregistrés ou couple avec enfants », baseCouple) n'est donc pas fixé ce jour-là. Pour calculer quand même : latestKnownNorms: true applique la dernière édition connue (NI-2026), et le résultat le dit ; ou charger une édition des normes en vigueur ce jour-là.",
    );
    expect(e.messages.en).toBe(
      'No edition of the seizure-exemption norms is in force on 2027-03-01; known editions: KBKS-2009 (2009-07-01 to 2024-12-31), NI-2025 (2025-01-01 to 2025-12-31) and NI-2026 (2026-01-01 to 2026-12-31). This household\'s base amount ("Monthly base amount, married couple, registered partners or couple with children", baseCouple) is therefore not set for that day. To compute anyway: latestKnownNorms: true applies the latest known edition (NI-2026), and the result says so; or load an edition of the norms in force that day.',
    );
    // Each household names its own: the single parent's, the single's — and before the first edition too.
    const norm = (input: MinimumVitalInput) => {
      try {
        computeMinimumVital(input);
      } catch (error) {
        return (error as LpNormError).details.norm;
      }
      return null;
    };
    expect(norm({ asOf: '2027-03-01', household: { type: 'single-parent', children: [toddler] } })).toBe('baseSingleParent');
    expect(norm({ asOf: '2009-06-30', household: { type: 'flat-share' } })).toBe('baseSingle');
    expect(norm({ asOf: '2027-03-01', household: { type: 'cohabiting-partner', children: [toddler] } })).toBe('baseCouple');
    // A contradictory household has no amount of its own: the message names none.
    expect(norm({ asOf: '2027-03-01', household: { type: 'single', children: [toddler] } })).toBe('seizure.minimum-vital');
  });
});

describe('computeMinimumVital — a child born on 29 February (norms §4 item 16)', () => {
  const leap = (asOf: string, birthDate: string, leapDayBirthday?: 'march-1' | 'february-28') =>
    computeMinimumVital({ asOf, household: { type: 'couple', children: [{ birthDate }] }, ...(leapDayBirthday ? { interpretation: { leapDayBirthday } } : {}) });

  it('in a common year the birthday is 1 March (primary) or 28 February (alternative), for the 10th and the 18th; stated in the trace', () => {
    // Born Mon 29 February 2016: on Sat 28 February 2026 nine (400) or ten (600).
    expect(leap('2026-02-28', '2016-02-29').total).toBe('2100.00');
    expect(leap('2026-02-28', '2016-02-29', 'february-28').total).toBe('2300.00');
    // Born Fri 29 February 2008: on Sat 28 February 2026 seventeen (600) or of age (nothing).
    expect(leap('2026-02-28', '2008-02-29').total).toBe('2300.00');
    expect(leap('2026-02-28', '2008-02-29', 'february-28').total).toBe('1700.00');
    // The day before, Fri 27 February 2026, and on Sun 1 March 2026, both readings agree.
    for (const reading of ['march-1', 'february-28'] as const) {
      expect(leap('2026-02-27', '2016-02-29', reading).total).toBe('2100.00');
      expect(leap('2026-03-01', '2016-02-29', reading).total).toBe('2300.00');
    }
    const step = leap('2026-02-28', '2016-02-29', 'february-28').trace.find((s) => s.rule === 'seizure.minimum-vital.leap-day-birthday')!;
    expect(step).toEqual({
      rule: 'seizure.minimum-vital.leap-day-birthday',
      citation: 'CC 14',
      text: {
        fr: "Enfant né un 29 février (1) : en 2026, année sans 29 février, son anniversaire est compté le 28 février 2026 (lecture alternative), pour chaque seuil d'âge (10 et 18 ans).",
        en: 'Child born on 29 February (1): in 2026, a year without 29 February, the birthday is taken as 28 February 2026 (alternative reading), for every age threshold (10 and 18).',
      },
      values: { children: '1', year: 2026, reading: 'february-28' },
    });
    expect(leap('2026-02-28', '2016-02-29').trace.find((s) => s.rule === 'seizure.minimum-vital.leap-day-birthday')?.values).toMatchObject({ reading: 'march-1' });
  });

  it('in a leap year, or without such a child, there is nothing to state', () => {
    // Thu 29 February 2024: the birthday exists.
    expect(leap('2024-02-29', '2016-02-29').trace.some((s) => s.rule === 'seizure.minimum-vital.leap-day-birthday')).toBe(false);
    expect(leap('2026-02-28', '2016-03-01').trace.some((s) => s.rule === 'seizure.minimum-vital.leap-day-birthday')).toBe(false);
    // Nothing else in its place: the trace is made of steps only.
    for (const r of [leap('2024-02-29', '2016-02-29'), leap('2026-02-28', '2016-03-01')]) for (const s of r.trace) expect(typeof s.rule).toBe('string');
  });
});

describe('minimumVitalIssues — the input check on its own (computeMinimumVital would refuse the household later anyway)', () => {
  const single = { asOf: ON, household: { type: 'single' as const, children: [{ birthDate: '2023-01-15' }] } };
  const texts = (i: MinimumVitalInput) => minimumVitalIssues(i).map((x) => `${x.path} ${x.code}`);

  it('judges the household with the norms of asOf, or the latest known edition when asked', () => {
    expect(texts(single)).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(texts({ ...single, asOf: '2027-03-01' })).toEqual([]); // no edition: the norm error comes later
    expect(texts({ ...single, asOf: '2027-03-01', latestKnownNorms: true })).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(texts({ ...single, asOf: '2027-03-01', latestKnownNorms: false })).toEqual([]);
  });

  it('does not judge with Geneva\'s norms a household of another canton, nor one that did not read', () => {
    expect(texts({ ...single, canton: 'VD' })).toEqual([]);
    expect(texts({ ...single, canton: 'GE' })).toEqual(['/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(texts({ ...single, expenses: { rent: '-1' } })).toEqual(['/expenses/rent NEGATIVE_MONEY']);
  });
});

describe('computeMinimumVital — the primary reading of a 29 February birthday, stated for each such child', () => {
  it('two children born on 29 February, one not: both listed, 1 March', () => {
    const r = computeMinimumVital({ asOf: '2026-02-28', household: { type: 'couple', children: [{ birthDate: '2016-02-29' }, { birthDate: '2017-05-01' }, { birthDate: '2020-02-29' }] } });
    expect(r.trace.find((s) => s.rule === 'seizure.minimum-vital.leap-day-birthday')).toEqual({
      rule: 'seizure.minimum-vital.leap-day-birthday',
      citation: 'CC 14',
      text: {
        fr: "Enfant né un 29 février (1, 3) : en 2026, année sans 29 février, son anniversaire est compté le 1er mars 2026 (lecture principale), pour chaque seuil d'âge (10 et 18 ans).",
        en: 'Child born on 29 February (1, 3): in 2026, a year without 29 February, the birthday is taken as 1 March 2026 (primary reading), for every age threshold (10 and 18).',
      },
      values: { children: '1, 3', year: 2026, reading: 'march-1' },
    });
  });
});

describe('computeMinimumVital — the rent share and the children, as the trace states them', () => {
  const rentStep = (r: { trace: { rule: string; values?: Record<string, unknown> }[] }) => r.trace.find((s) => s.values?.item === 'rent');

  it('half a rent of 2\'400 (Monday 1 June 2026): 1\'200 counted, the share and the exact amount in the trace', () => {
    const r = computeMinimumVital({ asOf: ON, household: { type: 'flat-share' }, expenses: { rent: '2400.00', rentShare: '0.5' } });
    expect(items(r)).toEqual(['base 1200.00', 'rent 1200.00']);
    expect(rentStep(r)).toMatchObject({ rule: 'seizure.minimum-vital.expense-counted', values: { item: 'rent', amount: '2400.00', share: '5/10', counted: '1200.000' } });
    // The whole rent: share 1, the amount to the centime.
    expect(rentStep(computeMinimumVital(single({ rent: '2400.00' })))?.values).toEqual({ item: 'rent', amount: '2400.00', share: '1', counted: '2400.00' });
  });

  it('a third of a rent of 1\'000.01: 333.303333 exactly in the trace, 333.30 in the breakdown, one rounding of the total', () => {
    const r = computeMinimumVital(single({ rent: '1000.01', rentShare: '0.3333' }));
    expect(rentStep(r)?.values).toEqual({ item: 'rent', amount: '1000.01', share: '3333/10000', counted: '333.303333' });
    expect(items(r)).toEqual(['base 1200.00', 'rent 333.30']);
    expect(r.total).toBe('1533.30');
  });

  it('a share of a rent that rounds to nothing is not an item of the breakdown (0.01 × 0.3333), yet is traced', () => {
    const r = computeMinimumVital(single({ rent: '0.01', rentShare: '0.3333' }));
    expect(items(r)).toEqual(['base 1200.00']);
    expect(r.total).toBe('1200.00');
    expect(rentStep(r)?.values?.counted).toBe('0.003333');
    // A rent of 0 (proven): no item either.
    expect(items(computeMinimumVital(single({ rent: '0.00' })))).toEqual(['base 1200.00']);
  });

  it('an unproven rent: traced by the rule that left it out, nothing counted', () => {
    const r = computeMinimumVital(single({ rent: { amount: '1500.00', proven: false }, rentShare: '0.5' }));
    expect(rentStep(r)).toMatchObject({ rule: 'seizure.minimum-vital.expense-unproven', values: { share: '5/10', counted: null } });
    expect(r.total).toBe('1200.00');
  });

  it('children: each one its step; an adult child (18 on Monday 1 June 2026) none of the amount, and no children item when no child counts', () => {
    const r = computeMinimumVital({ asOf: ON, household: { type: 'couple', children: [{ birthDate: '2008-06-01' }, { birthDate: '2016-06-02' }, { birthDate: '2016-06-01' }] } });
    // 1'700 + 0 (18) + 400 (9, turns 10 the next day) + 600 (10 that day) = 2'700
    expect(items(r)).toEqual(['base 1700.00', 'children 1000.00']);
    expect(r.breakdown[1]!.citation).toBe("Normes d'insaisissabilité 2026 (rsGE E 3 60.04) ch. I.4");
    expect(r.trace.filter((s) => s.values?.child !== undefined).map((s) => [s.rule, s.values])).toEqual([
      ['seizure.minimum-vital.child-adult', { child: 1, ageYears: 18, amount: null }],
      ['seizure.minimum-vital.child-younger', { child: 2, ageYears: 9, amount: '400.00' }],
      ['seizure.minimum-vital.child-older', { child: 3, ageYears: 10, amount: '600.00' }],
    ]);
    const adultOnly = computeMinimumVital({ asOf: ON, household: { type: 'couple', children: [{ birthDate: '2008-06-01' }] } });
    expect(items(adultOnly)).toEqual(['base 1700.00']);
    expect(adultOnly.total).toBe('1700.00');
  });

  it('two amounts of one item add up under one entry, with the citation of the rule that counted them', () => {
    const r = computeMinimumVital(single({ healthInsurance: ['300.00', '0.00', '112.30'], professional: ['0.00'] }));
    expect(r.breakdown).toEqual([
      { item: 'base', amount: '1200.00', citation: r.breakdown[0]!.citation },
      { item: 'healthInsurance', amount: '412.30', citation: 'NI (rsGE E 3 60.04) ch. II' },
    ]);
    expect(r.total).toBe('1612.30');
  });
});
