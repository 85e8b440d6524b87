import type ExcelJS from 'exceljs';
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import type { LineBatch } from './lines.js';
import { CliError, UsageError } from './usage.js';

// Loaded only for an xlsx input or output: a JSONL or CSV run does not pay for it.
let excel: typeof ExcelJS | null = null;
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (excel ??= (await import('exceljs')).default);
}
const lib = (): typeof ExcelJS => excel!;

/** A sheet cell's value as the text a CSV cell would hold: what the row adapter reads. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // A number as its shortest exact text: 452.3 stays "452.3"; a float artefact (0.30000000000000004) is refused later, not rounded.
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    // Excel's dates carry no zone: exceljs gives them at UTC midnight. A time of day stays visible (and refused).
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in v) return String((v as { text: unknown }).text ?? '');
  if ('error' in v) return String(v.error);
  return String(v);
}

/** The name of the sheet each worksheet part holds (`xl/worksheets/sheetN.xml` → its name), in workbook order. */
function sheetNames(reader: unknown): { names: Map<string, string>; first: string | undefined } {
  const r = reader as { model?: { sheets?: { name: string; rId: string }[] }; workbookRels?: { Id: string; Target: string }[] };
  const names = new Map<string, string>();
  for (const s of r.model?.sheets ?? []) {
    const target = r.workbookRels?.find((x) => x.Id === s.rId)?.Target ?? '';
    const n = /sheet(\d+)\.xml$/.exec(target)?.[1];
    if (n !== undefined) names.set(n, s.name);
  }
  return { names, first: r.model?.sheets?.[0]?.name };
}

/**
 * The rows of one sheet of an xlsx file (the first, or `sheet`), streamed: the header's names, then
 * batches of rows — each a JSON array of its cells' text, numbered by the sheet's row number. Rows up
 * to `skipThrough` are not given (a resumed run); `stopped()` ends the reading between rows.
 */
export async function* xlsxRows(
  source: string | NodeJS.ReadableStream,
  o: { sheet?: string | undefined; size: number; skipThrough?: number; stopped: () => boolean },
): AsyncGenerator<{ header: string[]; number: number } | LineBatch> {
  await loadExcel();
  const reader = new (lib().stream.xlsx.WorkbookReader)(source as never, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  let found = false;
  const seen: string[] = [];
  try {
    for await (const worksheet of reader) {
      const { names, first } = sheetNames(reader);
      const id = String((worksheet as unknown as { id: string | number }).id);
      const name = names.get(id) ?? `Sheet${id}`;
      seen.push(name);
      if (found || (o.sheet !== undefined ? name !== o.sheet : first !== undefined ? name !== first : id !== '1')) {
        // Drained, not abandoned: a worksheet left half-read can fail later inside exceljs, after our own answer.
        for await (const _row of worksheet) if (o.stopped()) break;
        continue;
      }
      found = true;
      let header: string[] | null = null;
      let batch: LineBatch = { lines: [], numbers: [] };
      for await (const row of worksheet) {
        if (o.stopped()) break;
        const values = Array.from((row.values as ExcelJS.CellValue[]).slice(1), cellText);
        if (values.every((v) => v.trim() === '')) continue;
        if (header === null) {
          header = values.map((v) => v.trim());
          yield { header, number: row.number };
          continue;
        }
        if (row.number <= (o.skipThrough ?? 0)) continue;
        batch.lines.push(JSON.stringify(values));
        batch.numbers.push(row.number);
        if (batch.lines.length >= o.size) {
          yield batch;
          batch = { lines: [], numbers: [] };
        }
      }
      if (batch.lines.length > 0) yield batch;
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError) throw error;
    throw new CliError(`cannot read ${typeof source === 'string' ? source : 'stdin'} as xlsx: ${(error as Error).message.replace(/\s+/g, ' ')}`);
  }
  if (!found) throw new UsageError(o.sheet !== undefined ? `no sheet named '${o.sheet}' (the sheets: ${seen.join(', ') || 'none'})` : 'the workbook has no sheet');
}

/** Amount columns of the output, written as numbers (two decimals shown) so a spreadsheet can add them up. */
const NUMERIC = new Set(['line', 'minimumVital', 'debtorShareOfMinimum', 'spouseShareOfMinimum', 'seizable']);
// Fixed: the same run gives the same bytes (the zip entries and the document properties carry no clock time).
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * The zip's entries carry the clock's time (the library sets it): each is set to 1 January 2000 in the
 * central directory and the local headers, so the same run gives the same bytes. Only a regular file.
 */
function pinZipTimes(path: string): void {
  let fd: number;
  try {
    if (!statSync(path).isFile()) return;
    fd = openSync(path, 'r+');
  } catch {
    return;
  }
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 22 + 0xffff));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end === -1) return;
    const count = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cdAt = tail.readUInt32LE(end + 16);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdAt);
    const stamp = Buffer.from([0x00, 0x00, 0x21, 0x28]); // 00:00:00, 2000-01-01 (DOS time and date)
    for (let k = 0, at = 0; k < count && cd.readUInt32LE(at) === 0x02014b50; k++) {
      stamp.copy(cd, at + 12);
      writeSync(fd, stamp, 0, 4, cd.readUInt32LE(at + 42) + 10);
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdAt);
  } finally {
    closeSync(fd);
  }
}

/** An xlsx output, streamed row by row to a file (after `loadExcel()`). A write error is one line (exit 2). */
export class XlsxOutput {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private numeric: boolean[] = [];
  private failure: Error | null = null;

  constructor(readonly name: string, private readonly path: string) {
    this.workbook = new (lib().stream.xlsx.WorkbookWriter)({ filename: path, useStyles: true, useSharedStrings: false, created: FIXED_DATE, modified: FIXED_DATE } as never);
    (this.workbook as unknown as { stream: { on: (e: string, f: (e: Error) => void) => void } }).stream.on('error', (e) => (this.failure ??= e));
    this.sheet = this.workbook.addWorksheet('lp-rules');
  }

  header(names: readonly string[]): void {
    this.numeric = names.map((n) => NUMERIC.has(n));
    this.sheet.addRow([...names]).commit();
  }

  /** Rows given as JSON arrays of cell text, one per line. */
  rows(text: string): void {
    if (this.failure) throw this.error(this.failure);
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const cells = JSON.parse(line) as string[];
      const row = this.sheet.addRow(cells.map((c, k) => (this.numeric[k] && c !== '' ? Number(c) : c)));
      cells.forEach((c, k) => {
        if (this.numeric[k] && c !== '' && k > 0) row.getCell(k + 1).numFmt = '0.00';
      });
      row.commit();
    }
  }

  async close(): Promise<void> {
    this.sheet.commit();
    try {
      await this.workbook.commit();
    } catch (error) {
      throw this.error(error as Error);
    }
    if (this.failure) throw this.error(this.failure);
    if (this.path !== '/dev/stdout') pinZipTimes(this.path);
  }

  private error(e: Error): CliError {
    return new CliError(`cannot write ${this.name}: ${e.message.replace(/\s+/g, ' ')}`);
  }
}
