import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownNormError } from '../../test/support/thrown.js';
import { formatIsoDate, parseIsoDate } from '../core/dates.js';
import { evaluate } from '../engines/evaluator/reference.js';
import type { RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';
import { getRuleSet } from './index.js';
import { coverageText, coveredPeriods, hasVersion, resolveParameters, rulesInForce, versionAt } from './parameters.js';
import { defineRuleSet } from './rule-set.js';

// Dated parameters and dated rule versions: which version applies on a reference date (both ends of a
// validity period included), the latest known version when no date is given, and NO_NORM_IN_FORCE.

const normError = thrownNormError;

// --- the Geneva seizure-exemption norms (built-in data) ----------------------------------------------

describe('versionAt on the monthly base amount of a debtor living alone (NI, ch. I.1)', () => {
  // History: the federal guidelines of 1 July 2009 until 31 Dec 2024, then the Geneva NI 2025, NI 2026.
  const history = getRuleSet('seizure.minimum-vital').parameters.baseSingle!.values;

  it.each([
    ['Wednesday 1 July 2009, first day of the 2009 guidelines', '2009-07-01', 'KBKS-2009'],
    ['Tuesday 31 December 2024, their last day', '2024-12-31', 'KBKS-2009'],
    ['Wednesday 1 January 2025, first day of NI 2025', '2025-01-01', 'NI-2025'],
    ['Wednesday 31 December 2025, last day of NI 2025', '2025-12-31', 'NI-2025'],
    ['Thursday 1 January 2026, first day of NI 2026', '2026-01-01', 'NI-2026'],
    ['Thursday 31 December 2026, last day of NI 2026', '2026-12-31', 'NI-2026'],
  ])('%s: %s → %s', (_name, asOf, version) => {
    const v = versionAt(history, asOf);
    expect(v?.version).toBe(version);
    expect(v?.value).toBe('1200.00'); // CHF 1'200 in all three editions
  });

  it('Tuesday 30 June 2009 (the day before the first version) and Friday 1 January 2027 (after NI 2026): none', () => {
    expect(versionAt(history, '2009-06-30')).toBeUndefined();
    expect(versionAt(history, '2027-01-01')).toBeUndefined();
  });

  it('without a reference date: the latest known version, even past its last day', () => {
    expect(versionAt(history, null)?.version).toBe('NI-2026');
    expect(versionAt(history, null)?.validTo).toBe('2026-12-31');
  });
});

describe('resolveParameters on seizure.minimum-vital', () => {
  const set = getRuleSet('seizure.minimum-vital');

  it('Wednesday 1 January 2025: every parameter in force that day, with the version applied', () => {
    const p = resolveParameters(set, '2025-01-01');
    expect(p.asOf).toBe('2025-01-01');
    expect(p.values).toMatchObject({
      baseSingle: '1200.00',
      baseSingleParent: '1350.00',
      baseCouple: '1700.00',
      childYounger: '400.00',
      childOlder: '600.00',
      childAgeThreshold: 10,
      adultAge: 18, // CC 14, in force since 1996: one version, open-ended
    });
    expect(p.versions.baseSingle).toMatchObject({ version: 'NI-2025', validFrom: '2025-01-01', validTo: '2025-12-31' });
    expect(p.versions.baseSingle!.citation.document).toMatch(/Normes d'insaisissabilité 2025/);
    expect(p.versions.adultAge).toMatchObject({ validFrom: '1996-01-01', citation: { document: 'CC', article: '14' } });
    expect(Object.keys(p.values)).toEqual(Object.keys(set.parameters));
  });

  it('no reference date: the latest known version of each parameter, and asOf stays null', () => {
    const p = resolveParameters(set, null);
    expect(p.asOf).toBeNull();
    expect(p.versions.baseSingle!.version).toBe('NI-2026');
    expect(p.versions.adultAge!.validFrom).toBe('1996-01-01');
  });

  it.each([
    ['Friday 1 January 2027, no NI 2027 yet', '2027-01-01', ['cohabitingShareOfCoupleBase', 'adultAge']],
    ['Tuesday 30 June 2009, before the 2009 guidelines', '2009-06-30', ['adultAge']],
  ])('%s: resolved without error; only the parameters in force are listed, and reading another throws NO_NORM_IN_FORCE', (_name, asOf, listed) => {
    const p = resolveParameters(set, asOf);
    expect(Object.keys(p.values)).toEqual(listed);
    expect(Object.keys(p.versions)).toEqual(listed);
    expect(hasVersion(p, 'adultAge')).toBe(true);
    expect(hasVersion(p, 'baseCouple')).toBe(false);
    expect(p.values.adultAge).toBe(18);
    for (const read of [() => p.values.baseCouple, () => p.versions.baseCouple]) {
      const e = normError(read);
      expect(e.code).toBe('NO_NORM_IN_FORCE');
      // The parameter the question needs, its family and the dates its versions cover.
      expect(e.details).toEqual({ ruleSet: 'seizure.minimum-vital', norm: 'baseCouple', asOf, coveredFrom: '2009-07-01', coveredTo: '2026-12-31' });
      expect(e.messages.fr).toBe(
        `Aucune version du paramètre « Montant de base mensuel, couple marié, partenaires enregistrés ou couple avec enfants » (baseCouple) de « Minimum vital (normes d'insaisissabilité de Genève) » (NI (rsGE E 3 60.04), 2025, 2026 ; lignes directrices fédérales 2009 avant) n'est en vigueur le ${asOf} ; les versions connues couvrent la période du 2009-07-01 au 2026-12-31.`,
      );
      expect(e.messages.en).toBe(
        `No version of parameter "Monthly base amount, married couple, registered partners or couple with children" (baseCouple) of "Minimum for subsistence (Geneva seizure-exemption norms)" (NI (rsGE E 3 60.04), 2025, 2026 ; lignes directrices fédérales 2009 avant) is in force on ${asOf}; the known versions cover 2009-07-01 to 2026-12-31.`,
      );
      expect(e.message).toBe(e.messages.en);
    }
  });
});

describe('coveredPeriods and coverageText: the dates a history covers, for the messages', () => {
  const v = (validFrom: string, validTo?: string) => ({ validFrom, ...(validTo ? { validTo } : {}) });

  it('adjacent versions merge (the next starts the day after the last ends); a gap keeps two periods', () => {
    expect(coveredPeriods([v('2025-01-01', '2025-12-31'), v('2026-01-01', '2026-12-31')])).toEqual([{ from: '2025-01-01', to: '2026-12-31' }]);
    expect(coveredPeriods([v('2025-01-01', '2025-12-31'), v('2026-01-02')])).toEqual([
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-02', to: null },
    ]);
    expect(coverageText([v('2025-01-01', '2025-12-31'), v('2026-01-02')])).toEqual({ fr: 'du 2025-01-01 au 2025-12-31 et dès le 2026-01-02', en: '2025-01-01 to 2025-12-31 and from 2026-01-02' });
  });

  it('an open-ended version covers what follows; an overlap keeps the later end; order of the file does not matter', () => {
    expect(coveredPeriods([v('2026-03-01'), v('2027-01-01', '2027-06-30')])).toEqual([{ from: '2026-03-01', to: null }]);
    expect(coveredPeriods([v('2026-06-01', '2026-12-31'), v('2026-01-01', '2026-07-31')])).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(coveredPeriods([v('2026-01-01', '2026-12-31'), v('2026-02-01', '2026-03-31')])).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(coveredPeriods([v('2026-01-01', '2026-06-30'), v('2026-06-01')])).toEqual([{ from: '2026-01-01', to: null }]);
    expect(coverageText([v('2024-01-01', '2024-01-31'), v('2024-03-01', '2024-03-31'), v('2024-05-01')]).fr).toBe('du 2024-01-01 au 2024-01-31, du 2024-03-01 au 2024-03-31 et dès le 2024-05-01');
    expect(coverageText([v('2026-03-01')])).toEqual({ fr: 'dès le 2026-03-01', en: 'from 2026-03-01' });
    // Three versions out of order, two starting the same day (rules do): sorted, merged, the gap kept.
    expect(coveredPeriods([v('2026-07-01'), v('2026-01-01', '2026-03-31'), v('2026-05-01', '2026-06-30'), v('2026-01-01', '2026-02-15')])).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-05-01', to: null },
    ]);
  });
});

// --- dated rule versions (a demo tariff) ----------------------------------------------------------------

const cite = { document: 'Tarif démo', article: '1' };
const text = (s: string) => ({ fr: `${s} (fr)`, en: `${s} (en)` });

function rule(id: string, validFrom: string, validTo?: string): RuleDefinition {
  return {
    id,
    title: text(id),
    citation: cite,
    validFrom,
    ...(validTo !== undefined ? { validTo } : {}),
    conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
    event: { type: 'ABOVE_LIMIT', params: { message: text('above') } },
    satisfied: text('within'),
  };
}

/**
 * demo.fees: the ceiling goes from CHF 1000 to CHF 1500 on Wednesday 1 July 2026; a fee parameter is
 * unchanged; rule `old` is replaced by rule `new` on that day; rule `always` applies throughout.
 */
function demoSet(rules: RuleDefinition[] = [
  rule('demo.fees.old', '2026-01-01', '2026-06-30'),
  rule('demo.fees.new', '2026-07-01'),
  rule('demo.fees.always', '2026-01-01'),
]): RuleSetDefinition {
  return {
    id: 'demo.fees',
    title: text('Demo'),
    source: { document: 'Tarif démo', title: text('Tarif'), edition: '2026' },
    facts: { amount: { kind: 'decimal', nullable: false, description: text('amount') } },
    parameters: {
      limit: {
        kind: 'decimal',
        description: text('limit'),
        values: [
          { validFrom: '2026-01-01', validTo: '2026-06-30', value: '1000.00', citation: cite },
          { validFrom: '2026-07-01', value: '1500.00', citation: cite },
        ],
      },
      fee: { kind: 'decimal', description: text('fee'), values: [{ validFrom: '2026-01-01', value: '2.50', citation: cite }] },
    },
    rules,
  };
}
const ids = (rs: readonly RuleDefinition[]): string[] => rs.map((r) => r.id);

describe('rulesInForce with a date: the rule versions whose period covers it, in file order', () => {
  const set = defineRuleSet(demoSet()); // the demo is a sound norm file

  it.each([
    ['Thursday 1 January 2026, first day', '2026-01-01', ['demo.fees.old', 'demo.fees.always']],
    ['Tuesday 30 June 2026, last day of `old`', '2026-06-30', ['demo.fees.old', 'demo.fees.always']],
    ['Wednesday 1 July 2026, first day of `new`', '2026-07-01', ['demo.fees.new', 'demo.fees.always']],
  ])('%s', (_name, asOf, expected) => {
    expect(ids(rulesInForce(set, asOf))).toEqual(expected);
  });

  it('Wednesday 31 December 2025, before any rule: NO_NORM_IN_FORCE naming the rules of the family', () => {
    const e = normError(() => rulesInForce(set, '2025-12-31'));
    expect(e.code).toBe('NO_NORM_IN_FORCE');
    expect(e.details).toEqual({ ruleSet: 'demo.fees', norm: 'demo.fees', asOf: '2025-12-31', coveredFrom: '2026-01-01', coveredTo: '' });
    expect(e.messages.fr).toBe("Aucune version des règles de « Demo (fr) » (Tarif démo, 2026) n'est en vigueur le 2025-12-31 ; les versions connues couvrent la période dès le 2026-01-01.");
    expect(e.messages.en).toBe('No version of the rules of "Demo (en)" (Tarif démo, 2026) is in force on 2025-12-31; the known versions cover from 2026-01-01.');
  });

  it('through evaluate: parameters in force but no rule yet (Saturday 28 February 2026, rules from Sunday 1 March)', () => {
    const late = defineRuleSet(demoSet([rule('demo.fees.late', '2026-03-01')]));
    const e = normError(() => evaluate(late, { amount: '1200.00' }, { asOf: '2026-02-28' }));
    expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'demo.fees', norm: 'demo.fees', asOf: '2026-02-28' } });
    // Sunday 1 March 2026: in force, and CHF 1200 is above the CHF 1000 ceiling.
    expect(evaluate(late, { amount: '1200.00' }, { asOf: '2026-03-01' }).fired.map((f) => f.rule.id)).toEqual(['demo.fees.late']);
  });
});

describe('rulesInForce without a date: the rules in force on the latest day a rule version starts', () => {
  it('a replaced version is left out (`old` ends before `new` starts)', () => {
    expect(ids(rulesInForce(demoSet(), null))).toEqual(['demo.fees.new', 'demo.fees.always']);
  });

  it('a version with an end date that nothing replaces is still the latest known one', () => {
    const set = demoSet([rule('demo.fees.until-2026', '2026-01-01', '2026-12-31'), rule('demo.fees.always', '2026-01-01')]);
    expect(ids(rulesInForce(set, null))).toEqual(['demo.fees.until-2026', 'demo.fees.always']);
    // Even when every rule has ended: the latest known version, where a date after the end finds none.
    const ended = demoSet([rule('demo.fees.only', '2026-01-01', '2026-12-31')]);
    expect(ids(rulesInForce(ended, null))).toEqual(['demo.fees.only']);
    expect(normError(() => rulesInForce(ended, '2027-01-01')).code).toBe('NO_NORM_IN_FORCE'); // Fri 1 Jan 2027
  });

  it('a version ending on the day another starts is in force on that day, so it is kept', () => {
    // `a` until Tue 30 June 2026, `b` from Tue 30 June 2026: both apply on 30 June, the latest start.
    const set = demoSet([rule('demo.fees.a', '2026-01-01', '2026-06-30'), rule('demo.fees.b', '2026-06-30')]);
    expect(ids(rulesInForce(set, null))).toEqual(['demo.fees.a', 'demo.fees.b']);
    expect(ids(rulesInForce(set, '2026-06-30'))).toEqual(['demo.fees.a', 'demo.fees.b']);
    expect(ids(rulesInForce(set, '2026-07-01'))).toEqual(['demo.fees.b']); // Wed 1 July 2026
  });

  it('property: rulesInForce(set, null) equals rulesInForce(set, the latest validFrom of any rule)', () => {
    const first = parseIsoDate('2026-01-01')!;
    const version = fc.record({ start: fc.nat({ max: 12 }), length: fc.option(fc.nat({ max: 8 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 6 }), (versions) => {
        const rules = versions.map((v, i) =>
          rule(`demo.fees.r${i}`, formatIsoDate(first + v.start), v.length === undefined ? undefined : formatIsoDate(first + v.start + v.length)),
        );
        const set = demoSet(rules);
        const latestStart = rules.map((r) => r.validFrom).sort().at(-1)!;
        expect(ids(rulesInForce(set, null))).toEqual(ids(rulesInForce(set, latestStart)));
      }),
    );
  });
});


describe('parameters resolve one by one: a question fails only on a parameter it reads', () => {
  // demo.fees with a `surcharge` that starts only on Wed 1 July 2026; the rule `always` reads `limit` only.
  const withLateParameter = (rules: RuleDefinition[]): RuleSetDefinition => {
    const set = demoSet(rules);
    set.parameters.surcharge = { kind: 'decimal', description: text('surcharge'), values: [{ validFrom: '2026-07-01', value: '5.00', citation: cite }] };
    return set;
  };
  const readsSurcharge: RuleDefinition = {
    ...rule('demo.fees.surcharged', '2026-01-01'),
    conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.surcharge' } }] },
  };

  it('Sunday 1 March 2026: a rule that does not read the missing parameter is evaluated, by both evaluators', async () => {
    const set = defineRuleSet(withLateParameter([rule('demo.fees.always', '2026-01-01')]));
    const compiled = evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01' });
    expect(compiled.fired.map((f) => f.rule.id)).toEqual(['demo.fees.always']);
    // The parameters step lists the versions applied, not the parameter without one.
    expect(Object.keys(compiled.trace[0]!.values!)).not.toContain('surcharge');
    const reference = await evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01', engine: 'reference' });
    expect(reference.fired.map((f) => f.rule.id)).toEqual(['demo.fees.always']);
  });

  it('a rule in force that reads it throws NO_NORM_IN_FORCE naming it, when evaluated; on Wed 1 July 2026 it is in force', async () => {
    const set = defineRuleSet(withLateParameter([readsSurcharge]));
    const e = normError(() => evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01' }));
    expect(e.details).toEqual({ ruleSet: 'demo.fees', norm: 'surcharge', asOf: '2026-03-01', coveredFrom: '2026-07-01', coveredTo: '' });
    await expect(evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01', engine: 'reference' })).rejects.toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { norm: 'surcharge' } });
    expect(evaluate(set, { amount: '1200.00' }, { asOf: '2026-07-01' }).fired.map((f) => f.rule.id)).toEqual(['demo.fees.surcharged']);
  });

  it('a rule that short-circuits before the missing parameter is evaluated, and its trace shows the parameter as null', async () => {
    const guarded: RuleDefinition = {
      ...rule('demo.fees.guarded', '2026-01-01'),
      conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: '5000.00' }, { fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.surcharge' } }] },
    };
    const set = defineRuleSet(withLateParameter([guarded]));
    const r = evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01' });
    expect(r.fired).toEqual([]);
    expect(r.trace[1]!.values).toEqual({ fired: false, amount: '1200.00', 'params.surcharge': null });
    // json-rules-engine reads every leaf of an `all` (in parallel), so the reference evaluator refuses it.
    await expect(evaluate(set, { amount: '1200.00' }, { asOf: '2026-03-01', engine: 'reference' })).rejects.toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { norm: 'surcharge' } });
  });
});
