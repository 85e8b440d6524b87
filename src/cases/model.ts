import { redactCardNumbers } from '../core/card-number.js';
import { LpError } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import type { QuestionId } from './questions.js';

/**
 * What a case computes: a seizure (minimum vital, then the quota with an income), the deadlines of a
 * payment order, or one of the other functions of the table of questions (`QUESTIONS`), by its name.
 */
export type Operation = 'seizure' | 'deadlines' | QuestionId;

/** One expected figure of a case, as its author wrote it (the line, for the report). */
export interface Expected {
  /** The figure's id (see `FIGURES`), e.g. "minimumVital", "oppositionLastDay". */
  figure: string;
  /** Normalised: "3305.60", "2026-04-15", "NI-2027", or an error code for a refusal. */
  value: string;
  line: number;
}

/** One case: its facts (the input of the public functions), the figures expected, the source decision. */
export interface Case {
  file: string;
  /** Where the case starts (its "Scénario:" line, its CSV row). */
  line: number;
  name: string;
  /** The "Fonctionnalité:" it belongs to, when the format has one. */
  feature?: string;
  /** The decision or text the case comes from, e.g. "DCSO/127/2024". */
  source?: string;
  operation: Operation;
  /** For a seizure: a `SeizureFile` (asOf, household, expenses, netIncome…); for deadlines: notifiedOn, notifiedAt, canton…; else the function's input. */
  input: Record<string, unknown>;
  expected: Expected[];
}

/** A problem in a case file: where, and what was expected, in French and English. */
export interface CaseProblem {
  file: string;
  line: number;
  message: Localized;
}

/**
 * A case file that cannot be read: every problem at once, each with its file and line, saying what was
 * expected (`code: 'CASE_INVALID'`). Nothing of the file runs until it reads.
 *
 * @example
 * parseCases('Scénario: sans fonctionnalité', 'cas.feature'); // throws LpCaseError CASE_INVALID
 */
export class LpCaseError extends LpError {
  declare readonly code: 'CASE_INVALID';
  readonly problems: readonly CaseProblem[];

  constructor(problems: readonly CaseProblem[]) {
    const list = (lang: 'fr' | 'en') => problems.map((p) => `${p.file}:${p.line}: ${p.message[lang]}`).join('\n');
    super('CASE_INVALID', {
      fr: `Fichier de cas illisible (${problems.length} problème(s)) :\n${list('fr')}`,
      en: `Unreadable case file (${problems.length} problem(s)):\n${list('en')}`,
    });
    // A problem quotes the author's text: a card number pasted into a case is not repeated.
    this.name = 'LpCaseError';
    const safe = (t: string) => redactCardNumbers(t);
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ file: safe(p.file), line: p.line, message: Object.freeze({ fr: safe(p.message.fr), en: safe(p.message.en) }) })));
  }
}
