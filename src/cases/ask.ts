import type { Localized } from '../core/localized.js';
import type { TraceStep } from '../core/trace.js';
import { plain, readCell, readYesNo } from './cells.js';
import { QUESTIONS, type Answer, type Field, type Question } from './questions.js';
import { readAmount, readDate, writeAmount, writeDate, type Read } from './swiss.js';

// Reading a case through the table of questions: which function a `fonction` names, which input field a
// column fills, how an expected answer is written, read back from the result, compared and shown.

export const questionNamed = (word: string): Question | undefined => QUESTIONS.find((q) => plain(q.id) === plain(word) || q.names.some((n) => plain(n) === plain(word)));
export const questionById = (id: string): Question | undefined => QUESTIONS.find((q) => q.id === id);

const dotted = (path: string): string => path.slice(1).split('/').join('.');
const fieldNames = (x: Field): string[] => [x.name, ...(x.aliases ?? []), dotted(x.path)].map(plain);

/** The input field a column fills in this question: by its French name, another name, or the input's own (target.balance). */
export const fieldOf = (q: Question, column: string): Field | undefined => q.fields.find((x) => fieldNames(x).includes(plain(column)));
/** The answer an `attendu.<id>` column expects: by its French id or the result's own field (lastDay). */
export const answerOf = (q: Question, id: string): Answer | undefined => q.answers.find((x) => plain(x.id) === plain(id) || ownNames(x).some((n) => plain(n) === plain(id)));
/** The result's own names of an answer: its field (lastDay, delivery.earliest), or the element a pick reads (opposition-last-day, feries.name). */
const ownNames = (x: Answer): string[] => (x.pick !== undefined ? [x.pick.equals, `${x.pick.equals}.${x.pick.read}`] : [dotted(x.path)]);

export const knownColumn = (column: string): boolean => QUESTIONS.some((q) => fieldOf(q, column) !== undefined);
export const knownAnswer = (id: string): boolean => QUESTIONS.some((q) => answerOf(q, id) !== undefined);

/** `attendu.dernier jour`, `Attendu : dernier jour` → "dernier jour"; null for an input column. */
export function expectedId(column: string): string | null {
  const m = /^attendu\s*[.:]\s*(.+)$/i.exec(column.trim());
  return m === null ? null : m[1]!.trim();
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.slice(1).split('/');
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

/** The input of the question's function from a row's filled cells (column → text); each problem given to `fail`. */
export function inputOf(q: Question, cells: ReadonlyMap<string, string>, fail: (m: Localized) => void): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [column, text] of cells) {
    const x = fieldOf(q, column);
    if (x === undefined) {
      fail({ fr: `la colonne « ${column} » ne sert pas à « ${q.names[0]} » (colonnes : ${q.fields.map((y) => y.name).join(', ')})`, en: `column "${column}" plays no part in "${q.names[0]}" (columns: ${q.fields.map((y) => y.name).join(', ')})` });
      continue;
    }
    const r = readCell(x.kind, text);
    if (!r.ok) fail({ fr: `${column} : ${r.problem.fr}`, en: `${column}: ${r.problem.en}` });
    else if (r.value !== undefined) setAt(input, x.path, r.value);
  }
  return input;
}

const NONE = /^(?:aucune?|néant|none|-|—)$/i;
const fail = (fr: string, en: string): { ok: false; problem: Localized } => ({ ok: false, problem: { fr, en } });

/** An expected answer as written → its exact form ("2026-04-15", "750.00", "true", "AMOUNT_ABOVE_LIMIT;METHOD_…"). */
export function readAnswer(x: Answer, text: string): Read<string> {
  const t = text.trim();
  const k = x.kind;
  if (k === 'date') return NONE.test(t) ? { ok: true, value: '' } : readDate(t);
  if (k === 'amount') return readAmount(t);
  if (k === 'yesno') {
    const y = readYesNo(t);
    return y.ok ? { ok: true, value: String(y.value) } : y;
  }
  if (k === 'integer') return /^\d+$/.test(t) ? { ok: true, value: t } : fail(`nombre entier attendu, trouvé « ${t} »`, `a whole number was expected, found "${t}"`);
  if (k === 'codes') {
    if (NONE.test(t)) return { ok: true, value: '' };
    const codes = t.split(/[;,\s]+/).filter((c) => c !== '').map((c) => c.toUpperCase());
    const bad = codes.find((c) => !/^[A-Z][A-Z0-9_]*$/.test(c));
    return bad === undefined ? { ok: true, value: codes.join(';') } : fail(`code de motif attendu (p. ex. AMOUNT_ABOVE_LIMIT), trouvé « ${bad} »`, `a reason code was expected (e.g. AMOUNT_ABOVE_LIMIT), found "${bad}"`);
  }
  // « aucune » is the absent text too (a version the law has not yet), as for a date.
  if (k === 'text') return { ok: true, value: NONE.test(t) ? '' : t };
  const hit = Object.entries(k.choices).find(([word, value]) => plain(word) === plain(t) || String(value) === t);
  if (hit !== undefined) return { ok: true, value: String(hit[1]) };
  const words = Object.keys(k.choices).join(', ');
  return fail(`« ${t} » inconnu ; attendu : ${words}`, `unknown "${t}"; expected: ${words}`);
}

function at(result: unknown, path: string): unknown {
  return path.slice(1).split('/').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), result);
}

/** The element of a list a picking answer reads (a milestone by its kind); undefined without a pick or when the list holds none. */
export function pickedOf(x: Answer, result: object): Record<string, unknown> | undefined {
  if (x.pick === undefined) return undefined;
  const list = at(result, x.path);
  const { by, equals } = x.pick;
  return Array.isArray(list) ? (list as Record<string, unknown>[]).find((e) => e !== null && typeof e === 'object' && e[by] === equals) : undefined;
}

/** The answer as the function gave it, in the same exact form as `readAnswer`'s. */
export function actualAnswer(x: Answer, result: object): string {
  const v = x.pick !== undefined ? pickedOf(x, result)?.[x.pick.read] : at(result, x.path);
  if (x.kind === 'codes') return ((v ?? []) as { code: string }[]).map((r) => r.code).join(';');
  return v === undefined || v === null ? '' : String(v);
}

/** Reason codes are compared as a set (their order is the norms', not the author's); the rest exactly. */
export function sameAnswer(x: Answer, expected: string, actual: string): boolean {
  if (x.kind !== 'codes') return expected === actual;
  const set = (s: string) => [...new Set(s.split(';').filter((c) => c !== ''))].sort().join(';');
  return set(expected) === set(actual);
}

/** An answer as a lawyer writes it: mercredi 15.04.2026, CHF 1'000.00, oui, accepté, AMOUNT_ABOVE_LIMIT. */
export function shownAnswer(x: Answer, value: string, lang: 'fr' | 'en'): string {
  const k = x.kind;
  if (value === '') return k === 'codes' ? (lang === 'fr' ? 'aucun motif' : 'no reason') : lang === 'fr' ? 'aucune' : 'none';
  if (k === 'date') return writeDate(value, lang);
  if (k === 'amount') return /^-?\d+\.\d{2}$/.test(value) ? `CHF ${writeAmount(value)}` : value;
  if (k === 'yesno') return value === 'true' ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no';
  if (k === 'codes') return value.split(';').join(', ');
  if (typeof k === 'object') return Object.entries(k.choices).find(([, v]) => String(v) === value)?.[0] ?? value;
  return value;
}

/**
 * The text of the norms behind a figure, for the report: the reasons' citations for a decision, else the
 * first step of the trace that holds the figure (the rule that gave it), else the function's first step.
 */
export function citationOf(result: object, value: string, reasonsFirst: boolean): string | undefined {
  const r = result as { reasons?: { citation: string }[]; trace?: TraceStep[] };
  const cited = [...new Set((r.reasons ?? []).map((x) => x.citation))];
  if (reasonsFirst && cited.length > 0) return cited.join(' ; ');
  const steps = (r.trace ?? []).filter((s) => s.rule !== 'norms.provenance');
  const holding = value === '' ? undefined : steps.find((s) => Object.values(s.values ?? {}).some((v) => String(v) === value));
  return (holding ?? (reasonsFirst ? steps.at(-1) : steps[0]))?.citation;
}
