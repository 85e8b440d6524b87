import { LpError, LpInputError } from '../core/errors.js';
import type { Provenance } from '../engines/evaluator/provenance.js';
import type { Localized } from '../core/localized.js';
import { computeMinimumVital, type MinimumVitalInput } from '../calculators/compute-minimum-vital/index.js';
import { oppositionDeadline } from '../calculators/opposition-deadline/index.js';
import { paymentDeadline } from '../calculators/payment-deadline/index.js';
import { seizableQuota } from '../calculators/seizable-quota/index.js';
import type { OppositionDeadlineInput, PaymentDeadlineInput } from '../schemas/calendar.js';
import type { Norms } from '../rules/norms.js';
import { FIGURES, REFUSAL, type Part } from './figures.js';
import { actualAnswer, answerOf, citationOf, pickedOf, questionById, sameAnswer } from './ask.js';
import type { Case } from './model.js';
import type { Question } from './questions.js';

/** One expected figure against the computed one. */
export interface FigureResult {
  figure: string;
  label: Localized;
  /** As the case wrote it, normalised ("3305.60", "2026-04-15", an error code). */
  expected: string;
  /** As computed; `null` when the computation was refused (see the case's `error`). */
  actual: string | null;
  passed: boolean;
  /** The line of the case file that expects it. */
  line: number;
  /** The text of the norms the computed figure rests on (a refusal's reasons, the rule that gave the date), e.g. "LP 74 al. 1". */
  citation?: string;
}

/** Why a case's computation was refused: the SDK's error code, its message, its issues' codes. */
export interface CaseRefusal {
  code: string;
  message: Localized;
  issues: string[];
}

/** The outcome of one case: every figure, the editions applied, the source decision. */
export interface CaseResult extends Pick<Case, 'file' | 'line' | 'name' | 'feature' | 'source' | 'operation'> {
  passed: boolean;
  figures: FigureResult[];
  /** The computation's refusal, when there was one (expected or not). */
  error?: CaseRefusal;
  /** The provenance of each result computed (editions applied and their status, the fingerprint). */
  provenance: Provenance[];
}

type Outcome = { ok: true; result: Record<string, unknown> } | { ok: false; error: CaseRefusal };

const PARTS: Record<'seizure' | 'deadlines', Part[]> = { seizure: ['minimumVital', 'quota'], deadlines: ['opposition', 'payment'] };

/** What one case computed, by part (a table's question is one part, 'question'). */
type Done = Map<Part | 'question', Outcome>;

/** Computes one part of a case with the public function (the same checks, the same norms an office applies). */
function compute(part: Part | 'question', input: Record<string, unknown>, done: Done, options: { norms?: Norms }, question?: Question): Outcome {
  const known = done.get(part);
  if (known !== undefined) return known;
  let outcome: Outcome;
  try {
    const result = part === 'question' ? question!.run(input as never, options) : call(part, input, done, options);
    outcome = { ok: true, result: result as unknown as Record<string, unknown> };
  } catch (error) {
    if (!(error instanceof LpError)) throw error;
    outcome = { ok: false, error: { code: error.code, message: error.messages, issues: error instanceof LpInputError ? error.issues.map((i) => i.code) : [] } };
  }
  done.set(part, outcome);
  return outcome;
}

function call(part: Part, input: Record<string, unknown>, done: Done, options: { norms?: Norms }): object {
  const { asOf, household, expenses, latestKnownNorms, interpretation, netIncome, spouseNetIncome, seizedOn } = input;
  if (part === 'minimumVital') return computeMinimumVital({ asOf, household, expenses, latestKnownNorms, interpretation } as MinimumVitalInput, options);
  if (part === 'quota') {
    const minimum = compute('minimumVital', input, done, options);
    if (!minimum.ok) throw new LpError(minimum.error.code, minimum.error.message);
    return seizableQuota({ netIncome, spouseNetIncome, minimumVital: minimum.result.total, seizedOn, asOf, interpretation } as Parameters<typeof seizableQuota>[0], options);
  }
  if (part === 'opposition') return oppositionDeadline(input as unknown as OppositionDeadlineInput, options);
  return paymentDeadline(input as unknown as PaymentDeadlineInput, options);
}

/**
 * Runs cases (`parseCases`) with the package's norms, or with `norms` (`loadNorms`: e.g. a draft
 * edition): each figure computed by the public functions and compared with what the case expects, as
 * exact strings. A refusal the case did not expect fails the case, with the SDK's reason.
 *
 * @example
 * const text = "# language: fr\nFonctionnalité: NI\n  Scénario: seul\n    Source: NI 2026 ch. I.1\n    Soit un débiteur seul\n    Quand on calcule le minimum vital au lundi 01.06.2026\n    Alors le minimum vital est de 1'200.00 CHF";
 * const [r] = runCases(parseCases(text, 'seul.feature'));
 * r.passed; // → true
 * r.source; // → 'NI 2026 ch. I.1'
 * r.figures; // → [{ figure: 'minimumVital', label: { fr: 'minimum vital', en: 'minimum vital' }, expected: '1200.00', actual: '1200.00', passed: true, line: 7, citation: 'NI (rsGE E 3 60.04) (2025, 2026 ; lignes directrices fédérales 2009 avant)' }]
 * r.provenance[0].norms[0].editions; // → [{ edition: 'NI-2026', status: 'official' }]
 */
export function runCases(cases: readonly Case[], options: { norms?: Norms | undefined } = {}): CaseResult[] {
  const o = options.norms === undefined ? {} : { norms: options.norms };
  return cases.map((c) => {
    const done: Done = new Map();
    const question = questionById(c.operation);
    const figures = c.expected.map((e): FigureResult => {
      if (e.figure === REFUSAL.id) {
        const parts = question !== undefined ? (['question'] as const) : PARTS[c.operation as 'seizure' | 'deadlines'].filter((p) => p !== 'quota' || c.input.netIncome !== undefined);
        const refused = parts.map((p) => compute(p, c.input, done, o, question)).find((x) => !x.ok);
        const actual = refused === undefined || refused.ok ? null : [refused.error.code, ...refused.error.issues].join(' ');
        const passed = refused !== undefined && !refused.ok && (refused.error.code === e.value || refused.error.issues.includes(e.value));
        return { figure: e.figure, label: REFUSAL.label, expected: e.value, actual: actual ?? '', passed, line: e.line };
      }
      if (question !== undefined) {
        const answer = answerOf(question, e.figure)!;
        const outcome = compute('question', c.input, done, o, question);
        const actual = outcome.ok ? actualAnswer(answer, outcome.result) : null;
        // A picked element (a milestone) carries its own citation; else the reasons' or the trace's.
        let citation: string | undefined;
        if (outcome.ok && answer.pick !== undefined) {
          const own = pickedOf(answer, outcome.result)?.citation;
          citation = typeof own === 'string' ? own : undefined;
        } else if (outcome.ok) {
          citation = citationOf(outcome.result, actual!, answer.kind === 'codes' || answer.path === '/accepted' || answer.path === '/approved' || answer.path === '/allowed');
        }
        const passed = actual !== null && sameAnswer(answer, e.value, actual);
        return { figure: answer.id, label: answer.label, expected: e.value, actual, passed, line: e.line, ...(citation !== undefined ? { citation } : {}) };
      }
      const f = FIGURES.find((x) => x.id === e.figure)!;
      const outcome = compute(f.part, c.input, done, o);
      const value = outcome.ok ? f.read(outcome.result) : null;
      const actual = outcome.ok ? (value === undefined || value === null ? '' : String(value)) : null;
      const citation = outcome.ok ? citationOf(outcome.result, actual!, false) : undefined;
      return { figure: f.id, label: f.label, expected: e.value, actual, passed: actual === e.value, line: e.line, ...(citation !== undefined ? { citation } : {}) };
    });
    const outcomes = [...done.values()];
    const failed = outcomes.find((x) => !x.ok);
    const provenance = outcomes.flatMap((x) => (x.ok ? [x.result.provenance as Provenance] : []));
    const unique = provenance.filter((p, k) => provenance.findIndex((q) => q.fingerprint === p.fingerprint) === k);
    return {
      file: c.file,
      line: c.line,
      name: c.name,
      ...(c.feature !== undefined ? { feature: c.feature } : {}),
      ...(c.source !== undefined ? { source: c.source } : {}),
      operation: c.operation,
      passed: figures.every((f) => f.passed),
      figures,
      ...(failed !== undefined && !failed.ok ? { error: failed.error } : {}),
      provenance: unique,
    };
  });
}
