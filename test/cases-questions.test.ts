import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { caseReport, LpCaseError, parseCases, runCases } from '../src/cases.js';
import { QUESTIONS } from '../src/cases/questions.js';
import { readDate } from '../src/cases/swiss.js';
import { RESULT_SCHEMAS, SCHEMAS } from '../src/schemas/registry.js';
import { fileIn, runCli, tempDir } from './support/cli.js';

// Every calculator a lawyer checks can be written as a case (CSV, French columns, Swiss formats): one
// table maps the `fonction` to the public function, its input columns and its answers.

const EXAMPLES = join(__dirname, '../examples/cases');
const run = (csv: string, name = 'cas.csv') => runCases(parseCases(csv, name));
const problemsOf = (csv: string): string[] => {
  try {
    parseCases(csv, 'cas.csv');
  } catch (error) {
    if (error instanceof LpCaseError) return error.problems.map((p) => p.message.fr);
    throw error;
  }
  return [];
};

describe('a payment case, as the issue reported it refused (« colonne(s) inconnue(s) : amount »)', () => {
  it('Monday 4 May 2026: CHF 1000.01 on a balance of 1500.00 is refused (AMOUNT_ABOVE_LIMIT), the balance unchanged — with the input field names or the French ones', () => {
    for (const header of ['cas;fonction;at;amount;target.kind;target.balance;method.type', 'cas;fonction;moment du paiement;montant;objet;solde;moyen']) {
      const [r] = run(`${header};attendu.décision;attendu.motifs;attendu.solde après\nplafond;validatePayment;lundi 04.05.2026 10:00;1'000.01;poursuite;1'500.00;twint;refusé;AMOUNT_ABOVE_LIMIT;1'500.00\n`);
      expect(r!.passed, JSON.stringify(r!.figures)).toBe(true);
      expect(r!.figures.map((f) => [f.figure, f.expected, f.actual])).toEqual([
        ['décision', 'false', 'false'],
        ['motifs', 'AMOUNT_ABOVE_LIMIT', 'AMOUNT_ABOVE_LIMIT'],
        ['solde après', '1500.00', '1500.00'],
      ]);
      expect(r!.provenance[0]!.norms.map((n) => n.family)).toEqual(['payment.ocp']);
    }
  });

  it('a wrong expectation fails with a French message: expected, obtained, the citation', () => {
    const results = run(
      "cas;fonction;notifié le;moment du paiement;montant;solde;objet;moyen;attendu.dernier jour;attendu.décision;attendu.motifs\n" +
        "Délai faux;délai d'opposition;mercredi 18.03.2026;;;;;;lundi 30.03.2026;;\n" +
        "Paiement faux;paiement en ligne;;lundi 04.05.2026 10:00;1'000.01;1'500.00;poursuite;twint;;accepté;aucun\n",
      'faux.csv',
    );
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    const report = caseReport(results);
    expect(report).toContain("✗ ligne 2: dernier jour du délai — attendu lundi 30.03.2026, obtenu mercredi 15.04.2026 (LP 63)");
    expect(report).toContain('✗ ligne 3: décision — attendu accepté, obtenu refusé (CG OCP ch. 3)');
    expect(report).toContain('✗ ligne 3: motifs — attendu aucun motif, obtenu AMOUNT_ABOVE_LIMIT (CG OCP ch. 3)');
    expect(report).toContain('Cas: 2, 0 réussi(s), 2 échoué(s).');
  });

  it('reason codes are compared as a set: both reasons of a paid, premature request (Wednesday 1 April 2026), in any order; one missing fails', () => {
    const csv = (codes: string) => `cas;fonction;notifié le;requise le;payé entièrement;attendu.motifs\npayé;continuation;lundi 09.03.2026;mercredi 01.04.2026;oui;${codes}\n`;
    expect(run(csv('"PREMATURE; DEBT_PAID"'))[0]!.passed).toBe(true);
    expect(run(csv('DEBT_PAID'))[0]!.passed).toBe(false);
  });

  it('Swiss formats: oui/non, 01.2028, 29.02.2028 23:59, aucune; an input error is a refusal the case may expect', () => {
    const [card] = run("cas;fonction;moment du paiement;montant;canal;échéance de la carte;paiements en ligne activés;puce et NIP déjà utilisés;zone du commerçant;3-D Secure;attendu.décision\nvalide;paiement par carte;mardi 29.02.2028 23:59;80.00;en ligne;02.2028;oui;oui;CH-LI;oui;autorisé\n");
    expect(card!.passed, JSON.stringify(card!.figures)).toBe(true);
    const [wages] = run("cas;fonction;saisi le;biens;attendu.vente dès le;attendu.vente jusqu'au\nsalaire;réalisation;lundi 01.06.2026;salaire;aucune;mercredi 01.09.2027\n");
    expect(wages!.passed, JSON.stringify(wages!.figures)).toBe(true);
    const [refused] = run('cas;fonction;délivré le;notifié au créancier le;attendu.refus\navant;adb;lundi 02.03.2026;lundi 03.03.2025;INVALID_VALUE\n');
    expect(refused!.figures[0]).toMatchObject({ figure: 'refused', expected: 'INVALID_VALUE', passed: refused!.figures[0]!.actual!.split(' ').includes('INVALID_VALUE') });
  });

  it('problems are reported at once, in French: a column of another function, a value that does not read, an answer the function does not give', () => {
    expect(problemsOf("cas;fonction;montant;saisi le;attendu.décision\nx;paiement en ligne;abc;lundi 01.06.2026;peut-être\n")).toEqual([
      expect.stringMatching(/^la colonne « saisi le » ne sert pas à « paiement en ligne » \(colonnes : office, moment du paiement, montant, /),
      'attendu.décision : « peut-être » inconnu ; attendu : accepté, refusé',
    ]);
    expect(problemsOf("cas;fonction;saisi le;biens;attendu.dernier jour\nx;réalisation;mardi 01.06.2026;voitures;lundi 01.06.2026\n")).toEqual([
      'saisi le : le 01.06.2026 est un lundi, pas un mardi',
      'biens : « voitures » inconnu ; attendu : mobiliers, meubles, immobiliers, immeuble, revenus, salaire',
      expect.stringMatching(/^attendu\.dernier jour ne se calcule pas avec « réalisation » ; attendu : attendu\.vente dès le, attendu\.vente jusqu'au$/),
    ]);
  });
});

describe('the table of questions follows the functions’ schemas', () => {
  const INPUT: Record<string, keyof typeof SCHEMAS> = {
    validatePayment: 'ValidatePaymentInput', authorizeCardPayment: 'AuthorizeCardPaymentInput', computeDeadline: 'ComputeDeadlineInput', oppositionDeadline: 'OppositionDeadlineInput',
    paymentDeadline: 'PaymentDeadlineInput', canContinue: 'CanContinueInput', saleWindow: 'SaleWindowInput', adbStatus: 'AdbStatusInput', extractVisibility: 'ExtractVisibilityInput',
    hideRequestEarliest: 'HideRequestInput', hideRequestDecision: 'HideRequestDecisionInput', dayStatus: 'DayStatusInput', enforcementActAllowed: 'EnforcementActInput',
    deemedDelivery: 'DeemedDeliveryInput', cardDeadlines: 'CardDeadlinesInput', ocpmOrder: 'OcpmOrderInput', mainleveeRoute: 'MainleveeInput', caseTimeline: 'CaseTimelineInput',
  };
  /** Every field path of a schema (objects, unions and discriminated unions merged), with whether it is required. */
  const paths = (s: TSchema, at = ''): Map<string, boolean> => {
    const out = new Map<string, boolean>();
    const variants = [s, ...((s.oneOf ?? s.anyOf ?? []) as TSchema[])];
    for (const v of variants) {
      for (const [k, p] of Object.entries((v.properties ?? {}) as Record<string, TSchema>)) {
        if (k === 'interpretation') continue;
        out.set(`${at}/${k}`, ((v.required ?? []) as string[]).includes(k) && variants.length === 1);
        for (const [q, r] of paths(p, `${at}/${k}`)) out.set(q, r);
      }
    }
    return out;
  };

  it('every question names a published input schema; each column fills one of its fields, and every field has a column', () => {
    expect(QUESTIONS.map((q) => q.id).sort()).toEqual(Object.keys(INPUT).sort());
    for (const q of QUESTIONS) {
      const fields = paths(SCHEMAS[INPUT[q.id]!]);
      for (const f of q.fields) expect(fields.has(f.path), `${q.id}: ${f.name} → ${f.path}`).toBe(true);
      const leaves = [...fields.keys()].filter((p) => ![...fields.keys()].some((o) => o.startsWith(`${p}/`)));
      for (const p of leaves) expect(q.fields.some((f) => f.path === p || (f.kind === 'spans' && p.startsWith(`${f.path}/`))), `${q.id}: no column for ${p}`).toBe(true);
    }
  });

  it("every answer reads a field of the function's published result", () => {
    for (const q of QUESTIONS) {
      const result = paths(RESULT_SCHEMAS[q.id as keyof typeof RESULT_SCHEMAS]);
      for (const a of q.answers) expect(result.has(a.path), `${q.id}: ${a.id} → ${a.path}`).toBe(true);
    }
  });

  it('French column and answer names are unique within a question', () => {
    for (const q of QUESTIONS) {
      const names = q.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])].map((n) => n.toLowerCase()));
      expect(new Set(names).size, q.id).toBe(names.length);
      expect(new Set(q.answers.map((a) => a.id)).size, q.id).toBe(q.answers.length);
    }
  });
});

describe('the bundled example cases (examples/cases/*.csv)', () => {
  const csvs = readdirSync(EXAMPLES).filter((n) => n.endsWith('.csv'));

  it('all pass, and every function of the table is asked by at least one of them', () => {
    const results = csvs.flatMap((n) => run(readFileSync(join(EXAMPLES, n), 'utf8'), n));
    expect(results.filter((r) => !r.passed).map((r) => `${r.file}:${r.line} ${JSON.stringify(r.figures)}`)).toEqual([]);
    const asked = new Set(results.map((r) => r.operation));
    for (const id of QUESTIONS.map((q) => q.id)) expect(asked.has(id), `no example case asks ${id}`).toBe(true);
  });

  it('every weekday written before a date in an example file (« lundi 04.05.2026 », in a name too) is that date’s', () => {
    const files = readdirSync(EXAMPLES).filter((n) => /\.(csv|feature)$/.test(n));
    const wrong = files.flatMap((n) =>
      [...readFileSync(join(EXAMPLES, n), 'utf8').matchAll(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d{1,2}\.\d{1,2}\.\d{4})/gi)]
        .filter((m) => !readDate(m[0]).ok)
        .map((m) => `${n}: ${m[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('`lp-rules test` on them exits 0; a deliberately wrong case makes it exit 1 with expected, obtained and the citation', () => {
    const ok = runCli(['test', ...csvs.map((n) => join(EXAMPLES, n))]);
    expect(ok.status, ok.stderr + ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/Cas: (\d+), \1 réussi\(s\), 0 échoué\(s\)\.\n$/);
    const wrong = readFileSync(join(EXAMPLES, 'paiement-en-ligne.csv'), 'utf8').replace(';refusé;AMOUNT_ABOVE_LIMIT;', ';accepté;AMOUNT_ABOVE_LIMIT;');
    const file = fileIn(tempDir())('paiement-faux.csv', wrong);
    const r = runCli(['test', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ ligne 3: décision — attendu accepté, obtenu refusé (CG OCP ch. 3)');
    expect(r.stdout).toContain('Cas: 7, 6 réussi(s), 1 échoué(s).');
  });
});

describe('docs/cases.md', () => {
  it('names every function, column and answer of the table, so legal staff read what the runner accepts', () => {
    const doc = readFileSync(join(__dirname, '../docs/cases.md'), 'utf8');
    for (const q of QUESTIONS) {
      expect(doc, q.id).toContain(`\`${q.id}\``);
      for (const n of q.names) expect(doc, `${q.id}: ${n}`).toContain(`« ${n} »`);
      for (const f of q.fields) expect(doc, `${q.id}: ${f.name}`).toContain(`| ${f.name} |`);
      for (const a of q.answers) expect(doc, `${q.id}: ${a.id}`).toContain(`| attendu.${a.id} |`);
    }
  });

  it('lists, under each function, exactly its columns and answers (none left over from an older table)', () => {
    const doc = readFileSync(join(__dirname, '../docs/cases.md'), 'utf8');
    const sections = doc.split(/^### /m).slice(1);
    for (const q of QUESTIONS) {
      const section = sections.find((t) => t.split('\n')[0]!.endsWith(`— \`${q.id}\``));
      expect(section, q.id).toBeDefined();
      const rows = section!.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| colonne | aussi') && !l.startsWith('| réponse attendue |'));
      const answers = rows.filter((l) => l.startsWith('| attendu.')).map((l) => l.slice(2, l.indexOf(' |', 2)));
      const columns = rows.filter((l) => !l.startsWith('| attendu.')).map((l) => l.slice(2, l.indexOf(' |', 2)));
      expect(answers, q.id).toEqual(q.answers.map((a) => `attendu.${a.id}`));
      expect(columns, q.id).toEqual(q.fields.map((f) => f.name));
    }
  });
});

describe('the same functions in French Gherkin: « Soit <colonne> : <valeur> », « Quand on vérifie « <fonction> » », « Alors <réponse> : <valeur> »', () => {
  const feature = (steps: string) => `# language: fr\nFonctionnalité: F\n  Scénario: s\n${steps.split('\n').map((l) => `    ${l}`).join('\n')}\n`;

  it('Monday 4 May 2026: CHF 1000.01 refused; a wrong answer fails with expected, obtained and the citation', () => {
    const steps = (decision: string) => `Soit moment du paiement : lundi 04.05.2026 10:00\nEt montant : 1'000.01 CHF\nEt objet : poursuite\nEt solde : 1'500.00\nEt moyen : twint\nQuand on vérifie « paiement en ligne »\nAlors décision : ${decision}\nEt motifs : AMOUNT_ABOVE_LIMIT`;
    const [ok] = runCases(parseCases(feature(steps('refusé')), 'p.feature'));
    expect(ok).toMatchObject({ operation: 'validatePayment', passed: true });
    expect(caseReport(runCases(parseCases(feature(steps('accepté')), 'p.feature')))).toContain('✗ ligne 10: décision — attendu accepté, obtenu refusé (CG OCP ch. 3)');
  });

  it('a « colonne : valeur » fact without a function of the table, or a column the function does not take, is a problem with its line', () => {
    const problems = (text: string) => {
      try {
        parseCases(text, 'p.feature');
      } catch (error) {
        return (error as LpCaseError).problems.map((p) => `${p.line}: ${p.message.fr}`);
      }
      return [];
    };
    expect(problems(feature("Soit montant : 10.00\nQuand on calcule le minimum vital au 01.06.2026\nAlors le minimum vital est de 1'200.00 CHF"))[0]).toMatch(/^4: fait non reconnu « montant : 10.00 »/);
    expect(problems(feature('Soit saisi le : lundi 01.06.2026\nQuand on vérifie « paiement en ligne »\nAlors décision : accepté'))).toEqual([expect.stringMatching(/^4: la colonne « saisi le » ne sert pas à « paiement en ligne »/)]);
  });
});
