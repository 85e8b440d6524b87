import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../core/dates.js';
import { normsCurrency, parametersInForce } from './currency.js';
import { getRuleSet } from './index.js';
import { loadNorms } from './norms.js';
import { versionAt } from './parameters.js';

const family = 'seizure.minimum-vital';
const edition = (over: Record<string, unknown>) => ({
  name: 'NI-2027.json',
  content: {
    family, edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31', verifiedOn: '2026-12-05',
    source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027" }, values: {}, ...over,
  },
});
const check = (sets: ReturnType<typeof getRuleSet>[], asOf: string) => normsCurrency(sets, asOf).find((f) => f.family === family)!;

describe('normsCurrency', () => {
  it('finds no problem on a date an official edition verified within the year is in force', () => {
    // Friday 4 December 2026: NI-2026, official, checked on 5 December 2026 against the office's page.
    expect(check([getRuleSet(family)], '2026-12-04')).toEqual({ family, title: getRuleSet(family).title, edition: 'NI-2026', status: 'official', verifiedOn: '2026-12-05', problems: [] });
  });

  it('says when no edition is in force, and that only a carry-forward would apply one', () => {
    // Monday 4 January 2027: NI-2026 ended on Thursday 31 December 2026.
    const c = check([getRuleSet(family)], '2027-01-04');
    expect(c.problems.map((p) => p.code)).toEqual(['NO_EDITION_IN_FORCE']);
    expect(c.problems[0]!.message.fr).toBe(
      "Aucune édition en vigueur le 2027-01-04 ; seule la reprise de la dernière connue (NI-2026, option latestKnownNorms) s'appliquerait. Chargez l'édition de l'année (--norms).",
    );
  });

  it('flags a provisional edition, and clears once it is adopted as official', () => {
    const draft = loadNorms([edition({})]).family(family)!;
    expect(check([draft], '2027-01-04')).toMatchObject({ edition: 'NI-2027', status: 'provisional', problems: [{ code: 'PROVISIONAL', message: { en: 'Edition NI-2027 is provisional (NI-2027.json): to be confirmed by the official text.' } }] });
    const adopted = loadNorms([edition({ status: 'official' })]).family(family)!;
    expect(check([adopted], '2027-01-04').problems).toEqual([]);
  });

  it('flags values not verified for more than twelve months, counted back from the date', () => {
    const old = loadNorms([edition({ status: 'official', verifiedOn: '2026-01-03' })]).family(family)!;
    // Sunday 3 January 2027 is twelve months after Saturday 3 January 2026: still within; Monday 4 January is not.
    expect(check([old], '2027-01-03').problems).toEqual([]);
    expect(check([old], '2027-01-04').problems.map((p) => p.message.en)).toEqual(['Verified on 2026-01-03, more than 12 months ago.']);
  });

  it('takes the edition in force from the family\'s editions list: a superseding edition wins over its own period only', () => {
    const family2 = loadNorms([edition({ validFrom: '2026-07-01', supersedes: 'NI-2026' })]).family(family)!;
    // Tuesday 30 June 2026 is still NI-2026; from Wednesday 1 July 2026 the draft replaces it.
    expect(check([family2], '2026-06-30')).toMatchObject({ edition: 'NI-2026', status: 'official', verifiedOn: '2026-12-05' });
    expect(check([family2], '2026-07-01')).toMatchObject({ edition: 'NI-2027', status: 'provisional', verifiedOn: '2026-12-05' });
  });

  it('names the same edition as the values in force, on any day from 2009 to 2031 (the list and the versions agree)', () => {
    const sets = [getRuleSet(family), loadNorms([edition({})]).family(family)!, loadNorms([edition({ validFrom: '2026-07-01', supersedes: 'NI-2026' })]).family(family)!];
    const start = parseIsoDate('2009-01-01')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8400 }), fc.constantFrom(...sets), (offset, set) => {
        const day = formatIsoDate(start + offset);
        const version = versionAt(set.parameters.baseSingle!.values, day)?.version;
        const c = normsCurrency([set], day)[0]!;
        if (version === undefined) expect(c.problems.map((p) => p.code)).toContain('NO_EDITION_IN_FORCE');
        else expect(c.edition).toBe(version);
      }),
    );
  });

  it('a family whose dated values carry a version but that has no editions (LP 8a\'s 2019 and 2026 texts) is judged by its source', () => {
    // Monday 7 December 2026: lp.procedure was checked on Sunday 6 December 2026; "2026" is a text version, not an edition.
    const c = normsCurrency([getRuleSet('lp.procedure')], '2026-12-07')[0]!;
    expect(c).toMatchObject({ edition: getRuleSet('lp.procedure').source.edition, status: 'official', verifiedOn: '2026-12-06', problems: [] });
  });

  it('a parameter before its first version did not exist yet: no alarm; a gap or a date past its last version is one', () => {
    // Friday 1 June 2018: LP 8a al. 3 let. d (in force on 1 January 2019) has no periods yet — nothing is missing.
    expect(normsCurrency([getRuleSet('lp.procedure')], '2018-06-01')[0]!.problems.map((p) => p.code)).not.toContain('NO_NORM_IN_FORCE');
    // A norm file whose limit is dated 2024 and 2026 onwards, with nothing for 2025 (Wednesday 2 July 2025),
    // and one whose limit ends on Wednesday 31 December 2025 (Monday 5 January 2026): both are missing.
    const ocp = getRuleSet('payment.ocp');
    const withLimit = (values: unknown[]) => ({ ...ocp, parameters: { ...ocp.parameters, onlineLimit: { ...ocp.parameters.onlineLimit!, values } } }) as typeof ocp;
    const v = (validFrom: string, validTo?: string) => ({ validFrom, ...(validTo ? { validTo } : {}), value: '1000.00', citation: { document: 'CG OCP', article: 'ch. 3' } });
    const gap = normsCurrency([withLimit([v('2024-01-01', '2024-12-31'), v('2026-01-01')])], '2025-07-02')[0]!;
    expect(gap.problems[0]).toMatchObject({ code: 'NO_NORM_IN_FORCE', message: { en: 'Nothing in force on 2025-07-02: parameters onlineLimit.' } });
    const ended = normsCurrency([withLimit([v('2024-01-01', '2025-12-31')])], '2026-01-05')[0]!;
    expect(ended.problems[0]).toMatchObject({ code: 'NO_NORM_IN_FORCE', message: { en: 'Nothing in force on 2026-01-05: parameters onlineLimit.' } });
    // Before the limit's first version (Friday 1 December 2023) the family's rules are not in force either: that alarm stays.
    expect(normsCurrency([withLimit([v('2024-01-01')])], '2023-12-01')[0]!.problems[0]).toMatchObject({ code: 'NO_NORM_IN_FORCE', message: { en: 'Nothing in force on 2023-12-01: no rule.' } });
  });

  it('says when a family without editions has nothing in force', () => {
    // The card terms are dated March 2026: nothing of them is in force on Monday 2 February 2026.
    const c = normsCurrency([getRuleSet('card.debit-mastercard')], '2026-02-02')[0]!;
    expect(c.problems[0]).toMatchObject({ code: 'NO_NORM_IN_FORCE' });
  });
});

describe('parametersInForce', () => {
  it('lists every parameter with its value, edition, dates and citation on the date', () => {
    const rows = parametersInForce(getRuleSet(family), '2026-06-01');
    expect(rows.find((r) => r.name === 'baseCouple')).toEqual({
      name: 'baseCouple', description: getRuleSet(family).parameters.baseCouple!.description, kind: 'decimal', unit: 'CHF/mois',
      value: '1700.00', version: 'NI-2026', validFrom: '2026-01-01', validTo: '2026-12-31', citation: expect.stringMatching(/^Normes d'insaisissabilité 2026/),
    });
    expect(parametersInForce(getRuleSet(family), '2027-06-01').find((r) => r.name === 'baseCouple')).toMatchObject({ value: null, version: null });
  });
});
