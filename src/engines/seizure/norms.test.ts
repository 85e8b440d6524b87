import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LpNormError } from '../../core/errors.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import { SEIZURE_MINIMUM_VITAL } from '../../rules/families/seizure-minimum-vital.js';
import { inNormScope } from '../../rules/scope.js';
import { childEntryOf, EXPENSE_ITEMS, HOUSEHOLD_TYPES, MinimumVitalNorms, minimumVitalNorms, noEditionError, normsIfKnown, type SeizureReadings } from './norms.js';

// The Geneva minimum-vital norms as tables (norms §3.8): base 1'200 living alone, 1'350 single parent,
// 1'700 couple — and unmarried parents with a common minor child; half the couple base (850) for a
// cohabitation without one; children 400 under 10, 600 from 10 to 18; expenses only when proven paid, taxes never.

const PRIMARY: SeizureReadings = { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple' };
const ON = '2026-06-01'; // Monday 1 June 2026, NI-2026

describe('MinimumVitalNorms tables', () => {
  it('the base per household type, [without a minor child, with one]; −1 where the household contradicts itself', () => {
    const t = minimumVitalNorms(ON, false).fast(PRIMARY);
    expect(t.base).toEqual({
      single: [120000, -1],
      'single-parent': [-1, 135000],
      couple: [170000, 170000],
      'cohabiting-partner': [85000, 170000],
      'flat-share': [120000, 120000],
    });
    expect(t.decisions.base.single![1].refusal).toBe('HOUSEHOLD_SINGLE_WITH_CHILD');
    expect(t.decisions.base['single-parent']![0].refusal).toBe('HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD');
    expect(t.decisions.base['single-parent']![1]).toMatchObject({ parameter: 'baseSingleParent', source: { version: 'NI-2026', value: '1350.00' } });
    expect(t.decisions.base['cohabiting-partner']![0]).toMatchObject({ centimes: 85000, parameter: 'baseCouple', fired: { rule: { id: 'seizure.minimum-vital.base-cohabiting-half' } } });
    expect(t.decisions.base['cohabiting-partner']![1]).toMatchObject({ centimes: 170000, parameter: 'baseCouple', fired: { rule: { id: 'seizure.minimum-vital.base-cohabiting-parents' } } });
    expect(t.decisions.base.single![0]).toMatchObject({ centimes: 120000, parameter: 'baseSingle' });
  });

  it('the alternative reading gives a cohabitant without a common child the single base; parents keep the couple base', () => {
    const t = minimumVitalNorms(ON, false).fast({ ...PRIMARY, cohabitingBase: 'single-base' });
    expect(t.base['cohabiting-partner']).toEqual([120000, 170000]);
    expect(t.decisions.base['cohabiting-partner']![0]).toMatchObject({ parameter: 'baseSingle' });
  });

  it('children by age in completed years: 400 up to 9, 600 from 10 to 17, nothing from 18 (CC 14); "after-age-10" gives 400 at 10', () => {
    const norms = minimumVitalNorms(ON, false);
    const primary = norms.fast(PRIMARY).child;
    const after = norms.fast({ ...PRIMARY, childAge: 'after-age-10' }).child;
    expect(primary.length).toBe(151);
    for (let age = 0; age <= 150; age++) {
      expect(primary[age], `age ${age}`).toBe(age < 10 ? 40000 : age < 18 ? 60000 : -1);
      expect(after[age], `age ${age}`).toBe(age <= 10 ? 40000 : age < 18 ? 60000 : -1);
    }
    const d = norms.fast(PRIMARY).decisions.child;
    expect(d[9]).toMatchObject({ centimes: 40000, parameter: 'childYounger', fired: { rule: { id: 'seizure.minimum-vital.child-younger' } } });
    expect(d[10]).toMatchObject({ centimes: 60000, parameter: 'childOlder', fired: { rule: { id: 'seizure.minimum-vital.child-older' } } });
    expect(d[18]).toMatchObject({ centimes: null, fired: { rule: { id: 'seizure.minimum-vital.child-adult' } } });
    expect(d[18]!.parameter).toBeUndefined();
  });

  it('an expense counts only when its payment is proven; taxes never, paid or not', () => {
    const t = minimumVitalNorms(ON, false).fast(PRIMARY);
    for (const item of EXPENSE_ITEMS) expect(t.counts[item], item).toEqual(item === 'taxes' ? [false, false] : [false, true]);
    expect(t.decisions.expense.rent![1].rule.id).toBe('seizure.minimum-vital.expense-counted');
    expect(t.decisions.expense.rent![0].rule.id).toBe('seizure.minimum-vital.expense-unproven');
    expect(t.decisions.expense.taxes![0].rule.id).toBe('seizure.minimum-vital.taxes');
    expect(t.decisions.expense.taxes![1].rule.id).toBe('seizure.minimum-vital.taxes');
  });

  it('tables asked for in any order of readings are each reading\'s own', () => {
    const readings = fc.record({ childAge: fc.constantFrom('from-10th-birthday', 'after-age-10'), cohabitingBase: fc.constantFrom('half-couple', 'single-base') }) as fc.Arbitrary<SeizureReadings>;
    fc.assert(
      fc.property(fc.array(readings, { minLength: 1, maxLength: 6 }), (sequence) => {
        const norms = minimumVitalNorms(ON, false);
        for (const r of sequence) {
          const t = norms.fast(r);
          expect(t.child[10]).toBe(r.childAge === 'from-10th-birthday' ? 60000 : 40000);
          expect(t.base['cohabiting-partner']![0]).toBe(r.cohabitingBase === 'half-couple' ? 85000 : 120000);
          // The same readings give the same tables (built once).
          expect(norms.fast({ ...r })).toBe(t);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('every household type of the norms is tabulated', () => {
    expect(Object.keys(minimumVitalNorms(ON, false).fast(PRIMARY).base)).toEqual([...HOUSEHOLD_TYPES]);
  });

  it('a person older than the table counts as its last age (an adult)', () => {
    const t = minimumVitalNorms(ON, false).fast(PRIMARY);
    expect(childEntryOf(t.child, 151)).toBe(-1);
    expect(childEntryOf(t.child, 1_000_000)).toBe(-1);
    expect(childEntryOf([1, 2, 3], 1)).toBe(2);
    expect(childEntryOf([1, 2, 3], 3)).toBe(3);
  });
});

describe('which edition applies', () => {
  it('by date: KBKS-2009 from Wednesday 1 July 2009 to Tuesday 31 December 2024, NI-2025, NI-2026', () => {
    expect(minimumVitalNorms('2009-07-01', false).normsVersion).toBe('KBKS-2009');
    expect(minimumVitalNorms('2024-12-31', false).normsVersion).toBe('KBKS-2009');
    expect(minimumVitalNorms('2025-01-01', false).normsVersion).toBe('NI-2025');
    expect(minimumVitalNorms('2026-12-31', false).normsVersion).toBe('NI-2026');
    expect(minimumVitalNorms('2026-12-31', false).latest).toBe(false);
  });

  it('before the first edition (Tuesday 30 June 2009) and after the last (Friday 1 January 2027): none, unless the latest known is asked for', () => {
    expect(normsIfKnown('2009-06-30', false)).toBeNull();
    expect(normsIfKnown('2027-01-01', false)).toBeNull();
    for (const asOf of ['2009-06-30', '2027-01-01', '1900-01-01']) {
      const n = normsIfKnown(asOf, true)!;
      expect(n.normsVersion).toBe('NI-2026');
      expect(n.latest).toBe(true);
    }
    // Within an edition the latest known is not needed, and not stated.
    expect(normsIfKnown(ON, true)!.latest).toBe(false);
    expect(normsIfKnown('2026-12-31', false)!.latest).toBe(false);
  });

  it('minimumVitalNorms throws NO_NORM_IN_FORCE where normsIfKnown finds none', () => {
    expect(() => minimumVitalNorms('2027-01-04', false)).toThrow(LpNormError);
    expect(minimumVitalNorms('2027-01-04', true).latest).toBe(true);
  });
});

describe('noEditionError: what is missing and how to proceed', () => {
  const texts = (e: LpNormError) => [e.messages.fr, e.messages.en];

  it('without a household: the editions known, the range covered, and no amount named', () => {
    const e = noEditionError('2027-01-04', null, PRIMARY);
    expect(e.code).toBe('NO_NORM_IN_FORCE');
    expect(e.details).toEqual({ ruleSet: 'seizure.minimum-vital', norm: 'seizure.minimum-vital', asOf: '2027-01-04', coveredFrom: '2009-07-01', coveredTo: '2026-12-31' });
    expect(e.messages.en).toBe(
      'No edition of the seizure-exemption norms is in force on 2027-01-04; known editions: KBKS-2009 (2009-07-01 to 2024-12-31), NI-2025 (2025-01-01 to 2025-12-31) and NI-2026 (2026-01-01 to 2026-12-31). To compute anyway: latestKnownNorms: true applies the latest known edition (NI-2026), and the result says so; or load an edition of the norms in force that day.',
    );
    expect(e.messages.fr).toMatch(/^Aucune édition des normes d'insaisissabilité n'est en vigueur le 2027-01-04 ; éditions connues : KBKS-2009 \(du 2009-07-01 au 2024-12-31\), NI-2025 .* et NI-2026 .*\. Pour calculer quand même/);
  });

  it('norms whose last edition has no end: the range covered has no end date either (asked on Tuesday 30 June 2009, before the first)', () => {
    const set = SEIZURE_MINIMUM_VITAL.load();
    const parameters = Object.fromEntries(Object.entries(set.parameters).map(([name, p]) => [name, { ...p, values: p.values.map(({ validTo, ...v }) => (v.version === 'NI-2026' ? v : { ...v, validTo })) }]));
    const openEnded = { ...set, parameters } as typeof set;
    const e = inNormScope({ family: (id) => (id === set.id ? openEnded : undefined) }, () => noEditionError('2009-06-30', null, PRIMARY), (x) => x);
    expect(e.details).toMatchObject({ coveredFrom: '2009-07-01', coveredTo: '' });
    expect(e.messages.en).toContain('NI-2026 (from 2026-01-01)');
  });

  it('a single parent with a child of 3: the single-parent base is the amount not set that day', () => {
    const e = noEditionError('2009-06-30', { type: 'single-parent', childAges: [3] }, PRIMARY);
    expect(e.details.norm).toBe('baseSingleParent');
    expect(texts(e).join('\n')).toContain('baseSingleParent');
    expect(e.messages.en).toContain('This household\'s base amount ("');
    expect(e.messages.fr).toContain('Le montant de base de ce ménage (« ');
  });

  it('the household\'s own base follows the readings and its children: cohabitants with a child of 17 → baseCouple, with one of 18 and the single-base reading → baseSingle', () => {
    expect(noEditionError('2027-01-04', { type: 'cohabiting-partner', childAges: [17] }, { ...PRIMARY, cohabitingBase: 'single-base' }).details.norm).toBe('baseCouple');
    expect(noEditionError('2027-01-04', { type: 'cohabiting-partner', childAges: [18] }, { ...PRIMARY, cohabitingBase: 'single-base' }).details.norm).toBe('baseSingle');
    expect(noEditionError('2027-01-04', { type: 'cohabiting-partner', childAges: [18] }, PRIMARY).details.norm).toBe('baseCouple');
    expect(noEditionError('2027-01-04', { type: 'flat-share', childAges: [] }, PRIMARY).details.norm).toBe('baseSingle');
  });

  it('a contradictory household has no base amount to name: the message stays general', () => {
    const e = noEditionError('2027-01-04', { type: 'single', childAges: [5] }, PRIMARY);
    expect(e.details.norm).toBe('seizure.minimum-vital');
    expect(e.messages).toEqual(noEditionError('2027-01-04', null, PRIMARY).messages);
  });

  it('minimumVitalNorms names the household it is given', () => {
    let thrown: unknown;
    try {
      minimumVitalNorms('2027-01-04', false, { type: 'couple', childAges: [] });
    } catch (e) {
      thrown = e;
    }
    expect((thrown as LpNormError).details.norm).toBe('baseCouple');
  });
});

describe('code that runs at import, from a fresh import (the runner switches mutants on after imports)', () => {
  it('the expense items, the two refusals, the per-age lookup and the primary readings by default', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./norms.js');
    expect(fresh.EXPENSE_ITEMS).toEqual(['rent', 'healthInsurance', 'professional', 'alimony', 'childcare', 'education', 'taxes']);
    const t = fresh.minimumVitalNorms(ON, false).fast(PRIMARY);
    expect(t.decisions.base.single![1].refusal).toBe('HOUSEHOLD_SINGLE_WITH_CHILD');
    expect(t.decisions.base['single-parent']![0].refusal).toBe('HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD');
    expect(fresh.childEntryOf(t.child, 3)).toBe(40000);
    expect(fresh.childEntryOf(t.child, 200)).toBe(-1);
    let thrown: { details?: Record<string, string> } = {};
    try {
      fresh.minimumVitalNorms('2027-01-04', false, { type: 'cohabiting-partner', childAges: [] });
    } catch (e) {
      thrown = e as typeof thrown;
    }
    // Without readings given, the primary ones: half the couple base, so baseCouple is the amount named.
    expect(thrown.details?.norm).toBe('baseCouple');
    // Without a household, the rule set is the norm named (Monday 4 January 2027: no edition in force).
    expect(fresh.noEditionError('2027-01-04', null, PRIMARY).details).toMatchObject({ ruleSet: 'seizure.minimum-vital', norm: 'seizure.minimum-vital' });
  });
});

describe('built once, and a norm file that answers a question twice or not at all', () => {
  const AFTER: SeizureReadings = { childAge: 'after-age-10', cohabitingBase: 'single-base' };

  it('each date\'s norms and each reading\'s tables are built once, whatever the order they are asked in', () => {
    expect(normsIfKnown(ON, false)).toBe(normsIfKnown(ON, false));
    expect(minimumVitalNorms('2027-01-04', true)).toBe(normsIfKnown('1900-01-01', true));
    const norms = minimumVitalNorms(ON, false);
    const primary = norms.fast(PRIMARY);
    const after = norms.fast(AFTER);
    expect(after).not.toBe(primary);
    expect(norms.fast(PRIMARY)).toBe(primary);
    expect(norms.fast(AFTER)).toBe(after);
  });

  it('the latest known edition is built once, even when a no-edition message (Monday 4 January 2027) reads its tables in between', () => {
    const before = normsIfKnown('2027-01-04', true)!;
    noEditionError('2027-01-04', { type: 'couple', childAges: [] }, PRIMARY);
    const after = normsIfKnown('2027-01-04', true)!;
    expect(after).toBe(before);
    expect(after.latest).toBe(true);
  });

  it('the tables ask the rules without their trace, and never ask whether a tax was paid (taxes never count)', () => {
    const real = minimumVitalNorms(ON, false).plan;
    const asked: { facts: Record<string, unknown>; options: unknown }[] = [];
    const spy = { ...real, run: (facts: never, options?: never) => (asked.push({ facts, options }), real.run(facts, options)) } as CompiledRuleSet;
    const t = new MinimumVitalNorms(spy, false).fast(PRIMARY);
    expect(asked.every((a) => (a.options as { trace?: boolean }).trace === false)).toBe(true);
    const taxes = asked.filter((a) => a.facts.item === 'taxes');
    expect(taxes.map((a) => a.facts.proven)).toEqual([null, null]);
    expect(t.counts.taxes).toEqual([false, false]);
    expect(t.counts.rent).toEqual([false, true]);
  });

  it('the edition names every version its parameters come from, joined by "+"', () => {
    const real = minimumVitalNorms(ON, false).plan;
    const versions = { ...real.parameters.versions, extra: { ...real.parameters.versions.baseSingle!, version: 'GE-X' } };
    const mixed = { ...real, parameters: { ...real.parameters, versions } } as CompiledRuleSet;
    expect(new MinimumVitalNorms(mixed, false).normsVersion).toBe('NI-2026+GE-X');
  });

  it('a question answered by no rule, or by two: NORM_INVALID naming the question, never a guess', () => {
    const real = minimumVitalNorms(ON, false).plan;
    for (const times of [0, 2]) {
      const broken = { ...real, run: (facts: never, options?: never) => {
        const e = real.run(facts, options);
        return { ...e, fired: Array.from({ length: times }, () => e.fired[0]!) };
      } } as CompiledRuleSet;
      let thrown: unknown;
      try {
        new MinimumVitalNorms(broken, false).fast(PRIMARY);
      } catch (e) {
        thrown = e;
      }
      // The first question the tables ask: the base of a person living alone without a minor child.
      const key = 'single|false|null|null|null|from-10th-birthday|half-couple';
      expect(thrown).toBeInstanceOf(LpNormError);
      expect(thrown).toMatchObject({
        code: 'NORM_INVALID',
        messages: { fr: `Normes du minimum vital ambiguës pour ${key}.`, en: `Ambiguous minimum-vital norms for ${key}.` },
        details: { ruleSet: 'seizure.minimum-vital', case: key },
      });
    }
  });
});
