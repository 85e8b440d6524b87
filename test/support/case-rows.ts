import { toZurich } from '../../src/core/instant.js';
import { readCell, type CellKind } from '../../src/cases/cells.js';
import { FIGURES } from '../../src/cases/figures.js';
import type { Answer, Question } from '../../src/cases/questions.js';
import { writeAmount, writeDate } from '../../src/cases/swiss.js';

// A worked example (input → expected result) written back as a CSV case row, in the words and formats legal
// staff use: the French columns of the table of questions, « lundi 04.05.2026 », « 1'234.50 », oui/non.
// What has no column or no answer is returned as a gap (the JSON pointer), never dropped silently.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface Row {
  /** Column → cell, in order. */
  cells: Map<string, string>;
  /** The answers expected (how many `attendu.` cells are filled). */
  answers: number;
  /** Input or expected fields the case format cannot write, e.g. "expected /extensions". */
  gaps: string[];
}

/** "2026-05-04T10:00:00+02:00" → "lundi 04.05.2026 10:00" (Zurich time; seconds when not 0), or the ISO text when the local reading would be another instant (the autumn night's second hour). */
function writeDateTime(iso: string): string {
  const z = toZurich(iso);
  if (z === null) return iso;
  const [h, m, s] = [Math.floor(z.secondOfDay / 3600), Math.floor(z.secondOfDay / 60) % 60, z.secondOfDay % 60].map((n) => String(n).padStart(2, '0'));
  const cell = `${writeDate(z.date)} ${h}:${m}${s === '00' ? '' : `:${s}`}`;
  const back = readCell('datetime', cell);
  return back.ok && toZurich(back.value)?.local === z.local ? cell : iso;
}

const word = (choices: Record<string, unknown>, value: Json): string | undefined => Object.entries(choices).find(([, v]) => v === value)?.[0];

/** An input value as a cell of its kind; undefined when the kind cannot hold it. */
export function writeCell(kind: CellKind, v: Json): string | undefined {
  if (typeof kind === 'object') return word(kind.choices, v);
  switch (kind) {
    case 'amount':
      return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? writeAmount(v) : undefined;
    case 'amount-as-written':
      return typeof v !== 'string' ? undefined : /^\d+(\.\d{1,2})?$/.test(v) ? writeAmount(v) : v;
    case 'date':
      return typeof v === 'string' ? writeDate(v) : undefined;
    case 'datetime':
      return typeof v === 'string' ? writeDateTime(v) : undefined;
    case 'month':
      return typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? `${v.slice(5)}.${v.slice(0, 4)}` : undefined;
    case 'time':
    case 'text':
      return typeof v === 'string' ? v : undefined;
    case 'yesno':
      return typeof v === 'boolean' ? (v ? 'oui' : 'non') : undefined;
    case 'null-if-yes':
      return v === null ? 'oui' : undefined;
    case 'integer':
      return typeof v === 'number' ? String(v) : undefined;
    case 'list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(';') : undefined;
    case 'spans':
      return Array.isArray(v) ? (v as { from: string; to: string }[]).map((s) => `du ${writeDate(s.from)} au ${writeDate(s.to)}`).join(';') : undefined;
  }
}

/** An expected value as an `attendu.` cell of its answer's kind; undefined when the kind cannot hold it. */
export function writeAnswer(x: Answer, v: Json): string | undefined {
  const k = x.kind;
  if (typeof k === 'object') return word(k.choices, v);
  if (v === null) return k === 'date' || k === 'text' ? 'aucune' : undefined;
  if (k === 'date') return typeof v === 'string' ? writeDate(v) : undefined;
  if (k === 'amount') return typeof v === 'string' ? writeAmount(v) : undefined;
  if (k === 'yesno') return typeof v === 'boolean' ? (v ? 'oui' : 'non') : undefined;
  if (k === 'integer') return typeof v === 'number' ? String(v) : undefined;
  if (k === 'text') return typeof v === 'string' ? v : undefined;
  return Array.isArray(v) && v.every((c) => typeof c === 'string') ? (v.length === 0 ? 'aucun' : v.join(';')) : undefined;
}

const decimal = (s: string): string => s.replace(/^\+/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** Whether the reader gives the value back from the cell (an amount as the same decimal; an instant is checked when written). */
function readsBack(kind: CellKind, cell: string, v: Json): boolean {
  if (kind === 'datetime') return true;
  const r = readCell(kind, cell);
  if (!r.ok) return false;
  if ((kind === 'amount' || kind === 'amount-as-written') && typeof v === 'string' && typeof r.value === 'string') return decimal(r.value) === decimal(v);
  return JSON.stringify(r.value) === JSON.stringify(v);
}

const isObject = (v: Json): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The row of a worked example of question `q`. */
export function exampleRow(q: Question, example: { name: string; citation: string; input: Json; expected: Record<string, Json> }): Row {
  const cells = new Map<string, string>([
    ['cas', example.name],
    ['source', example.citation],
    ['fonction', q.names[0]!],
  ]);
  const gaps: string[] = [];
  let answers = 0;
  const input = (v: Json, at: string): void => {
    if (at === '/interpretation' && isObject(v)) {
      cells.set('interpretation', Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join(';'));
      return;
    }
    const field = q.fields.find((f) => f.path === at && (f.kind === 'null-if-yes') === (v === null));
    if (field === undefined && isObject(v)) {
      for (const [k, x] of Object.entries(v)) input(x, `${at}/${k}`);
      return;
    }
    const cell = field === undefined ? undefined : writeCell(field.kind, v);
    if (field === undefined || cell === undefined || !readsBack(field.kind, cell, v)) gaps.push(`input ${at}`);
    else cells.set(field.name, cell);
  };
  input(example.input, '');
  const expect = (v: Json, at: string): void => {
    const picks = q.answers.filter((x) => x.path === at && x.pick !== undefined);
    if (picks.length > 0 && Array.isArray(v)) {
      // Each element by its `by` value, every field of it an answer; each element the list does not hold,
      // « aucune » for all its answers (so the row expects the same list, no more).
      const by = picks[0]!.pick!.by;
      for (const e of v) {
        const group = picks.filter((x) => isObject(e) && x.pick!.equals === e[by]);
        const hits = v.filter((f) => isObject(f) && isObject(e) && f[by] === e[by]);
        const fields = isObject(e) ? Object.keys(e).filter((k) => k !== by) : [];
        if (group.length === 0 || hits.length > 1 || fields.some((k) => !group.some((x) => x.pick!.read === k))) gaps.push(`expected ${at} (${isObject(e) ? String(e[by]) : '?'})`);
      }
      for (const x of picks) {
        const { equals, read } = x.pick!;
        const hit = v.find((e) => isObject(e) && e[by] === equals) as { [k: string]: Json } | undefined;
        if (hit !== undefined && hit[read] === undefined) continue;
        cells.set(`attendu.${x.id}`, hit === undefined ? 'aucune' : writeAnswer(x, hit[read]!)!);
        answers++;
      }
      return;
    }
    const x = q.answers.find((y) => y.path === at && y.pick === undefined);
    if (x === undefined && isObject(v)) {
      for (const [k, y] of Object.entries(v)) expect(y, `${at}/${k}`);
      return;
    }
    const cell = x === undefined ? undefined : writeAnswer(x, x.kind === 'codes' && Array.isArray(v) ? v.map((r) => (isObject(r) ? r.code! : r)) : v);
    if (x === undefined || cell === undefined) gaps.push(`expected ${at}`);
    else {
      cells.set(`attendu.${x.id}`, cell);
      answers++;
    }
  };
  for (const [k, v] of Object.entries(example.expected)) expect(v, `/${k}`);
  return { cells, answers, gaps };
}

/** Rows as a `;` CSV file (Excel fr-CH), one header for all: the union of their columns. */
export function csvOf(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))];
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [columns, ...rows.map((r) => columns.map((c) => r.cells.get(c) ?? ''))].map((l) => l.map(quote).join(';')).join('\n') + '\n';
}

/** The figures a « minimum vital » row may expect from `computeMinimumVital`'s breakdown: the items of src/cases/figures.ts. */
const BREAKDOWN_FIGURES = FIGURES.filter((f) => f.part === 'minimumVital' && f.id !== 'minimumVital' && f.id !== 'normsVersion').map((f) => f.id);

/**
 * The row of a worked example of `computeMinimumVital`, as a « minimum vital » row: `lp-rules recalc`'s
 * columns (asOf, householdType, rent…) in Swiss formats, `attendu.minimumVital`, `attendu.normsVersion`
 * and every item of the breakdown. An expense's `label` is a note the computation does not
 * read: left out, and said so in `notes`.
 */
export function minimumVitalRow(example: { name: string; citation: string; input: Json; expected: Record<string, Json> }): Row & { notes: string[] } {
  const cells = new Map<string, string>([
    ['cas', example.name],
    ['source', example.citation],
    ['fonction', 'minimum vital'],
  ]);
  const gaps: string[] = [];
  const notes: string[] = [];
  const i = example.input as { [k: string]: Json };
  const add = (column: string, cell: string) => cells.set(column, cells.has(column) ? `${cells.get(column)};${cell}` : cell);
  for (const [k, v] of Object.entries(i)) {
    if (k === 'asOf' && typeof v === 'string') add('asOf', writeDate(v));
    else if (k === 'interpretation' && isObject(v)) add('interpretation', Object.entries(v).map(([a, b]) => `${a}=${String(b)}`).join(';'));
    else if (k === 'household' && isObject(v)) {
      for (const [h, x] of Object.entries(v)) {
        if (h === 'type' && typeof x === 'string') add('householdType', x);
        else if (h === 'children' && Array.isArray(x) && x.every((c) => isObject(c) && Object.keys(c).join() === 'birthDate')) add('childrenBirthDates', x.map((c) => writeDate((c as { birthDate: string }).birthDate)).join(';'));
        else gaps.push(`input /household/${h}`);
      }
    } else if (k === 'expenses' && isObject(v)) {
      for (const [e, x] of Object.entries(v)) {
        const items = ['healthInsurance', 'professional'].includes(e) && Array.isArray(x) ? x : [x];
        for (const item of items) {
          if (e === 'rentShare' && typeof item === 'string') add('rentShare', item);
          else if (typeof item === 'string') add(e, writeAmount(item));
          else if (isObject(item) && typeof item.amount === 'string' && item.proven === false && Object.keys(item).every((n) => ['amount', 'proven', 'label'].includes(n))) {
            if (item.label !== undefined) notes.push(`/expenses/${e} label « ${String(item.label)} »`);
            if (['healthInsurance', 'professional'].includes(e)) add(`${e}Unproven`, writeAmount(item.amount));
            else {
              add(e, writeAmount(item.amount));
              add(`${e}Proven`, 'false');
            }
          } else gaps.push(`input /expenses/${e}`);
        }
      }
    } else if (k === 'latestKnownNorms' && v === true) add('latestKnownNorms', 'oui');
    else gaps.push(`input /${k}`);
  }
  let answers = 0;
  for (const [k, v] of Object.entries(example.expected)) {
    if (k === 'total' && typeof v === 'string') cells.set('attendu.minimumVital', writeAmount(v));
    else if (k === 'normsVersion' && typeof v === 'string') cells.set('attendu.normsVersion', v);
    else if (k === 'breakdown' && Array.isArray(v)) {
      const items = v as { item: string; amount: string }[];
      for (const b of items) if (!BREAKDOWN_FIGURES.includes(b.item) || Object.keys(b).some((n) => n !== 'item' && n !== 'amount')) gaps.push(`expected /breakdown (${b.item})`);
      // An item the breakdown does not hold reads as 0.00: written so, the row expects the same items.
      for (const f of BREAKDOWN_FIGURES) {
        cells.set(`attendu.${f}`, writeAmount(items.find((b) => b.item === f)?.amount ?? '0.00'));
        answers++;
      }
      continue;
    } else {
      gaps.push(`expected /${k}`);
      continue;
    }
    answers++;
  }
  return { cells, answers, gaps, notes };
}
