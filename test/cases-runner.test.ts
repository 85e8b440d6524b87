import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseReport, parseCases, runCases } from '../src/cases/index.js';
import { editionsText } from '../src/cases/report.js';
import { loadNorms } from '../src/rules/norms.js';
import * as casesEntry from '../src/cases.js';
import * as sdk from '../src/index.js';

// Running the cases: each figure computed by the public functions, expected against actual, the editions
// applied and the source decision carried into the result.

const EXAMPLES = join(__dirname, '../examples/cases');
const DRAFT = join(__dirname, '../examples/norms/NI-2027.draft.json');
const draft = () => loadNorms([{ name: 'NI-2027.draft.json', content: JSON.parse(readFileSync(DRAFT, 'utf8')) }]);
const read = (name: string) => parseCases(readFileSync(join(EXAMPLES, name), 'utf8'), name);

const dcso = (asOf: string, minimum: string) =>
  [
    '# language: fr',
    'Fonctionnalité: DCSO',
    '  Scénario: débiteur seul',
    '    Source: DCSO/127/2024',
    '    Soit un débiteur seul',
    "    Et un loyer de 1'792.00 CHF",
    '    Et des frais professionnels de 193.60 CHF',
    '    Et des frais professionnels de 70.00 CHF',
    "    Et un revenu net de 3'551.85 CHF",
    `    Quand on calcule le minimum vital au ${asOf}`,
    `    Alors le minimum vital est de ${minimum} CHF`,
    '    Et la quotité saisissable est de 296.25 CHF',
  ].join('\n');

describe('runCases', () => {
  it('a passing case: every figure expected = actual, the source decision and the editions applied', () => {
    const [r] = runCases(parseCases(dcso('lundi 03.06.2024', "3'255.60"), 'd.feature'));
    expect(r).toMatchObject({ file: 'd.feature', line: 3, name: 'débiteur seul', source: 'DCSO/127/2024', operation: 'seizure', passed: true });
    expect(r!.figures.map((f) => [f.figure, f.expected, f.actual, f.passed, f.line])).toEqual([
      ['minimumVital', '3255.60', '3255.60', true, 11],
      ['seizable', '296.25', '296.25', true, 12],
    ]);
    expect(r!.provenance[0]!.norms[0]).toMatchObject({ family: 'seizure.minimum-vital', editions: [{ edition: 'KBKS-2009', status: 'official' }] });
    expect(r!.error).toBeUndefined();
  });

  it('a failing case: the figure that differs shows what was expected and what was computed, the others still pass', () => {
    // 1'200 + 1'792 + 193.60 + 70 = 3'255.60 is the true figure; the case says 3'255.50.
    const [r] = runCases(parseCases(dcso('03.06.2024', "3'255.50"), 'd.feature'));
    expect(r!.passed).toBe(false);
    expect(r!.figures.map((f) => [f.figure, f.expected, f.actual, f.passed])).toEqual([
      ['minimumVital', '3255.50', '3255.60', false],
      ['seizable', '296.25', '296.25', true],
    ]);
    const fr = caseReport([r!]);
    expect(fr).toContain("✗ d.feature:3  débiteur seul  (Source: DCSO/127/2024)");
    expect(fr).toContain("✗ ligne 11: minimum vital — attendu CHF 3'255.50, obtenu CHF 3'255.60");
    expect(fr).toContain('Cas: 1, 0 réussi(s), 1 échoué(s).');
    expect(caseReport([r!], 'en')).toContain("✗ line 11: minimum vital — expected CHF 3'255.50, got CHF 3'255.60");
  });

  it('a computation refused when the case expects figures: the case fails with the SDK reason; a refusal expected passes', () => {
    const [r] = runCases(parseCases(dcso('lundi 04.01.2027', "3'305.60"), 'd.feature'));
    expect(r!.passed).toBe(false);
    expect(r!.figures.every((f) => f.actual === null && !f.passed)).toBe(true);
    expect(r!.error?.code).toBe('NO_NORM_IN_FORCE');
    expect(caseReport([r!])).toMatch(/Motif: NO_NORM_IN_FORCE — Aucune édition/);
    const refusal = "# language: fr\nFonctionnalité: x\n  Scénario: r\n    Soit un parent seul\n    Quand on calcule le minimum vital au 01.06.2026\n    Alors le calcul est refusé pour le motif ";
    expect(runCases(parseCases(`${refusal}HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD`, 'r.feature'))[0]!.passed).toBe(true);
    const wrong = runCases(parseCases(`${refusal}HOUSEHOLD_SINGLE_WITH_CHILD`, 'r.feature'))[0]!;
    expect([wrong.passed, wrong.figures[0]!.actual]).toEqual([false, 'INVALID_INPUT HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
    const none = runCases(parseCases(refusal.replace('un parent seul', 'un débiteur seul') + 'HOUSEHOLD_SINGLE_WITH_CHILD', 'r.feature'))[0]!;
    expect([none.passed, none.figures[0]!.actual]).toEqual([false, '']);
    expect(caseReport([none])).toContain('obtenu calculé sans refus');
  });

  it('with loaded norms: the draft NI-2027 computes 2027 and the results name it, provisional', () => {
    const [r] = runCases(parseCases(dcso('lundi 04.01.2027', "3'305.60").replace('296.25', '246.25'), 'd.feature'), { norms: draft() });
    expect(r!.passed).toBe(true);
    expect(r!.provenance[0]!.provisional).toBe(true);
    expect(r!.provenance[0]!.norms[0]!.editions).toEqual([{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.draft.json' }]);
    expect(caseReport([r!])).toContain('Normes: seizure.minimum-vital: NI-2027 (provisoire, NI-2027.draft.json)');
    expect(caseReport([r!])).toContain('1 calculé(s) avec des normes provisoires ou reportées');
  });

  it('lp-rules/cases exports parseCases, runCases, caseReport and LpCaseError; the main entry does not carry them', () => {
    expect([typeof casesEntry.parseCases, typeof casesEntry.runCases, typeof casesEntry.caseReport, typeof casesEntry.LpCaseError]).toEqual(['function', 'function', 'function', 'function']);
    expect(['parseCases', 'runCases', 'caseReport', 'LpCaseError', 'safeParseCases'].filter((n) => n in sdk)).toEqual([]);
  });
});

describe('examples/cases: the worked examples as legal staff write them', () => {
  const builtIn = readdirSync(EXAMPLES).filter((f) => /\.(feature|csv)$/.test(f) && f !== 'ni-2027.feature');

  it('every built-in example passes against the package norms, and with the draft loaded too (it changes nothing before 2027)', () => {
    expect(builtIn.length).toBeGreaterThanOrEqual(3);
    const cases = builtIn.flatMap(read);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const norms of [undefined, draft()]) {
      const failed = runCases(cases, { norms }).filter((r) => !r.passed);
      expect(failed.map((r) => caseReport([r]))).toEqual([]);
    }
  });

  it('ni-2027.feature passes against the draft edition, and fails without it (no norms in force in 2027)', () => {
    const cases = read('ni-2027.feature');
    const withDraft = runCases(cases, { norms: draft() });
    expect(withDraft.filter((r) => !r.passed).map((r) => caseReport([r]))).toEqual([]);
    expect(withDraft[0]!.source).toBe('DCSO/127/2024');
    const without = runCases(cases);
    expect(without.filter((r) => !r.passed).map((r) => r.error?.code)).toEqual(['NO_NORM_IN_FORCE', 'NO_NORM_IN_FORCE', 'NO_NORM_IN_FORCE', 'NO_NORM_IN_FORCE']);
  });
});

describe('src/cases runs in browsers', () => {
  it('no Node built-in is imported by the case parser and runner (only the CLI reads files)', () => {
    const dir = join(__dirname, '../src/cases');
    const offenders = readdirSync(dir).filter((f) => /from '(node:|fs'|path')/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the norms a case report names', () => {
  it('a family applied in two versions is named once, with both', () => {
    const family = (edition: string) => ({ family: 'lp.procedure', source: 'LP', editions: [{ edition, status: 'official' as const }] });
    const provenance = { package: 'lp-rules@0', norms: [family('2026'), family('2019'), { family: 'lp.deadlines', source: 'LP (état au 1er janvier 2026)', editions: [] }], provisional: false, latestKnown: false, fingerprint: 'sha256:0' };
    expect(editionsText([provenance, provenance], 'fr')).toBe('lp.procedure: 2026 (officielle), 2019 (officielle); lp.deadlines: LP (état au 1er janvier 2026)');
    expect(editionsText([provenance], 'en')).toBe('lp.procedure: 2026 (official), 2019 (official); lp.deadlines: LP (état au 1er janvier 2026)');
  });

  it('in a timeline whose hide-request windows use both versions of LP 8a let. d', () => {
    // The bundled chronologie cases (examples/cases/chronologie.csv): lp.procedure is named once per « Normes » line.
    const csv = readFileSync(join(__dirname, '../examples/cases/chronologie.csv'), 'utf8');
    const report = caseReport(runCases(parseCases(csv, 'chronologie.csv')));
    const lines = report.split('\n').filter((l) => l.trim().startsWith('Normes:'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.match(/lp\.procedure:/g)?.length ?? 0, l).toBeLessThanOrEqual(1);
    expect(lines.some((l) => /lp\.procedure: 2026 \(officielle\), 2019 \(officielle\)/.test(l))).toBe(true);
  });
});
