import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseReport, parseCases, runCases } from '../src/cases/index.js';
import { answerOf, questionNamed } from '../src/cases/ask.js';
import { caseTimeline } from '../src/calculators/case-timeline/index.js';
import examples from '../src/calculators/case-timeline/examples.json';

// « chronologie »: a poursuite's timeline as a case — one answer per milestone kind, read from the list of
// milestones by its kind (Answer.pick). Expectations come from the worked examples (LP 69, 74, 88…).

const run = (csv: string) => runCases(parseCases(csv, 'c.csv'));
const HEAD = "cas;fonction;notifié le;heure de notification;attendu.opposition jusqu'au;attendu.paiement jusqu'au;attendu.continuation dès le;attendu.opposition formée le\n";

describe('chronologie: the timeline of a poursuite as a case', () => {
  it('examples/cases/chronologie.csv: every row passes, and its rows are the worked examples', () => {
    const file = join(__dirname, '../examples/cases/chronologie.csv');
    const results = runCases(parseCases(readFileSync(file, 'utf8'), 'chronologie.csv'));
    expect(results.filter((r) => !r.passed).map((r) => JSON.stringify(r.figures))).toEqual([]);
    expect(results.map((r) => r.operation)).toEqual(examples.map(() => 'caseTimeline'));
    // Each worked example's milestones, every one, are expected by its row (the third row: all fourteen).
    expect(results[2]!.figures.filter((f) => f.expected !== '').length).toBe(examples[2]!.expected.milestones.length);
  });

  it('Monday 9 March 2026: opposition until Thursday 19 March, payment until Wednesday 15 April (LP 63), continuation from Thursday 16 April; no opposition filed: « aucune »', () => {
    const [r] = run(`${HEAD}x;chronologie;lundi 09.03.2026;;jeudi 19.03.2026;mercredi 15.04.2026;jeudi 16.04.2026;aucune\n`);
    expect(r!.passed, JSON.stringify(r!.figures)).toBe(true);
    expect(r!.figures.map((f) => [f.figure, f.actual, f.citation])).toEqual([
      ["opposition jusqu'au", '2026-03-19', 'LP 74 al. 1'],
      ["paiement jusqu'au", '2026-04-15', 'LP 69 al. 2 ch. 2'],
      ['continuation dès le', '2026-04-16', 'LP 88 al. 1'],
      ['opposition formée le', '', undefined],
    ]);
  });

  it("a wrong milestone fails with expected, obtained and the milestone's own citation; a date for a milestone the case does not have fails too", () => {
    const results = run(`${HEAD}faux;chronologie;lundi 09.03.2026;;lundi 30.03.2026;;;jeudi 12.03.2026\n`);
    expect(results[0]!.passed).toBe(false);
    const report = caseReport(results);
    expect(report).toContain("✗ ligne 2: dernier jour pour former opposition — attendu lundi 30.03.2026, obtenu jeudi 19.03.2026 (LP 74 al. 1)");
    expect(report).toContain('✗ ligne 2: opposition formée — attendu jeudi 12.03.2026, obtenu aucune');
  });

  it('06:45 on Tuesday 9 June 2026 counts from Wednesday 10 June: opposition until Friday 19 June (the hour column reaches the function)', () => {
    const [r] = run(`${HEAD}x;chronologie;mardi 09.06.2026;06:45;vendredi 19.06.2026;lundi 29.06.2026;mardi 30.06.2026;\n`);
    expect(r!.passed, JSON.stringify(r!.figures)).toBe(true);
  });

  it("an answer is also named by the milestone's kind (attendu.opposition-last-day), and every kind the function gives has an answer", () => {
    const q = questionNamed('chronologie')!;
    expect(questionNamed('caseTimeline')).toBe(q);
    expect(answerOf(q, 'opposition-last-day')?.id).toBe("opposition jusqu'au");
    const all = caseTimeline({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-12', status: 'lifted' }, seizure: { seizedOn: '2026-10-05', asset: 'movable' }, adb: { issuedOn: '2027-06-01' }, closedOn: '2027-09-01' });
    for (const m of all.milestones) expect(answerOf(q, m.kind), m.kind).toBeDefined();
  });

  it('in Gherkin: « Quand on vérifie « chronologie » »', () => {
    const text = "# language: fr\nFonctionnalité: F\n  Scénario: s\n    Soit notifié le : lundi 09.03.2026\n    Quand on vérifie « chronologie »\n    Alors paiement jusqu'au : mercredi 15.04.2026\n    Et saisie le : aucune\n";
    const [r] = runCases(parseCases(text, 't.feature'));
    expect(r).toMatchObject({ operation: 'caseTimeline', passed: true });
  });
});
