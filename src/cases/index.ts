import { parseCsvCases } from './csv.js';
import { parseGherkin } from './gherkin.js';
import { LpCaseError, type Case } from './model.js';

/**
 * Reads a case file written by legal staff: French Gherkin (`*.feature`, `# language: fr`) or CSV
 * (`*.csv`, one case per row). Throws `LpCaseError` (`CASE_INVALID`) listing every problem with its
 * file, line and what was expected, in French and English; nothing of a file that does not read runs.
 *
 * @example
 * const text = "# language: fr\nFonctionnalité: NI\n  Scénario: seul\n    Soit un débiteur seul\n    Quand on calcule le minimum vital au lundi 01.06.2026\n    Alors le minimum vital est de 1'200.00 CHF";
 * const [c] = parseCases(text, 'seul.feature');
 * c.input; // → { asOf: '2026-06-01', household: { type: 'single' } }
 * c.expected; // → [{ figure: 'minimumVital', value: '1200.00', line: 6 }]
 */
export function parseCases(text: string, fileName: string): Case[] {
  const csv = /\.csv$/i.test(fileName);
  const { cases, problems } = csv ? parseCsvCases(String(text), fileName) : parseGherkin(String(text), fileName);
  if (problems.length > 0) throw new LpCaseError(problems);
  return cases;
}

export { runCases, type CaseResult, type FigureResult, type CaseRefusal } from './run.js';
export { LpCaseError, type Case, type CaseProblem, type Expected, type Operation } from './model.js';
export { caseReport, summarize, type CaseSummary } from './report.js';
export type { QuestionId } from './questions.js';
