import { issue, pointer } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import { containsCardNumber } from '../core/sensitive.js';
import { ByteSink } from './byte-sink.js';
import { csvRowToFile, resultToCsv, splitCsvRow, type CsvColumn } from './csv.js';
import { PlanCache, recalculateRecord, unreadable, type RecalculationOptions, type RecalculationResult } from './record.js';
import { writeResult } from './result-json.js';

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
  input: 'jsonl' | 'csv';
  output: 'jsonl' | 'csv';
  columns?: readonly CsvColumn[];
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
    return { fr: `Ligne ${line} : UTF-8 invalide (enregistrer le fichier en UTF-8) ; ligne non lue.`, en: `Line ${line}: invalid UTF-8 (save the file as UTF-8); line not read.` };
  }
  return {
    fr: `Ligne ${line} : plus longue que la limite de ${max} octets (--max-line-bytes) ; ligne non lue.`,
    en: `Line ${line}: longer than the limit of ${max} bytes (--max-line-bytes); line not read.`,
  };
}

/**
 * A CSV row with a card number in a cell, refused by column before it becomes a seizure file: the
 * conversion reads some cells loosely (a `…Proven` flag is true unless "false") and would drop it unseen.
 * Known by its line only, as any record holding a card number may hold it in its id.
 */
function rowWithCardNumber(columns: readonly CsvColumn[], row: string, line: number): RecalculationResult | null {
  if (!containsCardNumber(row)) return null;
  const issues = (splitCsvRow(row) ?? [row]).flatMap((cell, k) => (containsCardNumber(cell) ? [issue(pointer('', columns[k] ?? ''), 'SENSITIVE_DATA')] : []));
  return { line, ok: false, error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' }, issues } };
}

/**
 * The k-th line of a batch as a seizure file, or the error record that stands for it (a fault, a line
 * that is not JSON or not a CSV row, a CSV row holding a card number). Shared by `recalc` and `diff`.
 */
export function readLine(b: Pick<Batch, 'lines' | 'numbers' | 'faults' | 'lastUnterminated' | 'input' | 'columns' | 'maxLineBytes'>, k: number): { record: unknown } | { result: RecalculationResult } {
  const line = b.lines[k]!;
  const n = b.numbers[k]!;
  const fault = b.faults?.[n];
  if (fault !== undefined) return { result: unreadable(n, faultMessage(fault, n, b.maxLineBytes)) };
  if (b.input === 'csv') {
    const record = csvRowToFile(b.columns ?? [], line);
    if (record === null) return { result: unreadable(n, n === b.lastUnterminated ? TRUNCATED : CSV_SHAPE) };
    const card = rowWithCardNumber(b.columns ?? [], line, n);
    return card === null ? { record } : { result: card };
  }
  try {
    return { record: JSON.parse(line) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { result: unreadable(n, n === b.lastUnterminated ? TRUNCATED : undefined) };
  }
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
    const result = 'record' in read ? recalculateRecord(read.record, n, b.options, plans) : read.result;
    const start = text.length;
    if (b.output === 'csv') text.text(resultToCsv(result));
    else writeResult(text, result);
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
