import { issue, pointer, type Issue } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import { containsCardNumber } from '../core/sensitive.js';
import { ByteSink } from './byte-sink.js';
import { csvLine, RFC_CSV, resultCells, splitCsvRow, type CsvDialect, type Delimiter } from './csv.js';
import { columnOf } from './expected.js';
import { PlanCache, recalculateRecord, unreadable, type RecalculationOptions, type RecalculationResult } from './record.js';
import { writeResult } from './result-json.js';
import { rowToRecord, type CellIssue, type RowReading } from './row-adapter.js';
import { SeizureFileSchema } from '../schemas/seizure-file.js';

/** Why a line could not be read: not UTF-8, or longer than the reader's bound (its content never held). */
export type LineFault = 'invalid-utf8' | 'too-long';

/** A slice of the input: physical line numbers and their text (blank lines already left out). */
export interface Batch {
  /** The lines' text and, in parallel, their physical line numbers. */
  lines: readonly string[];
  numbers: readonly number[];
  /** Lines that could not be read, by line number ('' in `lines`): each is an `INVALID_RECORD`. */
  faults?: Readonly<Record<number, LineFault>>;
  /** The reader's bound on a line, named in a `too-long` fault's message. */
  maxLineBytes?: number;
  /** The input's last line had no line break: if it does not parse, it was cut off. */
  lastUnterminated?: number;
  /** Error records of lines up to this one are already in the `--errors` file (a resumed run): not again. */
  errorsAfter?: number;
  /** `xlsx`: each line is a JSON array of a sheet row's cells (read in the main thread). */
  input: 'jsonl' | 'csv' | 'xlsx';
  /** `cells`: each output line is a JSON array of the output row's cells (an xlsx row, written in the main thread). */
  output: 'jsonl' | 'csv' | 'cells';
  /** The header's names (CSV, xlsx), and the separator of a CSV input. */
  columns?: readonly string[];
  delimiter?: Delimiter;
  /** How cells are read (`--locale`) and what becomes of unknown columns or fields. */
  reading?: RowReading;
  /** CSV output: its dialect, the language of its messages, the kept input columns. */
  csv?: CsvDialect;
  lang?: 'fr' | 'en';
  kept?: readonly string[];
  options: RecalculationOptions;
}

export interface BatchOutput {
  /** Complete output lines as UTF-8, in input order: exactly one per input line. */
  text: Uint8Array;
  /** The error records again, for `--errors`. */
  errors: Uint8Array;
  ok: number;
  failed: number;
  /** Records computed under a provisional edition or norms carried past their period (counted in the summary). */
  provisional: number;
}

const TRUNCATED: Localized = {
  fr: 'Dernière ligne tronquée (sans fin de ligne, incomplète) : enregistrement illisible.',
  en: 'Truncated last line (no line break, incomplete): unreadable record.',
};
const CSV_SHAPE: Localized = { fr: 'Ligne CSV illisible (guillemets ou nombre de colonnes).', en: 'Unreadable CSV row (quotes or number of columns).' };

function faultMessage(fault: LineFault, line: number, max: number | undefined): Localized {
  if (fault === 'invalid-utf8') {
    return {
      fr: `Ligne ${line} : UTF-8 invalide (enregistrer le fichier en UTF-8, ou --encoding windows-1252 pour un CSV d'Excel) ; ligne non lue.`,
      en: `Line ${line}: invalid UTF-8 (save the file as UTF-8, or --encoding windows-1252 for an Excel CSV); line not read.`,
    };
  }
  return {
    fr: `Ligne ${line} : plus longue que la limite de ${max} octets (--max-line-bytes) ; ligne non lue.`,
    en: `Line ${line}: longer than the limit of ${max} bytes (--max-line-bytes); line not read.`,
  };
}

/**
 * A row with a card number in a cell, refused by column before it becomes a seizure file: the conversion
 * reads cells and could drop it unseen. Known by its line only, as any record holding a card number may
 * hold it in its id.
 */
function rowWithCardNumber(columns: readonly string[], cells: readonly string[], line: number): RecalculationResult | null {
  if (!cells.some(containsCardNumber)) return null;
  const issues = cells.flatMap((cell, k) => (containsCardNumber(cell) ? [issue(pointer('', columns[k] ?? ''), 'SENSITIVE_DATA')] : []));
  return { line, ok: false, error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' }, issues } };
}

/** A line read: the record (with its cells' issues and kept fields), or the error record standing for it. */
export type LineRead = { record: unknown; cellIssues?: CellIssue[]; kept?: Record<string, unknown> } | { result: RecalculationResult };

const FIELDS = SeizureFileSchema.properties;

/** A JSON record's unknown top-level fields, taken out (`ignore`) or out and kept (`keep`); `error` leaves them to the validation. */
function unknownFieldsOf(record: unknown, policy: RowReading['unknownFields']): Record<string, unknown> | undefined {
  if (policy === undefined || policy === 'error' || record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(r)) {
    if (Object.hasOwn(FIELDS, name)) continue;
    kept[name] = r[name];
    delete r[name];
  }
  return policy === 'keep' && Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The k-th line of a batch as a seizure file, or the error record that stands for it (a fault, a line
 * that is not JSON or not a CSV row, a row holding a card number). Shared by `recalc` and `diff`.
 */
export function readLine(b: Pick<Batch, 'lines' | 'numbers' | 'faults' | 'lastUnterminated' | 'input' | 'columns' | 'maxLineBytes' | 'delimiter' | 'reading'>, k: number): LineRead {
  const line = b.lines[k]!;
  const n = b.numbers[k]!;
  const fault = b.faults?.[n];
  if (fault !== undefined) return { result: unreadable(n, faultMessage(fault, n, b.maxLineBytes)) };
  if (b.input === 'csv' || b.input === 'xlsx') {
    const columns = b.columns ?? [];
    const cells = b.input === 'xlsx' ? (JSON.parse(line) as string[]) : splitCsvRow(line, b.delimiter ?? ',');
    if (cells === null || (b.input === 'csv' && cells.length !== columns.length)) return { result: unreadable(n, n === b.lastUnterminated ? TRUNCATED : CSV_SHAPE) };
    const card = rowWithCardNumber(columns, cells, n);
    if (card !== null) return { result: card };
    const { record, issues, kept } = rowToRecord(columns, cells, b.reading ?? {});
    return { record, ...(issues.length > 0 ? { cellIssues: issues } : {}), ...(Object.keys(kept).length > 0 ? { kept } : {}) };
  }
  try {
    const record = JSON.parse(line) as unknown;
    const kept = unknownFieldsOf(record, b.reading?.unknownFields);
    return kept ? { record, kept } : { record };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { result: unreadable(n, n === b.lastUnterminated ? TRUNCATED : undefined) };
  }
}

/**
 * A record's result as a clerk reads it: a row's cell issues first, then the validation's issues of other
 * columns (named by column too); every issue with what is expected. A row whose cells did not read is an
 * error even when the text kept would pass (`1.850` under `--locale`: nothing guessed).
 */
export function explained(read: Extract<LineRead, { record: unknown }>, result: RecalculationResult, fromRow: boolean): RecalculationResult {
  const cells = read.cellIssues ?? [];
  let r = result;
  if (!r.ok && r.error.issues) {
    const record = read.record as Record<string, unknown>;
    const named = cells.map((i) => i.column);
    const rest: (Issue & { column?: string })[] = r.error.issues
      .map((i): Issue & { column?: string } => {
        const column = fromRow ? columnOf(i.path, record) : null;
        return column === null ? i : { ...i, column };
      })
      // A refused `…Proven` cell also fails its amount's union (`/expenses/rent`): one problem, said once.
      .filter((i) => i.column === undefined || !(named.includes(i.column) || (i.path === `/expenses/${i.column}` && named.includes(`${i.column}Proven`))));
    r = { ...r, error: { ...r.error, issues: [...cells, ...rest] } };
  } else if (cells.length > 0) {
    r = { line: r.line, id: r.id, ok: false, error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' }, issues: cells } };
  }
  return read.kept ? { ...r, kept: read.kept } : r;
}

/**
 * Recalculates a batch of input lines into output bytes. The same function runs in the main thread and
 * in each worker, so the output does not depend on how many workers there are. The bytes are what
 * `JSON.stringify` (or `resultToCsv`) gives, encoded once here: a worker hands them over without a copy,
 * and gets the buffer back once it is written (so the process's memory stays flat).
 */
export function processBatch(b: Batch, plans: PlanCache, spare?: ArrayBuffer): BatchOutput {
  // ~700 bytes per output line (with its provenance); `spare` is an earlier batch's buffer, written out and handed back.
  const text = new ByteSink(b.lines.length * 800, spare);
  const errors = new ByteSink(0);
  let ok = 0;
  let failed = 0;
  let provisional = 0;
  for (let k = 0; k < b.lines.length; k++) {
    const n = b.numbers[k]!;
    const read = readLine(b, k);
    const result = 'record' in read ? explained(read, recalculateRecord(read.record, n, b.options, plans), b.input !== 'jsonl') : read.result;
    const start = text.length;
    if (b.output === 'csv') text.text(csvLine(resultCells(result, b.lang ?? 'fr', b.kept), b.csv ?? RFC_CSV));
    else if (b.output === 'cells') text.text(JSON.stringify(resultCells(result, b.lang ?? 'fr', b.kept)));
    else writeResult(text, result);
    if (b.output === 'csv' && b.csv?.eol === '\r\n') text.byte(13);
    text.byte(10);
    if (result.ok) {
      ok++;
      if (result.result.provenance.provisional || result.result.provenance.latestKnown) provisional++;
    } else {
      failed++;
      if (n > (b.errorsAfter ?? 0)) errors.copyFrom(text, start);
    }
  }
  return { text: text.bytes(), errors: errors.bytes(), ok, failed, provisional };
}
