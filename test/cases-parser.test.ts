import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LpCaseError, parseCases, type Case } from '../src/cases/index.js';
import { readAmount, readDate, writeAmount, writeDate } from '../src/cases/swiss.js';
import { LpError } from '../src/core/errors.js';

// The case files legal staff write (issue 17 item 6): French Gherkin and CSV, Swiss amounts and dates.

const feature = (...lines: string[]): string => ['# language: fr', 'Fonctionnalité: Essais', ...lines].join('\n');
const scenario = (...steps: string[]): string => feature('  Scénario: un cas', ...steps.map((s) => `    ${s}`));

/** The problems of a case file that does not read: `line: message (fr)`. */
function problems(text: string, file = 'cas.feature'): string[] {
  try {
    parseCases(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(LpCaseError);
    expect(error).toBeInstanceOf(LpError);
    expect((error as LpCaseError).code).toBe('CASE_INVALID');
    return (error as LpCaseError).problems.map((p) => `${p.file}:${p.line}: ${p.message.fr}`);
  }
  throw new Error('the file was read');
}

const only = (text: string, file = 'cas.feature'): Case => {
  const cases = parseCases(text, file);
  expect(cases).toHaveLength(1);
  return cases[0]!;
};

describe('Swiss amounts and dates', () => {
  it.each([
    ["1'792.00", '1792.00'],
    ['1’792.00 CHF', '1792.00'],
    ["CHF 1'200", '1200.00'],
    ['1 792,50', '1792.50'],
    ['1200.-', '1200.00'],
    ['0.5', '0.50'],
    ["1'234'567.05", '1234567.05'],
  ])('%s reads as %s', (text, value) => expect(readAmount(text)).toEqual({ ok: true, value }));

  it.each(['1.234', '12,34,5', "1'23.00", 'mille', '-5.00', '1.005', ''])('%s is not an amount, and the problem says what was expected', (text) => {
    const r = readAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.fr).toContain("montant attendu (p. ex. 1'234.50 CHF)");
  });

  it('dates: dd.mm.yyyy with or without the weekday, ISO too; the weekday written is checked against the date', () => {
    expect(readDate('mercredi 18.03.2026')).toEqual({ ok: true, value: '2026-03-18' });
    expect(readDate('Mercredi 18.03.2026')).toEqual({ ok: true, value: '2026-03-18' });
    expect(readDate('4.1.2027')).toEqual({ ok: true, value: '2027-01-04' });
    expect(readDate('2026-03-18')).toEqual({ ok: true, value: '2026-03-18' });
    expect(readDate('jeudi 18.03.2026')).toEqual({ ok: false, problem: { fr: 'le 18.03.2026 est un mercredi, pas un jeudi', en: '18.03.2026 is a Wednesday, not a Thursday' } });
    expect(readDate('29.02.2026').ok).toBe(false); // 2026 is a common year
    expect(readDate('mercrdi 18.03.2026').ok).toBe(false);
  });

  it('property: any amount written the Swiss way (grouped by apostrophes, CHF) reads back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom("'", '’'), fc.boolean(), (centimes, apostrophe, chf) => {
        const value = `${centimes / 100n}.${String(centimes % 100n).padStart(2, '0')}`;
        const written = writeAmount(value).replaceAll("'", apostrophe);
        expect(readAmount(chf ? `${written} CHF` : written)).toEqual({ ok: true, value });
      }),
    );
  });

  it('property: any date written with its weekday reads back; with another weekday it is refused', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 6 }), (d, shift) => {
        const iso = d.toISOString().slice(0, 10);
        expect(readDate(writeDate(iso))).toEqual({ ok: true, value: iso });
        const names = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
        const [name, rest] = writeDate(iso).split(' ') as [string, string];
        expect(readDate(`${names[(names.indexOf(name) + shift) % 7]} ${rest}`).ok).toBe(false);
      }),
    );
  });
});

describe('parseCases: French Gherkin', () => {
  it('reads a seizure case: household, expenses (paid and not), incomes, the question, the figures, the source', () => {
    const c = only(
      feature(
        '  Scénario: DCSO',
        '    Source: DCSO/127/2024',
        '    Soit un débiteur seul',
        "    Et un loyer de 1'792.00 CHF",
        '    Et des frais professionnels de 193.60 CHF',
        '    Et des frais professionnels de 70.00 CHF',
        "    Et une prime d'assurance maladie non payée de 412.30 CHF",
        "    Et un revenu net de 3'551.85 CHF",
        "    Et un revenu net du conjoint de 1'000.00 CHF",
        '    Et une saisie de revenus exécutée le lundi 05.10.2026',
        '    Et l\'interprétation childAge = after-age-10',
        '    Quand on calcule le minimum vital au lundi 04.01.2027',
        "    Alors le minimum vital est de 3'305.60 CHF",
        '    Et la quotité saisissable est de 246.25 CHF',
        "    Et l'édition appliquée est NI-2027",
        "    Mais la part du débiteur au minimum vital est de 1'000.00 CHF",
      ),
    );
    expect(c).toEqual({
      file: 'cas.feature',
      line: 3,
      name: 'DCSO',
      feature: 'Essais',
      source: 'DCSO/127/2024',
      operation: 'seizure',
      input: {
        asOf: '2027-01-04',
        household: { type: 'single' },
        expenses: { rent: '1792.00', professional: ['193.60', '70.00'], healthInsurance: [{ amount: '412.30', proven: false }] },
        netIncome: '3551.85',
        spouseNetIncome: '1000.00',
        seizedOn: '2026-10-05',
        interpretation: { childAge: 'after-age-10' },
      },
      expected: [
        { figure: 'minimumVital', value: '3305.60', line: 15 },
        { figure: 'seizable', value: '246.25', line: 16 },
        { figure: 'normsVersion', value: 'NI-2027', line: 17 },
        { figure: 'debtorShareOfMinimum', value: '1000.00', line: 18 },
      ],
    });
  });

  it('every keyword of the fr dialect: Étant donné, Sachant que, Lorsque, Donc, Et, Mais, *, Contexte, tags, comments, CRLF', () => {
    const text = [
      '# language: fr',
      '@ni',
      'Fonctionnalité: Clés',
      '  Un texte libre décrit la fonctionnalité.',
      '  Contexte:',
      '    Étant donné un parent seul',
      '  @cas',
      '  Scénario: a',
      '    Sachant qu\'un enfant né le dimanche 15.01.2023',
      '    * un loyer de 1000 CHF',
      '    Lorsqu\'on calcule le minimum vital au 01.06.2026',
      '    Donc le minimum vital est de 2750.00 CHF',
      '  Exemple: b',
      '    Etant donné que les enfants suivants :',
      '      | né le |',
      '      | 15.01.2023 |',
      '    Lorsque on calcule le minimum vital le 01.06.2026',
      '    Alors le montant pour les enfants est de 400.00 CHF',
      '    Et que le montant de base est de 1350.00 CHF',
    ].join('\r\n');
    const cases = parseCases(text, 'k.feature');
    expect(cases.map((c) => [c.name, c.line, c.input.household, c.expected.map((e) => e.figure)])).toEqual([
      ['a', 8, { type: 'single-parent', children: [{ birthDate: '2023-01-15' }] }, ['minimumVital']],
      ['b', 13, { type: 'single-parent', children: [{ birthDate: '2023-01-15' }] }, ['children', 'base']],
    ]);
    expect(cases[0]!.input.expenses).toEqual({ rent: '1000.00' });
  });

  it('the expense table: poste, montant, payé (oui/non); every household phrase', () => {
    const c = only(
      scenario(
        'Soit un débiteur marié',
        'Et les charges suivantes :',
        '  | poste | montant | payé |',
        "  | loyer | 1'500.00 | non |",
        '  | prime d\'assurance maladie | 450.00 | oui |',
        '  | pension alimentaire | 500 | |',
        '  | frais de garde | 300.00 | oui |',
        '  | frais de scolarité | 120.00 | oui |',
        '  | impôts | 650.00 | oui |',
        'Quand on calcule le minimum vital au 01.06.2026',
        'Alors le minimum vital est de 1.00 CHF',
      ),
    );
    expect(c.input.expenses).toEqual({ rent: { amount: '1500.00', proven: false }, healthInsurance: ['450.00'], alimony: '500.00', childcare: '300.00', education: '120.00', taxes: '650.00' });
    const household = (phrase: string) => only(scenario(`Soit ${phrase}`, 'Quand on calcule le minimum vital au 01.06.2026', 'Alors le minimum vital est de 1 CHF')).input.household;
    expect(['un débiteur seul', 'un couple marié', 'un parent seul', 'un débiteur en concubinage', 'un débiteur en colocation'].map(household)).toEqual(
      ['single', 'couple', 'single-parent', 'cohabiting-partner', 'flat-share'].map((type) => ({ type })),
    );
  });

  it('reads a deadline case: the day and hour of service, the canton, a suspension, the figures with their weekday', () => {
    const c = only(
      scenario(
        'Soit le canton de Zurich (ZH)',
        'Et une suspension du lundi 08.06.2026 au vendredi 12.06.2026',
        'Quand le commandement de payer est notifié le mardi 09.06.2026 à 21:00',
        "Alors le délai d'opposition échoit le vendredi 19.06.2026",
        "Et le délai d'opposition court dès le mercredi 10.06.2026",
        "Et le dixième jour du délai d'opposition est le vendredi 19.06.2026",
        'Et le vingtième jour du délai de paiement est le lundi 29.06.2026',
        'Et le délai de paiement échoit le lundi 29.06.2026',
        'Et la continuation peut être requise dès le mardi 30.06.2026',
      ),
    );
    expect(c.operation).toBe('deadlines');
    expect(c.input).toEqual({ notifiedOn: '2026-06-09', notifiedAt: '21:00', canton: 'ZH', suspensions: [{ from: '2026-06-08', to: '2026-06-12' }] });
    expect(c.expected.map((e) => `${e.figure}=${e.value}`)).toEqual([
      'oppositionLastDay=2026-06-19',
      'oppositionStartsOn=2026-06-10',
      'oppositionNominalEnd=2026-06-19',
      'paymentNominalEnd=2026-06-29',
      'paymentLastDay=2026-06-29',
      'earliestContinuationOn=2026-06-30',
    ]);
  });

  it('a refusal is a figure: the code expected', () => {
    const c = only(scenario('Soit un parent seul', 'Quand on calcule le minimum vital au 01.06.2026', 'Alors le calcul est refusé pour le motif HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD'));
    expect(c.expected).toEqual([{ figure: 'refused', value: 'HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD', line: 6 }]);
  });

  it('a weekday that does not match its date is an error at its line', () => {
    expect(problems(scenario('Quand le commandement de payer est notifié le jeudi 18.03.2026', "Alors le délai d'opposition échoit le mercredi 15.04.2026"))).toEqual([
      'cas.feature:4: le 18.03.2026 est un mercredi, pas un jeudi',
    ]);
    expect(problems(scenario('Quand le commandement de payer est notifié le mercredi 18.03.2026', "Alors le délai d'opposition échoit le jeudi 15.04.2026"))).toEqual([
      'cas.feature:5: le 15.04.2026 est un mercredi, pas un jeudi',
    ]);
  });

  it('every problem at once, each with its file and line and what was expected, in French and English', () => {
    const text = scenario(
      'Soit un débiteur solo',
      'Et un loyer de mille francs',
      'Quand on calcule le minimum vital au 01.06.2026',
      'Alors le minimum vital vaut 3',
      "Et le délai d'opposition échoit le mercredi 15.04.2026",
      'texte perdu',
    );
    const found = problems(text, 'ni.feature');
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/^ni\.feature:4: fait non reconnu « un débiteur solo » ; attendu p\. ex\. « un débiteur seul »/);
    expect(found[1]).toMatch(/^ni\.feature:5: montant attendu \(p\. ex\. 1'234\.50 CHF\), trouvé « mille francs »/);
    expect(found[2]).toMatch(/^ni\.feature:7: chiffre attendu non reconnu « le minimum vital vaut 3 »/);
    expect(found[3]).toMatch(/^ni\.feature:8: « échéance du délai d'opposition » ne se calcule pas ici/);
    expect(found[4]).toMatch(/^ni\.feature:9: ligne non reconnue « texte perdu »/);
    try {
      parseCases(text, 'ni.feature');
    } catch (error) {
      expect((error as LpCaseError).problems[0]!.message.en).toMatch(/^unrecognised fact "un débiteur solo"; expected e\.g\./);
      expect((error as LpCaseError).messages.fr).toContain('ni.feature:5: montant attendu');
    }
  });

  it('structure errors: no feature, steps out of order, no question, a figure needing an absent fact, unsupported Gherkin', () => {
    expect(problems('Scénario: x\n  Soit un débiteur seul')).toContain('cas.feature:1: attendu « Fonctionnalité: … » en tête du fichier');
    expect(problems('# language: en\nFeature: x')).toContain('cas.feature:1: seul le français est pris en charge : « # language: fr », trouvé « en »');
    expect(problems(scenario('Alors le minimum vital est de 1 CHF'))).toEqual(['cas.feature:3: ce scénario n\'a pas de « Quand » (p. ex. « Quand on calcule le minimum vital au 04.01.2027 »)', 'cas.feature:4: « Alors » vient après un « Quand »']);
    expect(problems(scenario('Quand on calcule le minimum vital au 01.06.2026', 'Et un débiteur seul', 'Alors le minimum vital est de 1 CHF'))).toContain('cas.feature:5: un seul « Quand » par scénario');
    expect(problems(scenario('Soit un débiteur seul', 'Quand on calcule le minimum vital au 01.06.2026', 'Alors la quotité saisissable est de 1 CHF'))).toEqual([
      "cas.feature:6: ce chiffre demande le revenu net (« Et un revenu net de 3'551.85 CHF »)",
    ]);
    expect(problems(scenario("Soit un loyer de 1'000 CHF", 'Quand le commandement de payer est notifié le 18.03.2026', "Alors le délai d'opposition échoit le 15.04.2026"))[0]).toMatch(/^cas\.feature:4: « un loyer de 1'000 CHF » ne sert pas à ce calcul/);
    expect(problems(scenario('Quand on calcule le minimum vital au 01.06.2026', 'Alors le minimum vital est de 1 CHF'))).toEqual(['cas.feature:3: le ménage manque (p. ex. « Soit un débiteur seul »)']);
    expect(problems(feature('  Plan du scénario: x'))[0]).toMatch(/« Plan du scénario: » n'est pas pris en charge/);
    expect(problems(scenario('Soit un débiteur seul', 'Et les charges suivantes :', 'Quand on calcule le minimum vital au 01.06.2026', 'Alors le minimum vital est de 1 CHF'))).toEqual([
      "cas.feature:5: un tableau est attendu sous cette ligne : une ligne d'en-tête, puis une ligne par élément",
    ]);
    expect(problems(feature(''))).toEqual(['cas.feature:3: aucun « Scénario: » dans ce fichier']);
  });
});

describe('parseCases: CSV', () => {
  const header = 'cas,source,fonction,asOf,householdType,rent,netIncome,notifiedOn,attendu.minimumVital,attendu.seizable,attendu.oppositionLastDay';

  it('one case per row, Swiss amounts and dates, the row number as the line; ";" separated as a spreadsheet exports it', () => {
    const rows = [header, "DCSO,DCSO/127/2024,minimum vital,lundi 03.06.2024,single,1'792.00,3'551.85,,3'255.60,296.25,", 'Pâques,,délais,,,,,mercredi 18.03.2026,,,mercredi 15.04.2026'];
    const cases = parseCases(rows.join('\n'), 'cas.csv');
    expect(cases).toEqual([
      { file: 'cas.csv', line: 2, name: 'DCSO', source: 'DCSO/127/2024', operation: 'seizure', input: { asOf: '2024-06-03', household: { type: 'single' }, expenses: { rent: '1792.00' }, netIncome: '3551.85' }, expected: [{ figure: 'minimumVital', value: '3255.60', line: 2 }, { figure: 'seizable', value: '296.25', line: 2 }] },
      { file: 'cas.csv', line: 3, name: 'Pâques', operation: 'deadlines', input: { notifiedOn: '2026-03-18' }, expected: [{ figure: 'oppositionLastDay', value: '2026-04-15', line: 3 }] },
    ]);
    expect(parseCases(rows.map((r) => r.replaceAll(',', ';')).join('\r\n'), 'cas.csv')).toEqual(cases);
  });

  it('problems with their row: unknown column, bad cell, wrong weekday, column of the other computation, no figure', () => {
    expect(problems('cas,fonction,loyer,attendu.minimumVital\n', 'c.csv')[0]).toMatch(/^c\.csv:1: colonne\(s\) inconnue\(s\) : loyer ; colonnes attendues : cas, source, fonction/);
    const rows = [header, 'a,,minimum vital,01.06.2026,single,mille,,,1.00,,', 'b,,délais,,,,,jeudi 18.03.2026,,,15.04.2026', 'c,,délais,,single,,,18.03.2026,,,15.04.2026', 'd,,minimum vital,01.06.2026,single,,,,,,', 'e,,saisie,01.06.2026,single,,,,,1.00,', 'f,,nope,,,,,,,,'];
    expect(problems(rows.join('\n'), 'c.csv')).toEqual([
      "c.csv:2: rent : montant attendu (p. ex. 1'234.50 CHF), trouvé « mille »",
      'c.csv:3: notifiedOn : le 18.03.2026 est un mercredi, pas un jeudi',
      'c.csv:4: la colonne householdType ne sert pas à « délais »',
      'c.csv:5: aucun chiffre attendu sur cette ligne (colonnes attendu.…)',
      'c.csv:6: attendu.seizable demande le revenu net (colonne netIncome)',
      expect.stringMatching(/^c\.csv:7: fonction « nope » inconnue ; attendu : « minimum vital », « délais », « paiement en ligne », .*« délai d'opposition »/),
      'c.csv:7: aucun chiffre attendu sur cette ligne (colonnes attendu.…)',
    ]);
  });
});
