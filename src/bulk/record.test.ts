import { describe, expect, it } from 'vitest';
import { computeMinimumVital, seizableQuota } from '../index.js';
import { LpError, LpNormError } from '../core/errors.js';
import { PlanCache, recalculateRecord, unreadable, type RecalculationOptions, type RecalculationResult } from './record.js';

// One seizure file recalculated (LP 93): the same figures as computeMinimumVital + seizableQuota, every
// problem of a record reported by path, and never an exception for a bad record.

const ON = '2026-06-01'; // Monday 1 June 2026, NI-2026
const run = (value: unknown, o: RecalculationOptions = {}, plans = new PlanCache()): RecalculationResult => recalculateRecord(value, 7, o, plans);
const issues = (r: RecalculationResult): string[] => (r.ok ? [] : (r.error.issues ?? []).map((i) => `${i.path} ${i.code}`));
const ok = (r: RecalculationResult) => {
  if (!r.ok) throw new Error(`expected a result, got ${JSON.stringify(r.error)}`);
  return r.result;
};

describe('unreadable', () => {
  it('a line that is not a complete JSON object: INVALID_RECORD with its line, in French and English', () => {
    expect(unreadable(3)).toEqual({
      line: 3,
      ok: false,
      error: { code: 'INVALID_RECORD', message: { fr: 'Ligne illisible : ce n\'est pas un objet JSON complet.', en: 'Unreadable line: not a complete JSON object.' } },
    });
    const detail = { fr: 'Ligne tronquée.', en: 'Truncated line.' };
    expect(unreadable(4, detail)).toEqual({ line: 4, ok: false, error: { code: 'INVALID_RECORD', message: detail } });
  });
});

describe('recalculateRecord — worked examples', () => {
  it('a couple with a child of 3 and a rent of 2\'200, earning 5\'000 (Monday 1 June 2026): 1\'700 + 400 + 2\'200 = 4\'300, 700 seizable', () => {
    const r = run({ id: 'GE-1', asOf: ON, household: { type: 'couple', children: [{ birthDate: '2023-01-15' }] }, expenses: { rent: '2200.00' }, netIncome: '5000.00' });
    expect(r).toMatchObject({ line: 7, id: 'GE-1', ok: true });
    expect(ok(r)).toEqual({
      asOf: ON,
      minimumVital: '4300.00',
      debtorShareOfMinimum: '4300.00',
      spouseShareOfMinimum: undefined,
      seizable: '700.00',
      incomeSeizureEndsOn: undefined,
      normsVersion: 'NI-2026',
      breakdown: { base: '1700.00', children: '400.00', rent: '2200.00', healthInsurance: undefined, professional: undefined, alimony: undefined, childcare: undefined, education: undefined },
      provenance: expect.objectContaining({ latestKnown: false }),
    });
  });

  it('every supplement in its slot; an unproven one left out; the spouse\'s share and the end of the seizure when given', () => {
    const f = {
      asOf: ON,
      household: { type: 'couple' },
      expenses: { healthInsurance: ['400.00', { amount: '99.00', proven: false }], professional: ['150.00'], alimony: '300.00', childcare: '250.00', education: '50.00', rent: { amount: '1000.00' }, rentShare: '0.5' },
      netIncome: '6000.00',
      spouseNetIncome: '4000.00',
      // Executed on Tuesday 31 March 2026: it ends on Wednesday 31 March 2027 (LP 93 al. 2).
      seizedOn: '2026-03-31',
    };
    const r = ok(run(f));
    // 1'700 + 500 (half the rent) + 400 + 150 + 300 + 250 + 50 = 3'350; the debtor's 6/10 = 2'010.
    expect(r).toMatchObject({ minimumVital: '3350.00', debtorShareOfMinimum: '2010.00', spouseShareOfMinimum: '1340.00', seizable: '3990.00', incomeSeizureEndsOn: '2027-03-31' });
    expect(r.breakdown).toEqual({ base: '1700.00', children: undefined, rent: '500.00', healthInsurance: '400.00', professional: '150.00', alimony: '300.00', childcare: '250.00', education: '50.00' });
    // The same figures as the two functions.
    const m = computeMinimumVital({ asOf: ON, household: { type: 'couple' }, expenses: f.expenses });
    const q = seizableQuota({ netIncome: f.netIncome, minimumVital: m.total, spouseNetIncome: f.spouseNetIncome, seizedOn: f.seizedOn });
    expect([r.minimumVital, r.seizable, r.debtorShareOfMinimum, r.spouseShareOfMinimum]).toEqual([m.total, q.seizable, q.debtorShareOfMinimum, q.spouseShareOfMinimum]);
  });

  it('with trace: the same figures, only the items counted, and the rules that gave them', () => {
    const f = { asOf: ON, household: { type: 'single-parent', children: [{ birthDate: '2016-06-01' }] }, expenses: { rent: '1500.00' }, netIncome: '4000.00', seizedOn: '2026-03-31' };
    const plain = ok(run(f));
    const traced = ok(run(f, { trace: true }));
    // 1'350 + 600 (10 on Monday 1 June 2026) + 1'500 = 3'450.
    expect(traced).toMatchObject({ minimumVital: '3450.00', seizable: '550.00', debtorShareOfMinimum: '3450.00', incomeSeizureEndsOn: '2027-03-31', normsVersion: 'NI-2026' });
    expect(traced.spouseShareOfMinimum).toBeUndefined();
    expect(traced.breakdown).toEqual({ base: '1350.00', children: '600.00', rent: '1500.00' });
    expect({ ...plain, breakdown: undefined }).toEqual({ ...traced, breakdown: undefined, trace: undefined });
    expect(traced.trace!.map((s) => s.rule)).toContain('seizure.minimum-vital.base-single-parent');
    expect(traced.trace!.map((s) => s.rule)).toContain('seizure.quota.seizable');
  });

  it('the batch\'s date overrides the file\'s: the same file on Tuesday 31 December 2024 gets KBKS-2009', () => {
    const f = { asOf: ON, household: { type: 'single' }, netIncome: '3000.00' };
    expect(ok(run(f)).normsVersion).toBe('NI-2026');
    expect(ok(run(f, { asOf: '2024-12-31' }))).toMatchObject({ asOf: '2024-12-31', normsVersion: 'KBKS-2009' });
  });

  it('the file\'s readings override the batch\'s one by one: a child of exactly 10 with "after-age-10" gets 400', () => {
    const f = { asOf: ON, household: { type: 'single-parent', children: [{ birthDate: '2016-06-01' }] }, netIncome: '3000.00', seizedOn: '2026-03-31' };
    const batch: RecalculationOptions = { interpretation: { childAge: 'after-age-10', incomeSeizureEnd: 'day-before' } };
    expect(ok(run(f, batch))).toMatchObject({ breakdown: { children: '400.00' }, incomeSeizureEndsOn: '2027-03-30' });
    const own = ok(run({ ...f, interpretation: { childAge: 'from-10th-birthday' } }, batch));
    // The file's childAge, the batch's incomeSeizureEnd.
    expect(own).toMatchObject({ breakdown: { children: '600.00' }, incomeSeizureEndsOn: '2027-03-30' });
    for (const trace of [false, true]) expect(ok(run({ ...f, interpretation: { incomeSeizureEnd: 'same-numbered-day' } }, { ...batch, trace }))).toMatchObject({ breakdown: { children: '400.00' }, incomeSeizureEndsOn: '2027-03-31' });
  });

  it('a year with no edition (Monday 4 January 2027): NO_NORM_IN_FORCE; the file or the batch may ask for the latest known edition, the file first', () => {
    const f = { asOf: '2027-01-04', household: { type: 'single' }, netIncome: '3000.00' };
    expect(run(f)).toMatchObject({ ok: false, error: { code: 'NO_NORM_IN_FORCE' } });
    for (const r of [run({ ...f, latestKnownNorms: true }), run(f, { latestKnownNorms: true })]) {
      expect(ok(r)).toMatchObject({ minimumVital: '1200.00', normsVersion: 'NI-2026', provenance: { latestKnown: true } });
    }
    expect(run({ ...f, latestKnownNorms: false }, { latestKnownNorms: true })).toMatchObject({ ok: false, error: { code: 'NO_NORM_IN_FORCE' } });
    // Traced, the provenance step closes the trace.
    const traced = ok(run(f, { latestKnownNorms: true, trace: true }));
    expect(traced.trace!.at(-1)!.rule).toMatch(/provenance/);
  });

  it('a minimum-vital edition but no quota rules (Monday 6 January 1992, latest known norms): the quota\'s own refusal, not the minimum-vital wording', () => {
    const r = run({ asOf: '1992-01-06', household: { type: 'single' }, netIncome: '3000.00', latestKnownNorms: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_NORM_IN_FORCE' } });
    expect(!r.ok && r.error.message.en).not.toMatch(/seizure-exemption norms/);
    expect(!r.ok && r.error.issues).toBeUndefined();
  });
});

describe('recalculateRecord — bad records', () => {
  it('a record without any date: /asOf REQUIRED with its other problems', () => {
    expect(issues(run({ household: { type: 'single' }, netIncome: '1.001', spouseNetIncome: '-1', seizedOn: '2026-02-30' }))).toEqual([
      '/asOf REQUIRED',
      '/netIncome MONEY_PRECISION',
      '/seizedOn INVALID_DATE',
      '/spouseNetIncome NEGATIVE_MONEY',
    ]);
  });

  it('a problem of the incomes is reported even when no edition covers the date (the input first)', () => {
    const r = run({ asOf: '2027-01-04', household: { type: 'single' }, netIncome: '3000.001' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' } } });
    expect(issues(r)).toEqual(['/netIncome MONEY_PRECISION']);
  });

  it('the record\'s id is kept when it is a string, and only then', () => {
    expect(run({ id: 'A-1', household: {} })).toMatchObject({ line: 7, id: 'A-1', ok: false });
    expect(run({ id: 42, asOf: ON, household: { type: 'single' }, netIncome: '1.00' }).id).toBeUndefined();
    expect(run(null).id).toBeUndefined();
    expect(run('A-1').id).toBeUndefined();
    expect(issues(run(null))).toEqual([' INVALID_TYPE']);
  });

  it('a card number as the id is refused and never repeated: the record is known by its line only', () => {
    const r = run({ id: '4111 1111 1111 1111', asOf: ON, household: { type: 'single' }, netIncome: '3000.00' });
    expect(r).toMatchObject({ line: 7, ok: false, error: { code: 'INVALID_INPUT' } });
    expect(r.id).toBeUndefined();
    expect(issues(r)).toContain('/id SENSITIVE_DATA');
    expect(JSON.stringify(r)).not.toContain('4111');
    // A card number elsewhere: the id stays.
    expect(run({ id: 'B-2', asOf: ON, household: { type: 'single' }, netIncome: '4111111111111111' }).id).toBe('B-2');
  });

  it('a contradictory household with a problem of the incomes: both at once', () => {
    const r = run({ id: 'C', asOf: ON, household: { type: 'single-parent' }, netIncome: '-5.00' });
    expect(r.id).toBe('C');
    expect(issues(r)).toEqual(['/netIncome NEGATIVE_MONEY', '/household/type HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
  });

  it('a spouse income with a minimum that holds no couple\'s base is refused', () => {
    expect(issues(run({ asOf: ON, household: { type: 'flat-share' }, netIncome: '3000.00', spouseNetIncome: '1000.00' }))).toEqual(['/spouseNetIncome SPOUSE_INCOME_WITHOUT_COUPLE_BASE']);
  });

  it('a schema problem hides no other: the household is still read, a child born after the reference date named beside it', () => {
    expect(issues(run({ asOf: ON, household: { type: 'single', children: [{ birthDate: '2030-01-01' }] }, netIncome: '1.00', extra: true }))).toEqual(['/extra UNKNOWN_PROPERTY', '/household/children/0/birthDate OUT_OF_RANGE']);
    // As computeMinimumVital: an impossible date beside a wrong list item, each item named where it was given.
    const list = run({ asOf: '2026-02-30', household: { type: 'couple' }, expenses: { healthInsurance: [null, '1.234', true, '-3'] }, netIncome: '1.00' });
    expect(issues(list)).toEqual([
      '/expenses/healthInsurance/0 INVALID_TYPE',
      '/expenses/healthInsurance/2 INVALID_TYPE',
      '/asOf INVALID_DATE',
      '/expenses/healthInsurance/1 MONEY_PRECISION',
      '/expenses/healthInsurance/3 NEGATIVE_MONEY',
    ]);
    // A contradiction of the household beside an unrelated wrong field; none when its facts are the wrong field.
    expect(issues(run({ asOf: ON, household: { type: 'single', children: [{ birthDate: '2020-01-01' }] }, expenses: { rent: true }, netIncome: '1.00' }))).toEqual(['/expenses/rent INVALID_TYPE', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issues(run({ asOf: ON, household: { type: 'single-parent', children: 5 }, netIncome: '1.00' }))).toEqual(['/household/children INVALID_TYPE']);
    // Without a date (the file's or the batch's), or with one the schema refuses, the amounts and birth dates are still read.
    const undated = { household: { type: 'single', children: [{ birthDate: '2020-02-30' }] }, netIncome: '-1', expenses: { rent: '1.001' } };
    expect(issues(run(undated))).toEqual(['/asOf REQUIRED', '/netIncome NEGATIVE_MONEY', '/household/children/0/birthDate INVALID_DATE', '/expenses/rent MONEY_PRECISION']);
    expect(issues(run({ ...undated, asOf: '31.12.2026' }))).toEqual(['/asOf INVALID_DATE', '/netIncome NEGATIVE_MONEY', '/household/children/0/birthDate INVALID_DATE', '/expenses/rent MONEY_PRECISION']);
    // Found by review: no household, or a null one, hid every amount.
    expect(issues(run({ netIncome: '-5', spouseNetIncome: '1.001', expenses: { rent: '-1' } }))).toEqual([
      '/household REQUIRED',
      '/asOf REQUIRED',
      '/netIncome NEGATIVE_MONEY',
      '/spouseNetIncome MONEY_PRECISION',
      '/expenses/rent NEGATIVE_MONEY',
    ]);
    expect(issues(run({ asOf: ON, household: null, netIncome: '-5', expenses: { rent: '1.001' } }))).toEqual(['/household INVALID_TYPE', '/netIncome NEGATIVE_MONEY', '/expenses/rent MONEY_PRECISION']);
    // A wrong reading is one of the household's facts: a child born on 29 February 2008 is 18 on Thursday 28 February
    // 2026 under one reading and not under the other, so no contradiction is said until the reading is right.
    const leap = { asOf: '2026-02-28', household: { type: 'single', children: [{ birthDate: '2008-02-29' }] }, netIncome: '1.00' };
    expect(issues(run({ ...leap, interpretation: { leapDayBirthday: 'x' } }))).toEqual(['/interpretation/leapDayBirthday INVALID_VALUE']);
    // Beside a wrong field, the household is judged under the readings and norms the record would get:
    // the batch's reading, the file's over it, and the latest known norms when asked.
    const adult = { ...leap, extra: 1 }; // 18 on Thursday 28 February 2026 only under 'february-28'
    expect(issues(run(adult))).toEqual(['/extra UNKNOWN_PROPERTY', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issues(run(adult, { interpretation: { leapDayBirthday: 'february-28' } }))).toEqual(['/extra UNKNOWN_PROPERTY']);
    expect(issues(run({ ...adult, interpretation: { leapDayBirthday: 'february-28' } }))).toEqual(['/extra UNKNOWN_PROPERTY']);
    expect(issues(run({ ...adult, interpretation: { leapDayBirthday: 'february-28' } }, { interpretation: { childAge: 'after-age-10' } }))).toEqual(['/extra UNKNOWN_PROPERTY']);
    expect(issues(run({ ...adult, interpretation: { leapDayBirthday: 'march-1' } }, { interpretation: { leapDayBirthday: 'february-28' } }))).toEqual(['/extra UNKNOWN_PROPERTY', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    const later = { asOf: '2031-06-02', household: { type: 'single', children: [{ birthDate: '2025-01-01' }] }, netIncome: '1.00', extra: 1 }; // Monday 2 June 2031: no edition
    expect(issues(run(later))).toEqual(['/extra UNKNOWN_PROPERTY']);
    expect(issues(run({ ...later, latestKnownNorms: true }))).toEqual(['/extra UNKNOWN_PROPERTY', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issues(run(later, { latestKnownNorms: true }))).toEqual(['/extra UNKNOWN_PROPERTY', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    expect(issues(run({ ...later, latestKnownNorms: false }, { latestKnownNorms: true }))).toEqual(['/extra UNKNOWN_PROPERTY']);
    // A malformed spouse income is its own issue, not also a couple contradiction, with or without another wrong field.
    expect(issues(run({ asOf: ON, household: { type: 'single' }, netIncome: '1.00', spouseNetIncome: 'abc' }))).toEqual(['/spouseNetIncome INVALID_MONEY']);
    expect(issues(run({ asOf: ON, household: { type: 'single' }, netIncome: '1.00', spouseNetIncome: 'abc', extra: 1 }))).toEqual(['/extra UNKNOWN_PROPERTY', '/spouseNetIncome INVALID_MONEY']);
  });
});

describe('PlanCache', () => {
  it('one plan per date, readings and latest-known choice; asked again, the same plan', () => {
    const plans = new PlanCache();
    const a = plans.get(ON, undefined, false);
    expect(plans.get(ON, undefined, false)).toBe(a);
    expect(plans.get(ON, {}, false)).toBe(a);
    const older = plans.get('2024-06-03', undefined, false);
    expect(older.normsVersion).toBe('KBKS-2009');
    expect(plans.get(ON, undefined, false)).toBe(a);
    const late = plans.get(ON, undefined, true);
    expect(late).not.toBe(a);
    expect(plans.get(ON, undefined, false)).toBe(a);
  });

  it('a reading changes the plan, each reading its own: child age, cohabiting base, end of the seizure', () => {
    const plans = new PlanCache();
    const child = { type: 'single-parent' as const, childAges: [10] };
    const cohabiting = { type: 'cohabiting-partner' as const, childAges: [] };
    const base = plans.get(ON, undefined, false);
    expect(base.baseDecision(child).centimes).toBe(135000);
    const household = (h: { type: 'single-parent' | 'cohabiting-partner'; childAges: number[] }) => ({ ...h, rent: null, rentShare: { num: 1, den: 1 }, expenses: [], taxes: null });
    expect(plans.get(ON, { childAge: 'after-age-10' }, false).minimumVital(household(child))).toBe(175000);
    expect(plans.get(ON, { cohabitingBase: 'single-base' }, false).minimumVital(household(cohabiting))).toBe(120000);
    expect(plans.get(ON, { incomeSeizureEnd: 'day-before' }, false).incomeSeizureEnd(100)).toBe(base.incomeSeizureEnd(100) - 1);
    expect(plans.get(ON, undefined, false).minimumVital(household(child))).toBe(195000);
  });
});

describe('recalculateRecord — what the law does not let a bad record change', () => {
  it('a single parent whose only child is born after the reference date: that date is the problem, not the household type', () => {
    // Born Tuesday 2 June 2026, the day after the reference date: no minor child can be counted yet.
    const r = run({ asOf: ON, household: { type: 'single-parent', children: [{ birthDate: '2026-06-02' }] }, netIncome: '3000.00' });
    expect(issues(r)).toEqual(['/household/children/0/birthDate OUT_OF_RANGE']);
  });

  it('a card number in the id and another problem: the id is still withheld', () => {
    const r = run({ id: '4111111111111111', asOf: ON, household: { type: 'single' }, netIncome: '1.001' });
    expect(r.id).toBeUndefined();
    expect(issues(r)).toContain('/id SENSITIVE_DATA');
    expect(JSON.stringify(r)).not.toContain('4111111111111111');
  });

  it('no value at all is a bad record, not an exception', () => {
    expect(run(undefined)).toMatchObject({ line: 7, ok: false, error: { code: 'INVALID_INPUT' } });
    expect(run(undefined).id).toBeUndefined();
  });

  it('a year with no edition names the household\'s own base under the record\'s reading: cohabitants with the single-base reading → baseSingle', () => {
    const f = { asOf: '2027-01-04', household: { type: 'cohabiting-partner' }, netIncome: '3000.00' };
    const own = run({ ...f, interpretation: { cohabitingBase: 'single-base' } });
    expect(!own.ok && own.error.message.en).toContain('baseSingle)');
    const primary = run(f);
    expect(!primary.ok && primary.error.message.en).toContain('baseCouple)');
  });

  it('a plan cache bound to loaded norms applies them: the NI-2027 draft on Monday 4 January 2027', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadNorms } = await import('../rules/norms.js');
    const content = JSON.parse(readFileSync(new URL('../../examples/norms/NI-2027.draft.json', import.meta.url), 'utf8'));
    const plans = new PlanCache(loadNorms([{ name: 'NI-2027.draft.json', content }]));
    expect(plans.get('2027-01-04', undefined, false).normsVersion).toBe('NI-2027');
    expect(ok(run({ asOf: '2027-01-04', household: { type: 'single' }, netIncome: '3000.00' }, {}, plans)).normsVersion).toBe('NI-2027');
  });

  it('the module\'s own wording and shapes, read from a fresh import (code that runs at import is then tested too)', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./record.js');
    expect((fresh.unreadable(1) as { error: { message: unknown } }).error.message).toEqual({ fr: 'Ligne illisible : ce n\'est pas un objet JSON complet.', en: 'Unreadable line: not a complete JSON object.' });
    const plans = new fresh.PlanCache();
    const bad = fresh.recalculateRecord({ asOf: ON, household: { type: 'single' }, netIncome: 'x' }, 2, {}, plans);
    expect(bad).toEqual({ line: 2, id: undefined, ok: false, error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' }, issues: [expect.objectContaining({ path: '/netIncome', code: 'INVALID_MONEY' })] } });
    const good = fresh.recalculateRecord({ asOf: ON, household: { type: 'single' }, expenses: { rent: '1000.00' }, netIncome: '3000.00' }, 3, {}, plans);
    expect(good.ok && good.result.breakdown).toEqual({ base: '1200.00', children: undefined, rent: '1000.00', healthInsurance: undefined, professional: undefined, alimony: undefined, childcare: undefined, education: undefined });
  });
});

describe('recalculateRecord — what a failing plan gives', () => {
  // A cache whose plan fails as given: each failure is either the record's answer or, a bug, thrown.
  class Failing extends PlanCache {
    constructor(private readonly error: unknown) {
      super();
    }
    override get(): never {
      throw this.error;
    }
  }
  const file = { id: 'F', asOf: ON, household: { type: 'single' }, netIncome: '3000.00' };
  const message = { fr: 'Message propre.', en: 'Its own message.' };

  it('a norm error other than a missing minimum-vital edition keeps its own code and wording', () => {
    const own = (e: LpError) => run(file, {}, new Failing(e));
    // The quota rules missing (not the minimum vital): not the minimum-vital edition list.
    expect(own(new LpNormError('NO_NORM_IN_FORCE', message, { ruleSet: 'seizure.quota' }))).toEqual({ line: 7, id: 'F', ok: false, error: { code: 'NO_NORM_IN_FORCE', message } });
    // A broken minimum-vital norm file is not "no edition".
    expect(own(new LpNormError('NORM_INVALID', message, { ruleSet: 'seizure.minimum-vital' }))).toEqual({ line: 7, id: 'F', ok: false, error: { code: 'NORM_INVALID', message } });
    // An LpError with that code but no norm details: its own wording.
    expect(own(new LpError('NO_NORM_IN_FORCE', message))).toEqual({ line: 7, id: 'F', ok: false, error: { code: 'NO_NORM_IN_FORCE', message } });
  });

  it('a missing minimum-vital edition names the editions known and the household\'s own base (Monday 1 June 2026 as if uncovered)', () => {
    const r = run(file, {}, new Failing(new LpNormError('NO_NORM_IN_FORCE', message, { ruleSet: 'seizure.minimum-vital' })));
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_NORM_IN_FORCE' } });
    expect(!r.ok && r.error.message.en).toContain('baseSingle)');
  });

  it('anything else is a bug, not a bad record: thrown, never dressed as an answer', () => {
    const bug = new TypeError('a bug');
    expect(() => run(file, {}, new Failing(bug))).toThrow(bug);
  });
});

describe('recalculateRecord — a record the schema refuses still has every amount checked', () => {
  // An unknown household type stops the reading; the incomes and expenses are checked all the same,
  // in each place an amount may stand (a plain amount or { amount }, alone or in a list), each once.
  const refused = { id: 'S', asOf: ON, household: { type: 'famille' } };
  const amounts = (r: RecalculationResult): string[] => issues(r).filter((p) => !p.startsWith('/household'));

  it('incomes and every expense slot, strings and numbers', () => {
    const r = run({
      ...refused,
      netIncome: -5,
      spouseNetIncome: '1.001',
      expenses: {
        rent: { amount: '-1.00', proven: true },
        alimony: 'abc',
        childcare: 2.001,
        education: { amount: -3 },
        taxes: '1.001',
        healthInsurance: [{ amount: '-4.00' }, '5.001'],
        professional: ['x'],
      },
    });
    expect(r).toMatchObject({ line: 7, id: 'S', ok: false, error: { code: 'INVALID_INPUT' } });
    expect(issues(r).some((p) => p.startsWith('/household/type '))).toBe(true);
    expect(amounts(r)).toEqual([
      '/netIncome NEGATIVE_MONEY',
      '/spouseNetIncome MONEY_PRECISION',
      '/expenses/rent/amount NEGATIVE_MONEY',
      '/expenses/alimony INVALID_MONEY',
      '/expenses/childcare MONEY_PRECISION',
      '/expenses/education/amount NEGATIVE_MONEY',
      '/expenses/healthInsurance/0/amount NEGATIVE_MONEY',
      '/expenses/healthInsurance/1 MONEY_PRECISION',
      '/expenses/professional/0 INVALID_MONEY',
      '/expenses/taxes MONEY_PRECISION',
    ]);
  });

  it('sound amounts add nothing; expenses that are not an object of slots are the schema\'s alone', () => {
    const fine = { ...refused, netIncome: '3000.00', expenses: { rent: { amount: '1000.00' }, taxes: 200, professional: ['10.00'] } };
    expect(amounts(run(fine))).toEqual([]);
    expect(amounts(run({ ...refused, netIncome: '3000.00', expenses: null }))).toEqual(['/expenses INVALID_TYPE']);
    expect(amounts(run({ ...refused, netIncome: '3000.00', expenses: ['-1.00'] }))).toEqual(['/expenses INVALID_TYPE']);
    // No amount at all in a slot (null): the schema's problem, nothing to read an amount from.
    expect(amounts(run({ ...refused, netIncome: '3000.00', expenses: { rent: null } })).every((p) => p.startsWith('/expenses/rent '))).toBe(true);
  });

  it('an amount already named (a card number) is not reported a second time', () => {
    const r = run({ ...refused, netIncome: '4111 1111 1111 1111', expenses: { rent: { amount: '4111 1111 1111 1111' } } });
    expect(amounts(r)).toEqual(['/netIncome SENSITIVE_DATA', '/expenses/rent/amount SENSITIVE_DATA']);
    expect(r.id).toBe('S');
  });

  it('a blank id is a problem of the id, and still the record\'s name (only a card number is withheld)', () => {
    const r = run({ id: ' ', asOf: ON, household: { type: 'single' }, netIncome: '3000.00' });
    expect(issues(r)).toEqual(['/id INVALID_FORMAT']);
    expect(r.id).toBe(' ');
  });
});
