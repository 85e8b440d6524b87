import { readSync } from 'node:fs';
import { OUTPUT_COLUMNS, type CsvDialect } from '../bulk/csv.js';
import type { ResumePoint } from './output.js';
import { CliError } from './usage.js';

const BLOCK = 1 << 16;
const LF = 10;

/** The positions of the last two line breaks of the file (-1 where there is none), read from its end. */
function lastTwoBreaks(fd: number, size: number): [number, number] {
  const found: number[] = [];
  const buf = Buffer.alloc(Math.min(BLOCK, size));
  for (let end = size; end > 0 && found.length < 2; ) {
    const start = Math.max(0, end - BLOCK);
    const n = readSync(fd, buf, 0, end - start, start);
    for (let k = buf.subarray(0, n).lastIndexOf(LF); k !== -1 && found.length < 2; k = k === 0 ? -1 : buf.lastIndexOf(LF, k - 1)) found.push(start + k);
    end = start;
  }
  return [found[0] ?? -1, found[1] ?? -1];
}

function text(fd: number, at: number, length: number): string {
  const buf = Buffer.alloc(length);
  return buf.toString('utf8', 0, readSync(fd, buf, 0, length, at));
}

/**
 * Where an interrupted run's output is taken up again: after its last complete record (a line ending in a
 * line break; a cut-off tail is dropped), whose input line number is read from its start — `{"line":N,`
 * in JSONL, `N,` in CSV after the header. An empty file (or one without a complete line) starts over.
 * Anything else is not this command's output in this format: refused, rather than appended to.
 */
export function resumePoint(fd: number, size: number, name: string, format: 'jsonl' | 'csv', dialect?: CsvDialect): ResumePoint {
  const [last, previous] = lastTwoBreaks(fd, size);
  if (last === -1) return { keep: 0, line: 0 };
  const d = dialect ?? { delimiter: ',', bom: false };
  // The header's own columns (kept input columns may follow them).
  const header = `${d.bom ? '\uFEFF' : ''}${OUTPUT_COLUMNS.join(d.delimiter)}`;
  const refuse = (): never => {
    throw new CliError(`cannot resume: ${name} is not the ${format.toUpperCase()} output of lp-rules recalc (its first or last complete line)`);
  };
  if (format === 'csv') {
    if (text(fd, 0, Buffer.byteLength(header)) !== header) refuse();
    if (previous === -1) return { keep: last + 1, line: 0 };
  } else if (text(fd, 0, 8) !== '{"line":') refuse();
  const start = previous + 1;
  const m = (format === 'csv' ? /^(\d+)[,;]/ : /^\{"line":(\d+),/).exec(text(fd, start, Math.min(32, last - start)));
  if (m === null) return refuse();
  return { keep: last + 1, line: Number(m[1]) };
}
