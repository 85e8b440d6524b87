import { cellsToFile, CSV_COLUMNS, splitCsvRow, type CsvColumn } from '../bulk/csv.js';
import type { Localized } from '../core/localized.js';
import { FIGURES, REFUSAL } from './figures.js';
import { readValue } from './gherkin.js';
import type { Case, CaseProblem, Expected, Operation } from './model.js';
import { answerOf, expectedId, inputOf, knownAnswer, knownColumn, questionNamed, readAnswer } from './ask.js';
import { QUESTIONS, type Question } from './questions.js';
import { readYesNo } from './cells.js';
import { readAmount, readDate } from './swiss.js';

const OPERATIONS: Record<string, Operation> = { 'minimum vital': 'seizure', 'minimum-vital': 'seizure', saisie: 'seizure', seizure: 'seizure', délais: 'deadlines', delais: 'deadlines', deadlines: 'deadlines' };
const AMOUNT_COLUMNS = new Set(['rent', 'healthInsurance', 'healthInsuranceUnproven', 'professional', 'professionalUnproven', 'alimony', 'childcare', 'education', 'taxes', 'netIncome', 'spouseNetIncome']);
const DATE_COLUMNS = new Set(['asOf', 'childrenBirthDates', 'seizedOn', 'notifiedOn']);
const DEADLINE_COLUMNS = new Set(['notifiedOn', 'notifiedAt', 'canton']);
const COMMON = new Set(['cas', 'source', 'fonction', 'interpretation']);
// The Gherkin « les dernières normes connues s'appliquent » as a column of a minimum vital row (oui/non).
const LATEST = 'latestKnownNorms';
const EXPECTED = 'attendu.';

const say = (fr: string, en: string): Localized => ({ fr, en });

/**
 * Reads a CSV case file: one case per row; columns `cas` (its name), `source`, `fonction` (`minimum vital`
 * or `délais`), the inputs (the columns of `lp-rules recalc`'s CSV, or `notifiedOn`, `notifiedAt`,
 * `canton`), `latestKnownNorms` (oui: the latest norms known apply past their period), `interpretation`
 * (`key=value;…`) and the figures expected as `attendu.<figure>`. Amounts and
 * dates as lawyers write them; `,` or `;` separated (a spreadsheet's Swiss export), lists `;`-separated
 * in a quoted cell. An empty cell is "not given" (an empty `attendu.` cell: not checked).
 */
export function parseCsvCases(text: string, file: string): { cases: Case[]; problems: CaseProblem[] } {
  const problems: CaseProblem[] = [];
  const problem = (line: number, m: Localized): void => void problems.push({ file, line, message: m });
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt === -1) return { cases: [], problems: [{ file, line: 1, message: say('fichier CSV vide : attendu un en-tête (cas,fonction,…,attendu.minimumVital)', 'empty CSV file: expected a header (cas,fonction,…,attendu.minimumVital)') }] };
  const head = lines[headerAt]!;
  const separator = head.includes(';') && !head.includes(',') ? ';' : ',';
  const columns = (splitCsvRow(head, separator) ?? []).map((c) => c.trim());
  const known = (c: string) => {
    const id = expectedId(c);
    if (id === null) return COMMON.has(c) || c === LATEST || Object.hasOwn(CSV_COLUMNS, c) || DEADLINE_COLUMNS.has(c) || knownColumn(c);
    return id === REFUSAL.id || id === 'refus' || FIGURES.some((f) => f.id === id) || knownAnswer(id);
  };
  const unknown = columns.filter((c) => !known(c));
  if (unknown.length > 0) {
    const figures = [...FIGURES.map((f) => f.id), REFUSAL.id].map((id) => EXPECTED + id).join(', ');
    const others = QUESTIONS.map((q) => `${q.names[0]} : ${q.fields.map((f) => f.name).join(', ')} ; ${q.answers.map((x) => EXPECTED + x.id).join(', ')}`).join(' | ');
    problem(headerAt + 1, say(`colonne(s) inconnue(s) : ${unknown.join(', ')} ; colonnes attendues : cas, source, fonction, interpretation, latestKnownNorms, ${Object.keys(CSV_COLUMNS).join(', ')}, notifiedOn, notifiedAt, canton, ${figures} ; ou, selon la fonction, ${others}`, `unknown column(s): ${unknown.join(', ')}; expected columns: cas, source, fonction, interpretation, latestKnownNorms, ${Object.keys(CSV_COLUMNS).join(', ')}, notifiedOn, notifiedAt, canton, ${figures}; or, by fonction, ${others}`));
  }
  for (const must of ['cas', 'fonction']) if (!columns.includes(must)) problem(headerAt + 1, say(`colonne « ${must} » manquante`, `column "${must}" missing`));
  if (problems.length > 0) return { cases: [], problems };
  const cases: Case[] = [];
  lines.forEach((row, k) => {
    if (k <= headerAt || row.trim() === '') return;
    const line = k + 1;
    const cells = splitCsvRow(row, separator);
    if (cells === null || cells.length !== columns.length) return problem(line, say(`attendu ${columns.length} cellules séparées par « ${separator} », trouvé ${cells?.length ?? 'des guillemets non fermés'}`, `expected ${columns.length} cells separated by "${separator}", found ${cells?.length ?? 'unclosed quotes'}`));
    const c = readRow(columns, cells.map((x) => x.trim()), (m) => problem(line, m));
    if (c !== null) cases.push({ file, line, ...c, expected: c.expected.map((e) => ({ ...e, line })) });
  });
  if (cases.length === 0 && problems.length === 0) problem(headerAt + 1, say("aucune ligne de cas sous l'en-tête", 'no case row below the header'));
  return { cases, problems };
}

function readRow(columns: string[], cells: string[], problem: (m: Localized) => void): Omit<Case, 'file' | 'line'> | null {
  const v = new Map(columns.map((c, k) => [c, cells[k]!] as const).filter(([, x]) => x !== ''));
  const before = { count: 0 };
  const fail = (m: Localized): void => {
    before.count++;
    problem(m);
  };
  const question = questionNamed(v.get('fonction') ?? '');
  if (question !== undefined) return readQuestionRow(question, v, fail, () => before.count > 0);
  const operation = OPERATIONS[(v.get('fonction') ?? '').toLowerCase()];
  if (operation === undefined) {
    const names = ['minimum vital', 'délais', ...QUESTIONS.map((q) => q.names[0]!)].map((n) => `« ${n} »`).join(', ');
    fail(say(`fonction « ${v.get('fonction') ?? ''} » inconnue ; attendu : ${names}`, `unknown fonction "${v.get('fonction') ?? ''}"; expected: ${names}`));
  }
  const inputs = new Map<string, string>();
  let latest = false;
  const unused = (c: string): void => fail(say(`la colonne ${c} ne sert pas à « ${v.get('fonction')} »`, `column ${c} plays no part in "${v.get('fonction')}"`));
  for (const [c, x] of v) {
    if (COMMON.has(c) || expectedId(c) !== null) continue;
    if (c === LATEST) {
      const y = readYesNo(x);
      if (!y.ok) fail(say(`${c} : ${y.problem.fr}`, `${c}: ${y.problem.en}`));
      else if (operation !== 'seizure') unused(c);
      else latest = y.value;
      continue;
    }
    if (!Object.hasOwn(CSV_COLUMNS, c) && !DEADLINE_COLUMNS.has(c)) unused(c);
    else if (operation !== undefined && (operation === 'deadlines') !== DEADLINE_COLUMNS.has(c)) unused(c);
    const items = c === 'childrenBirthDates' || c.endsWith('Unproven') || c === 'healthInsurance' || c === 'professional' ? x.split(';').map((i) => i.trim()).filter((i) => i) : [x];
    const read = items.map((i) => (AMOUNT_COLUMNS.has(c) ? readAmount(i) : DATE_COLUMNS.has(c) ? readDate(i) : { ok: true as const, value: i }));
    const bad = read.find((r) => !r.ok);
    if (bad !== undefined && !bad.ok) fail(say(`${c} : ${bad.problem.fr}`, `${c}: ${bad.problem.en}`));
    else inputs.set(c, read.map((r) => (r.ok ? r.value : '')).join(';'));
  }
  const interpretation = readInterpretation(v.get('interpretation'), fail);
  const expected = expectedCells(v, fail, (c, id) => {
    const f = FIGURES.find((g) => g.id === id);
    if (f === undefined || (operation !== undefined && f.operation !== operation)) fail(say(`${c} ne se calcule pas avec « ${v.get('fonction')} »`, `${c} is not computed by "${v.get('fonction')}"`));
    return f === undefined ? null : { id, read: (x) => readValue(f, x) };
  });
  if (expected.length === 0) fail(say('aucun chiffre attendu sur cette ligne (colonnes attendu.…)', 'no expected figure on this row (attendu.… columns)'));
  const quota = expected.find((e) => FIGURES.find((f) => f.id === e.figure)?.part === 'quota');
  if (quota !== undefined && !v.has('netIncome')) fail(say(`attendu.${quota.figure} demande le revenu net (colonne netIncome)`, `attendu.${quota.figure} needs the net income (column netIncome)`));
  if (!v.has('cas')) fail(say('cellule « cas » vide : le nom du cas', 'empty "cas" cell: the name of the case'));
  if (before.count > 0 || operation === undefined) return null;
  const extra = Object.keys(interpretation).length > 0 ? { interpretation } : {};
  const input =
    operation === 'deadlines'
      ? { ...Object.fromEntries(inputs), ...extra }
      : JSON.parse(JSON.stringify({ ...cellsToFile(Object.fromEntries(inputs) as Partial<Record<CsvColumn, string>>), ...extra })) as Record<string, unknown>;
  if (operation === 'seizure' && input.id !== undefined) delete input.id;
  if (latest) input.latestKnownNorms = true;
  return { name: v.get('cas')!, ...(v.has('source') ? { source: v.get('source')! } : {}), operation, input, expected };
}

/**
 * A row's `attendu.…` cells, in order: a refusal's codes as written; any other answer read by what `answerFor`
 * gives for its column (null: not an answer of this row's function, `answerFor` has said why).
 */
function expectedCells(
  v: Map<string, string>,
  fail: (m: Localized) => void,
  answerFor: (column: string, id: string) => { id: string; read: (text: string) => { ok: true; value: string } | { ok: false; problem: Localized } } | null,
): Expected[] {
  const expected: Expected[] = [];
  for (const [c, x] of v) {
    const id = expectedId(c);
    if (id === null) continue;
    if (id === REFUSAL.id || id === 'refus') {
      expected.push({ figure: REFUSAL.id, value: x.toUpperCase(), line: 0 });
      continue;
    }
    const answer = answerFor(c, id);
    if (answer === null) continue;
    const r = answer.read(x);
    if (r.ok) expected.push({ figure: answer.id, value: r.value, line: 0 });
    else fail(say(`${c} : ${r.problem.fr}`, `${c}: ${r.problem.en}`));
  }
  return expected;
}

function readInterpretation(text: string | undefined, fail: (m: Localized) => void): Record<string, string> {
  const interpretation: Record<string, string> = {};
  for (const pair of (text ?? '').split(';').filter((p) => p.trim())) {
    // Keys may hold digits (perishingLp63).
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*([A-Za-z0-9:-]+)\s*$/.exec(pair);
    if (m === null) fail(say(`interpretation : attendu « clé=valeur », trouvé « ${pair} »`, `interpretation: expected "key=value", found "${pair}"`));
    else interpretation[m[1]!] = m[2]!;
  }
  return interpretation;
}

/** A row asking one of the table's functions (`fonction` = « paiement en ligne », « délai d'opposition »…): its input by the table's columns. */
function readQuestionRow(q: Question, v: Map<string, string>, fail: (m: Localized) => void, failed: () => boolean): Omit<Case, 'file' | 'line'> | null {
  const cells = new Map([...v].filter(([c]) => !COMMON.has(c) && expectedId(c) === null));
  const input = inputOf(q, cells, fail);
  const interpretation = readInterpretation(v.get('interpretation'), fail);
  if (Object.keys(interpretation).length > 0) input.interpretation = interpretation;
  const expected = expectedCells(v, fail, (c, id) => {
    const answer = answerOf(q, id);
    if (answer !== undefined) return { id: answer.id, read: (x) => readAnswer(answer, x) };
    fail(say(`${c} ne se calcule pas avec « ${v.get('fonction')} » ; attendu : ${q.answers.map((a) => EXPECTED + a.id).join(', ')}`, `${c} is not computed by "${v.get('fonction')}"; expected: ${q.answers.map((a) => EXPECTED + a.id).join(', ')}`));
    return null;
  });
  if (![...v.keys()].some((c) => expectedId(c) !== null)) fail(say('aucune réponse attendue sur cette ligne (colonnes attendu.…)', 'no expected answer on this row (attendu.… columns)'));
  if (!v.has('cas')) fail(say('cellule « cas » vide : le nom du cas', 'empty "cas" cell: the name of the case'));
  if (failed()) return null;
  return { name: v.get('cas')!, ...(v.has('source') ? { source: v.get('source')! } : {}), operation: q.id, input, expected };
}
