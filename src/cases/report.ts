import type { Provenance } from '../engines/evaluator/provenance.js';
import { answerOf, questionById, shownAnswer } from './ask.js';
import { figureById } from './figures.js';
import type { CaseResult, FigureResult } from './run.js';
import { writeAmount, writeDate } from './swiss.js';

/** The counts a run of cases ends with. */
export interface CaseSummary {
  cases: number;
  passed: number;
  failed: number;
  /** Cases whose figures come from a provisional edition (a draft) or norms carried past their period. */
  provisional: number;
}

const WORDS = {
  fr: {
    title: 'Cas', passed: 'réussi(s)', failed: 'échoué(s)', line: 'ligne', expected: 'attendu', actual: 'obtenu', refused: 'non calculé (refus)', noRefusal: 'calculé sans refus',
    source: 'Source', norms: 'Normes', provisional: 'provisoire', official: 'officielle', latest: 'dernière connue, appliquée au-delà de sa période', checked: 'chiffre(s) vérifié(s)',
    underProvisional: 'calculé(s) avec des normes provisoires ou reportées', reason: 'Motif',
  },
  en: {
    title: 'Cases', passed: 'passed', failed: 'failed', line: 'line', expected: 'expected', actual: 'got', refused: 'not computed (refused)', noRefusal: 'computed, no refusal',
    source: 'Source', norms: 'Norms', provisional: 'provisional', official: 'official', latest: 'latest known, applied past its period', checked: 'figure(s) checked',
    underProvisional: 'computed under provisional or carried-forward norms', reason: 'Reason',
  },
};

export const summarize = (results: readonly CaseResult[]): CaseSummary => ({
  cases: results.length,
  passed: results.filter((r) => r.passed).length,
  failed: results.filter((r) => !r.passed).length,
  provisional: results.filter((r) => r.provenance.some((p) => p.provisional || p.latestKnown)).length,
});

/** A figure's value as the case would write it: CHF 1'234.50, mercredi 15.04.2026, NI-2027. */
function shown(r: CaseResult, f: FigureResult, value: string | null, lang: 'fr' | 'en'): string {
  const w = WORDS[lang];
  if (f.figure === 'refused') return value === '' || value === null ? w.noRefusal : value;
  if (value === null) return w.refused;
  const question = questionById(r.operation);
  const answer = question === undefined ? undefined : answerOf(question, f.figure);
  if (answer !== undefined) return shownAnswer(answer, value, lang);
  const kind = figureById(f.figure)?.kind;
  if (kind === 'amount' && /^\d+\.\d{2}$/.test(value)) return `CHF ${writeAmount(value)}`;
  if (kind === 'date') return writeDate(value, lang);
  return value === '' ? '—' : value;
}

/**
 * "seizure.minimum-vital: NI-2027 (provisoire, NI-2027.draft.json)": which norms produced the figures, one entry
 * per family — a family applied in two versions (lp.procedure 2019 and 2026 in one timeline) is named once.
 */
export function editionsText(provenance: readonly Provenance[], lang: 'fr' | 'en'): string {
  const w = WORDS[lang];
  const families = new Map<string, { family: string; suffix: string; parts: Set<string> }>();
  for (const p of provenance) {
    for (const n of p.norms) {
      const suffix = `${n.origin ? ` [${n.origin}]` : ''}${n.latestKnown ? ` — ${w.latest}` : ''}`;
      const key = `${n.family}${suffix}`;
      let entry = families.get(key);
      if (entry === undefined) families.set(key, (entry = { family: n.family, suffix, parts: new Set() }));
      const editions = n.editions.map((e) => `${e.edition} (${e.status === 'official' ? w.official : w.provisional}${e.origin ? `, ${e.origin}` : ''})`);
      for (const part of editions.length > 0 ? editions : [n.source]) entry.parts.add(part);
    }
  }
  return [...families.values()].map((f) => `${f.family}: ${[...f.parts].join(', ')}${f.suffix}`).join('; ');
}

/**
 * The report of a run, in French (default) or English, for the legal staff who wrote the cases: one line
 * per case (✓/✗, file:line, name, source), each failed figure with what was expected, what was
 * computed and the text of the norms it rests on, the refusal's reason, the norms applied; then the counts.
 *
 * @example
 * const text = "# language: fr\nFonctionnalité: NI\n  Scénario: seul\n    Soit un débiteur seul\n    Quand on calcule le minimum vital au lundi 01.06.2026\n    Alors le minimum vital est de 1'250.00 CHF";
 * caseReport(runCases(parseCases(text, 'seul.feature'))).split('\n').slice(0, 2);
 * // → ['✗ seul.feature:3  seul', "    ✗ ligne 6: minimum vital — attendu CHF 1'250.00, obtenu CHF 1'200.00 (NI (rsGE E 3 60.04) (2025, 2026 ; lignes directrices fédérales 2009 avant))"]
 */
export function caseReport(results: readonly CaseResult[], lang: 'fr' | 'en' = 'fr'): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.passed ? '✓' : '✗'} ${r.file}:${r.line}  ${r.name}${r.source ? `  (${w.source}: ${r.source})` : ''}`);
    if (r.passed) out.push(`    ${r.figures.length} ${w.checked}`);
    for (const f of r.passed ? [] : r.figures) {
      const label = f.label[lang];
      const cited = f.passed || f.citation === undefined ? '' : ` (${f.citation})`;
      out.push(`    ${f.passed ? '✓' : '✗'} ${w.line} ${f.line}: ${label} — ${w.expected} ${shown(r, f, f.expected, lang)}${f.passed ? '' : `, ${w.actual} ${shown(r, f, f.actual, lang)}${cited}`}`);
    }
    if (!r.passed && r.error !== undefined && !r.figures.some((f) => f.figure === 'refused' && f.passed)) {
      out.push(`    ${w.reason}: ${r.error.code}${r.error.issues.length > 0 ? ` (${r.error.issues.join(', ')})` : ''} — ${r.error.message[lang].split('\n')[0]}`);
    }
    const norms = editionsText(r.provenance, lang);
    if (norms !== '') out.push(`    ${w.norms}: ${norms}`);
  }
  const s = summarize(results);
  out.push('', `${w.title}: ${s.cases}, ${s.passed} ${w.passed}, ${s.failed} ${w.failed}${s.provisional > 0 ? `; ${s.provisional} ${w.underProvisional}` : ''}.`);
  return `${out.join('\n')}\n`;
}
