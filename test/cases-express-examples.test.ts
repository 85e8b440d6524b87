import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LpCaseError, parseCases, runCases } from '../src/cases/index.js';
import { QUESTIONS } from '../src/cases/questions.js';
import { csvOf, exampleRow, minimumVitalRow, type Row } from './support/case-rows.js';

// Issue 17: « the built-in worked examples are expressible in » the case format. Every worked example of
// every function a case may ask (src/calculators/*/examples.json) is written as a CSV row — its input in
// the French columns, its expected result as `attendu.` cells, in Swiss formats — then read by the real
// CSV reader and run by the real runner; every row must pass. What cannot be written is listed below with
// its reason; anything else that cannot be written fails the test.

const CALCULATORS = join(__dirname, '../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** Functions whose worked examples are not rows of the table of questions, and why. */
const NOT_QUESTIONS: Record<string, string> = {
  computeMinimumVital: 'a case computes the minimum vital from the household: its examples are « minimum vital » rows (tested below)',
  seizableQuota:
    'its input is an already computed minimum vital; the case model computes the minimum vital from the household, then the quota from the net income, so an example giving `minimumVital` directly has no row',
};

/** Examples whose input no row can give (function: example name), and why; they are not run. */
const INPUT_NOT_WRITTEN: Record<string, string> = {
  'validatePayment: Monday 4 May 2026: 100.005 given as a JS number is refused the same way':
    'a JSON number, not a string: a cell is always text (« 100.005 » as written is the example before it)',
  'validatePayment: Monday 4 May 2026: "1\'000.00" is not a decimal amount':
    "the API refuses the text 1'000.00; in a case, 1'000.00 is how a lawyer writes one thousand francs, read as 1000.00",
};

/** Expected fields (function + JSON pointer) no answer reads, and why; the rest of each example is still run. */
const UNWRITTEN: Record<string, string> = {
  'hideRequestEarliest expected /windows': 'the list of windows of both versions of the law (from, until, version) has no answer; the one that applies is `attendu.dès le`, `attendu.jusqu’au`, `attendu.version`',
};

interface Example {
  name: string;
  citation: string;
  input: never;
  expected: Record<string, never>;
}

const examplesOf = (dir: string): Example[] => JSON.parse(readFileSync(join(CALCULATORS, dir, 'examples.json'), 'utf8')) as Example[];
const dirs = readdirSync(CALCULATORS).filter((d) => d !== 'shared' && readdirSync(join(CALCULATORS, d)).includes('examples.json'));

describe('every worked example of a case question, written as a CSV row by legal staff, passes', () => {
  it('every calculator with worked examples is a question of the table, or listed with its reason', () => {
    const ids = new Set(QUESTIONS.map((q) => q.id as string));
    expect(dirs.map(camel).filter((fn) => !ids.has(fn) && NOT_QUESTIONS[fn] === undefined)).toEqual([]);
    expect(Object.keys(NOT_QUESTIONS).filter((fn) => ids.has(fn)), 'a listed function that became a question').toEqual([]);
  });

  const used = new Set<string>();
  /** The rows of one function's examples: gaps listed exactly, the rest written as one CSV file, read and run; every row passes. */
  const expressAll = (fn: string, examples: Example[], rows: Row[]): void => {
    const written = rows.filter((r) => !r.gaps.some((g) => g.startsWith('input ')));
    const noInput = rows.flatMap((r, k) => (written.includes(r) ? [] : [`${fn}: ${examples[k]!.name}`]));
    expect(noInput, 'an input cannot be written; listed exactly').toEqual(Object.keys(INPUT_NOT_WRITTEN).filter((k) => k.startsWith(`${fn}: `)));
    const gap = (g: string) => `${fn} ${g.replace(/ \(.*\)$/, '')}`;
    const unlisted = rows.flatMap((r, k) => r.gaps.filter((g) => !g.startsWith('input ') && UNWRITTEN[gap(g)] === undefined).map((g) => `${examples[k]!.name}: ${g}`));
    expect(unlisted, 'an expected field cannot be written and is not listed').toEqual([]);
    for (const r of rows) for (const g of r.gaps) used.add(gap(g));
    const csv = csvOf(written);
    const results = runCases(parseCases(csv, `${fn}.csv`));
    expect(results).toHaveLength(written.length);
    // Every answer written is checked (none dropped by the reader), and passes.
    expect(results.map((r) => r.figures.length)).toEqual(written.map((r) => r.answers));
    const failed = results
      .filter((r) => !r.passed)
      .map((r) => `${r.name}\n  ${r.figures.filter((f) => !f.passed).map((f) => `${f.figure}: expected ${f.expected}, got ${f.actual}`).join('\n  ')}${r.error ? `\n  ${r.error.code} ${r.error.issues.join(' ')}` : ''}`);
    expect(failed, csv).toEqual([]);
  };

  for (const q of QUESTIONS) {
    const dir = dirs.find((d) => camel(d) === q.id);
    it(`${q.id}: every worked example, as a « ${q.names[0]} » row`, () => {
      expect(dir, `no examples.json for ${q.id}`).toBeDefined();
      const examples = examplesOf(dir!);
      expressAll(q.id, examples, examples.map((e) => exampleRow(q, e)));
    });
  }

  it('computeMinimumVital: every worked example, as a « minimum vital » row (the household, the expenses, the reference date)', () => {
    const examples = examplesOf('compute-minimum-vital');
    const rows = examples.map((e) => minimumVitalRow(e));
    // The one note left out is the label of an unpaid premium (« LAMal, impayée »): the computation does not read it.
    expect(rows.flatMap((r) => r.notes)).toEqual(['/expenses/healthInsurance label « LAMal, impayée »']);
    expressAll('computeMinimumVital', examples, rows);
  });

  it('every listed gap is still one (a list entry an answer now covers is removed)', () => {
    expect(Object.keys(UNWRITTEN).filter((g) => !used.has(g))).toEqual([]);
  });
});

// Gaps the written examples found in the reader, each with a case of its own.
describe('what writing the worked examples asked of the reader', () => {
  const run = (csv: string) => runCases(parseCases(csv, 'c.csv'));
  const problems = (csv: string): string[] => {
    try {
      parseCases(csv, 'c.csv');
      return [];
    } catch (error) {
      return (error as LpCaseError).problems.map((p) => p.message.fr);
    }
  };

  it('a time to the second: Friday 29 May 2026 at 06:59:59 is still in the closed hours (LP 56 ch. 1), at 07:00:00 an act is permitted; 06:59:60 is no time', () => {
    const csv = (at: string, decision: string) => `cas;fonction;moment de l'acte;attendu.décision\nx;acte de poursuite;${at};${decision}\n`;
    expect(run(csv('vendredi 29.05.2026 06:59:59', 'interdit'))[0]!.passed).toBe(true);
    expect(run(csv('vendredi 29.05.2026 07:00:00', 'permis'))[0]!.passed).toBe(true);
    expect(problems(csv('vendredi 29.05.2026 06:59:60', 'interdit'))).toEqual(["moment de l'acte : heure impossible « 06:59:60 »"]);
  });

  it('an interpretation key with digits (perishingLp63): the ADB continuation of Friday 19 June 2026 ends Monday 21 December 2026 instead of Wednesday 6 January 2027 — in CSV and in Gherkin', () => {
    const csv = (reading: string, until: string) => `cas;fonction;délivré le;notifié au créancier le;interpretation;attendu.continuation jusqu'au\nx;adb;mardi 16.06.2026;vendredi 19.06.2026;${reading};${until}\n`;
    expect(run(csv('perishingLp63=does-not-apply', 'lundi 21.12.2026'))[0]!.passed).toBe(true);
    expect(run(csv('', 'mercredi 06.01.2027'))[0]!.passed).toBe(true);
    const feature = "# language: fr\nFonctionnalité: F\n  Scénario: s\n    Soit délivré le : mardi 16.06.2026\n    Et notifié au créancier le : vendredi 19.06.2026\n    Et l'interprétation perishingLp63 = does-not-apply\n    Quand on vérifie « adb »\n    Alors continuation jusqu'au : lundi 21.12.2026\n";
    expect(runCases(parseCases(feature, 'f.feature'))[0]).toMatchObject({ passed: true, figures: [{ actual: '2026-12-21' }] });
  });

  it('« aucune » for a text answer the result does not give: before 2019 no version of LP 8a al. 3 let. d applies (served Monday 3 April 2017)', () => {
    const csv = (version: string) => `cas;fonction;notifié le;opposition le;état de l'opposition;demandée le;clôturée le;attendu.version\nx;non-divulgation au plus tôt;lundi 03.04.2017;mercredi 05.04.2017;pendante;lundi 02.07.2018;mardi 03.04.2018;${version}\n`;
    expect(run(csv('aucune'))[0]!.passed).toBe(true);
    expect(run(csv('2026'))[0]!.passed).toBe(false);
  });

  it("a deadline's extensions, one answer per reason: served Wednesday 18 March 2026, day 10 is Saturday 28 March → Monday 30 March, then the Easter féries → Wednesday 15 April 2026 (LP 63); the alternative reading stops at Monday 30 March", () => {
    const head = "cas;fonction;notifié le;interpretation;attendu.report samedi jusqu'au;attendu.report féries jusqu'au;attendu.féries du report;attendu.report jour férié jusqu'au\n";
    const [main] = run(`${head}x;délai d'opposition;mercredi 18.03.2026;;lundi 30.03.2026;mercredi 15.04.2026;féries de Pâques;aucune\n`);
    expect(main!.passed, JSON.stringify(main!.figures)).toBe(true);
    const [alt] = run(`${head}x;délai d'opposition;mercredi 18.03.2026;shiftIntoFeries=shifted-day;lundi 30.03.2026;aucune;aucune;aucune\n`);
    expect(alt!.passed, JSON.stringify(alt!.figures)).toBe(true);
    const [wrong] = run(`${head}x;délai d'opposition;mercredi 18.03.2026;shiftIntoFeries=shifted-day;lundi 30.03.2026;mercredi 15.04.2026;;\n`);
    expect(wrong!.figures.map((f) => f.passed)).toEqual([true, false]);
  });

  it('latestKnownNorms in a minimum vital row, as the Gherkin « les dernières normes connues s’appliquent »: Friday 1 January 2027, no NI in force, the NI-2026 base of 1\'200.00 applies only when asked', () => {
    const csv = (latest: string, expected: string) => `cas;fonction;asOf;householdType;latestKnownNorms;attendu.minimumVital;attendu.normsVersion;attendu.refused\nx;minimum vital;vendredi 01.01.2027;single;${latest};${expected}\n`;
    expect(run(csv('oui', "1'200.00;NI-2026;"))[0]!.passed).toBe(true);
    expect(run(csv('', ';;NO_NORM_IN_FORCE'))[0]!.passed).toBe(true);
    expect(problems(csv('peut-être', "1'200.00;;"))).toEqual(['latestKnownNorms : oui ou non attendu, trouvé « peut-être »']);
    expect(problems("cas;fonction;notifiedOn;latestKnownNorms;attendu.oppositionLastDay\nx;délais;lundi 09.03.2026;oui;jeudi 19.03.2026\n")).toEqual(['la colonne latestKnownNorms ne sert pas à « délais »']);
  });

  it("each item of the minimum vital's breakdown is a figure: DCSO/127/2024 (Monday 3 June 2024) counts professional costs of 263.60, and the unpaid premium of 412.30 not at all — in Gherkin and CSV", () => {
    const feature = (professional: string) =>
      "# language: fr\nFonctionnalité: F\n  Scénario: DCSO\n    Soit un débiteur seul\n    Et un loyer de 1'792.00 CHF\n    Et des frais professionnels de 193.60 CHF\n    Et des frais professionnels de 70.00 CHF\n" +
      "    Et une prime d'assurance maladie non payée de 412.30 CHF\n    Quand on calcule le minimum vital au lundi 03.06.2024\n" +
      `    Alors les frais professionnels retenus sont de ${professional} CHF\n    Et les primes d'assurance maladie retenues sont de 0.00 CHF\n    Et la pension alimentaire retenue est de 0.00 CHF\n`;
    expect(runCases(parseCases(feature('263.60'), 'd.feature'))[0]).toMatchObject({ passed: true });
    expect(runCases(parseCases(feature('193.60'), 'd.feature'))[0]!.figures.map((f) => f.passed)).toEqual([false, true, true]);
    const [row] = run("cas;fonction;asOf;householdType;professional;attendu.professional;attendu.healthInsurance\nx;minimum vital;lundi 03.06.2024;single;\"193.60;70.00\";263.60;0.00\n");
    expect(row!.passed, JSON.stringify(row!.figures)).toBe(true);
  });
});
