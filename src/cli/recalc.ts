import { redactCardNumbers } from '../core/card-number.js';
import { availableParallelism } from 'node:os';
import { parseIsoDate } from '../core/dates.js';
import type { Batch, BatchOutput } from '../bulk/batch.js';
import { CSV_COLUMNS, csvLine, headerError, EXCEL_CSV, OUTPUT_COLUMNS, parseHeader, RFC_CSV, type CsvDialect, type Delimiter } from '../bulk/csv.js';
import type { UnknownFields } from '../bulk/row-adapter.js';
import type { SwissLocale } from '../bulk/swiss-values.js';
import type { RecalculationOptions } from '../bulk/record.js';
import { chunksOf, openInput, type Input } from './input.js';
import { loadExcel, XlsxOutput, xlsxRows } from './xlsx.js';
import { readBatches, type ReadOptions } from './lines.js';
import { openOutputs, type Output, type OutputTarget } from './output.js';
import { loadNormsFrom } from './norm-files.js';
import { BatchPool } from './pool.js';
import { Progress } from './progress.js';
import { resumePoint } from './resume.js';
import type { Interruption } from './signals.js';
import { commandLine, MAX_LINE_BYTES, USAGE, UsageError, VERSION } from './usage.js';

const BATCH = 512;

const OPTIONS = {
  out: { type: 'string', default: '-' },
  format: { type: 'string', default: 'jsonl' },
  'input-format': { type: 'string' },
  'as-of': { type: 'string' },
  workers: { type: 'string', default: '1' },
  errors: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  resume: { type: 'boolean', default: false },
  delimiter: { type: 'string' },
  encoding: { type: 'string', default: 'utf-8' },
  locale: { type: 'string' },
  lang: { type: 'string', default: 'fr' },
  'unknown-fields': { type: 'string', default: 'error' },
  'csv-excel': { type: 'boolean', default: false },
  sheet: { type: 'string' },
  trace: { type: 'boolean', default: false },
  'latest-known-norms': { type: 'boolean', default: false },
  norms: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

type Format = 'jsonl' | 'csv' | 'xlsx';

interface RecalcOptions {
  source: string;
  format: Format;
  input: Format;
  workers: number;
  maxLineBytes: number;
  out: string;
  errors: string | undefined;
  resume: boolean;
  options: RecalculationOptions;
  /** `--norms`: files or directories of editions / norm files, loaded on top of the package's. */
  norms: string[];
  delimiter: Delimiter | undefined;
  encoding: 'utf-8' | 'windows-1252';
  locale: SwissLocale | undefined;
  lang: 'fr' | 'en';
  unknownFields: UnknownFields;
  csv: CsvDialect;
  sheet: string | undefined;
}

/** A value among `allowed`, or a usage error naming them. */
function oneOf<T extends string>(value: string | undefined, option: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} is ${allowed.join(' or ')}`);
  return value as T;
}

const format = (value: string, option: string): Format => {
  if (value !== 'jsonl' && value !== 'csv' && value !== 'xlsx') throw new UsageError(`${option} is jsonl, csv or xlsx`);
  return value;
};

/** The input's format from its name: *.csv, *.xlsx, else JSONL. */
const formatOfName = (name: string): Format => (/\.csv$/i.test(name) ? 'csv' : /\.xlsx$/i.test(name) ? 'xlsx' : 'jsonl');

const wholeNumber = (value: string, option: string, min: number): number => {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${option} is a whole number from ${min}`);
  return n;
};

const XLSX_RESUME = {
  fr: "--resume reprend une sortie en l'allongeant après son dernier enregistrement complet ; un classeur xlsx est une archive zip, qui ne peut pas être allongée. Relancer sans --resume (le classeur est réécrit en entier), ou écrire en --format jsonl ou csv pour pouvoir reprendre (une entrée xlsx se reprend, elle)",
  en: '--resume continues an output by appending after its last complete record; an xlsx workbook is a zip archive, which cannot be appended to. Run again without --resume (the workbook is written whole), or write --format jsonl or csv to be able to resume (an xlsx input resumes)',
};

/** The command line, checked; `help`/`version` when asked. Unknown options and missing values are usage errors. */
function readOptions(argv: string[]): RecalcOptions | 'help' | 'version' {
  const { values, positionals } = commandLine(argv, OPTIONS);
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length !== 1) throw new UsageError('exactly one input is required');
  const source = positionals[0]!;
  const asOf = values['as-of'];
  if (asOf !== undefined && parseIsoDate(asOf) === null) throw new UsageError('--as-of is a date YYYY-MM-DD');
  if (values.resume && (values.out === '-' || values.errors === '-')) throw new UsageError('--resume continues files: --out (and --errors) must name files');
  if (values.format === 'xlsx' && (values.out === '-' || values.errors === '-')) throw new UsageError('--format xlsx writes files: --out (and --errors) must name files');
  // Asked for Excel's CSV and given JSON lines would be a silent surprise: the flag shapes CSV output only.
  if (values['csv-excel'] && values.format !== 'csv') throw new UsageError('--csv-excel shapes CSV output: add --format csv');
  // Resuming appends after the last whole record; a workbook is a zip archive, rewritten whole: said in the run's language.
  if (values.format === 'xlsx' && values.resume) throw new UsageError(XLSX_RESUME[values.lang === 'en' ? 'en' : 'fr']);
  return {
    source,
    format: format(values.format, '--format'),
    input: format(values['input-format'] ?? formatOfName(source), '--input-format'),
    sheet: values.sheet,
    workers: wholeNumber(values.workers, '--workers', 0),
    maxLineBytes: values['max-line-bytes'] === undefined ? MAX_LINE_BYTES : wholeNumber(values['max-line-bytes'], '--max-line-bytes', 1),
    out: values.out,
    errors: values.errors,
    resume: values.resume,
    norms: values.norms ?? [],
    delimiter: oneOf(values.delimiter, '--delimiter', [',', ';']),
    encoding: oneOf(values.encoding.toLowerCase(), '--encoding', ['utf-8', 'windows-1252'])!,
    locale: oneOf(values.locale, '--locale', ['fr-CH', 'de-CH']),
    lang: oneOf(values.lang, '--lang', ['fr', 'en'])!,
    unknownFields: oneOf(values['unknown-fields'], '--unknown-fields', ['error', 'ignore', 'keep'])!,
    csv: values['csv-excel'] ? EXCEL_CSV : RFC_CSV,
    options: { trace: values.trace, latestKnownNorms: values['latest-known-norms'], ...(asOf !== undefined ? { asOf } : {}) },
  };
}

const decoder = new TextDecoder();

/** The lines of a CSV or JSONL input, in batches (a CSV's header first), until its end or a signal. */
function csvOrJsonLines(input: Input, stop: Interruption, o: ReadOptions) {
  const { chunks, ended } = chunksOf(input, stop.requested);
  return readBatches(chunks, o, ended);
}

/**
 * More workers than cores only adds memory (each has its own heap: 64 of them took 846 MB on 2 cores)
 * and switching: reduced to the cores, with a note.
 */
function workerCount(asked: number): number {
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  // The value is the caller's text (a pasted card number is a valid count): not repeated as such.
  process.stderr.write(redactCardNumbers(`lp-rules: --workers ${asked} is more than the ${cores} cores: using ${cores}\n`));
  return cores;
}

/**
 * `lp-rules recalc`: reads the input in batches of lines, recalculates them on the workers and writes the
 * results in input order. Outputs are checked and opened before anything is read; a write error ends the
 * run (one line, exit 2) with whole records written; a signal stops the reading, and every record read is
 * still written, then the summary (exit 130/143).
 */
export async function recalc(argv: string[], stop: Interruption): Promise<number> {
  const o = readOptions(argv);
  if (o === 'help' || o === 'version') {
    process.stdout.write(`${o === 'help' ? USAGE : VERSION}\n`);
    return 0;
  }
  // Checked before anything is opened: a malformed edition stops the run with every problem listed.
  const { files: normFiles } = loadNormsFrom(o.norms);
  const workers = workerCount(o.workers);
  const input = openInput(o.source);
  const targets: OutputTarget[] = [{ option: '--out', path: o.out }, ...(o.errors !== undefined ? [{ option: '--errors', path: o.errors }] : [])];
  let outputs: Output[];
  try {
    outputs = openOutputs(targets, input, o.resume ? (fd, size, name) => resumePoint(fd, size, name, o.format as 'jsonl' | 'csv', o.csv) : undefined);
  } catch (error) {
    input.stream.destroy();
    throw error;
  }
  const [out, errorsOut] = outputs as [Output, Output | undefined];
  // An xlsx output is written by the spreadsheet library, to the files checked and opened above.
  let sheets: XlsxOutput[] = [];
  if (o.format === 'xlsx') {
    for (const x of outputs) x.release();
    await loadExcel();
    sheets = targets.map((t) => new XlsxOutput(t.path, t.path));
  }
  const progress = new Progress(process.stderr, input.size);
  const pool = new BatchPool(workers, new URL('./cli-worker.js', import.meta.url), normFiles);

  const started = process.hrtime.bigint();
  let ok = 0;
  let failed = 0;
  let provisional = 0;
  let bytesRead = 0;
  let columns: string[] | undefined;
  let delimiter: Delimiter | undefined;
  let kept: string[] = [];
  // The CSV header: written once the input's header is read (a kept input column follows the output's own).
  const writeHeader = async (): Promise<void> => {
    for (const x of sheets) x.header([...OUTPUT_COLUMNS, ...kept]);
    if (o.format !== 'csv') return;
    const line = `${o.csv.bom ? '\uFEFF' : ''}${csvLine([...OUTPUT_COLUMNS, ...kept], o.csv)}${o.csv.eol}`;
    for (const x of outputs) if (x.start === 0) await x.write(line, 0);
  };
  const inflight: { output: Promise<BatchOutput>; records: number }[] = [];
  const limit = Math.max(2, workers * 3);
  const drainOne = async (): Promise<void> => {
    const next = inflight.shift()!;
    const b = await next.output;
    ok += b.ok;
    failed += b.failed;
    provisional += b.provisional;
    // The errors first, and written through: at any moment, every error record of a batch whose output
    // has reached the file is in the --errors file too (a run killed, then resumed, misses none).
    if (sheets.length > 0) {
      sheets[0]!.rows(decoder.decode(b.text));
      sheets[1]?.rows(decoder.decode(b.errors));
      pool.recycle(b.text);
    } else {
      if (errorsOut) await errorsOut.writeThrough(b.errors, b.failed);
      await out.write(b.text, next.records, () => pool.recycle(b.text));
    }
    progress.update(ok + failed, bytesRead);
  };
  try {
    if (o.input === 'jsonl') await writeHeader();
    const items =
      o.input === 'xlsx'
        ? xlsxRows(input.stream, { sheet: o.sheet, size: BATCH, skipThrough: out.resumedAfter, stopped: () => stop.signal !== null })
        : csvOrJsonLines(input, stop, { size: BATCH, maxLineBytes: o.maxLineBytes, skipThrough: out.resumedAfter, header: o.input === 'csv', encoding: o.encoding, onBytes: (n) => (bytesRead += n) });
    for await (const item of items) {
      if ('header' in item || !('lines' in item)) {
        let names: string[];
        if ('header' in item) {
          const error = headerError(item.header, o.unknownFields);
          if (error) throw new UsageError(`${o.sheet !== undefined ? `sheet '${o.sheet}', ` : 'first sheet, '}row ${item.number}: ${error[o.lang]}`);
          names = item.header;
        } else {
          if (item.fault !== undefined) throw new UsageError(`line ${item.number}: the CSV header is ${item.fault === 'too-long' ? 'longer than --max-line-bytes' : 'not valid UTF-8 (--encoding windows-1252 for an Excel CSV)'}`);
          const parsed = parseHeader(item.text, { delimiter: o.delimiter, unknownFields: o.unknownFields });
          if ('error' in parsed) throw new UsageError(`line ${item.number}: ${parsed.error[o.lang]}`);
          names = parsed.columns;
          delimiter = parsed.delimiter;
        }
        columns = names;
        if (o.unknownFields === 'keep') kept = columns.filter((c) => !Object.hasOwn(CSV_COLUMNS, c));
        await writeHeader();
        continue;
      }
      const batch: Batch = {
        ...item,
        input: o.input,
        output: o.format === 'xlsx' ? 'cells' : o.format,
        options: o.options,
        maxLineBytes: o.maxLineBytes,
        reading: { locale: o.locale, unknownFields: o.unknownFields },
        csv: o.csv,
        lang: o.lang,
        kept,
        ...(columns ? { columns } : {}),
        ...(delimiter ? { delimiter } : {}),
      };
      if (errorsOut && errorsOut.resumedAfter > out.resumedAfter) batch.errorsAfter = errorsOut.resumedAfter;
      inflight.push({ output: pool.submit(batch), records: item.lines.length });
      while (inflight.length >= limit) await drainOne();
    }
    while (inflight.length > 0) await drainOne();
    if (sheets.length > 0) for (const x of sheets) await x.close();
    else for (const x of outputs) await x.close();
  } finally {
    input.stream.destroy();
    for (const x of outputs) x.release();
    await pool.close();
  }
  progress.done();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = ok + failed;
  // Figures under a draft edition or carried-forward norms are never silent.
  const underProvisional = provisional > 0 ? `, ${provisional} under provisional or carried-forward norms` : '';
  const notes = `${underProvisional}${out.resumedAfter > 0 ? ` (resumed after line ${out.resumedAfter})` : ''}${stop.signal ? ' (interrupted)' : ''}`;
  process.stderr.write(
    `lp-rules recalc: ${records} records, ${ok} ok, ${failed} errors, ${seconds.toFixed(2)} s, ${Math.round(records / Math.max(seconds, 1e-9))} records/s${notes}\n`,
  );
  return stop.exitCode ?? (failed > 0 ? 1 : 0);
}
