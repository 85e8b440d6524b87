import { isUtf8 } from 'node:buffer';
import type { LineFault } from '../bulk/batch.js';
import { decodeWindows1252 } from '../bulk/windows-1252.js';

/** A batch of input lines with their physical line numbers (blank lines skipped but counted). */
export interface LineBatch {
  /** The lines' text ('' for a line with a fault) and, in parallel, their physical line numbers. */
  lines: string[];
  numbers: number[];
  /** Lines that could not be read, by line number: each becomes an error record. */
  faults?: Record<number, LineFault>;
  /** Set on the batch holding the input's last line when that line had no line break (truncated). */
  lastUnterminated?: number;
}

export interface ReadOptions {
  /** Lines per batch. */
  size: number;
  /** A longer line is a fault; at most this many of its bytes are ever held. */
  maxLineBytes: number;
  /** Lines up to this number are counted, not read (a resumed run); the CSV header is still read. */
  skipThrough?: number;
  /** The first non-blank line is the CSV header: read even when skipped, and given as `header`. */
  header?: boolean;
  /** The input's encoding (default UTF-8, checked per line); Windows-1252 reads every byte. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Called with each chunk's size, for the progress bar. */
  onBytes?: (n: number) => void;
}

/** The first non-blank line of a CSV input, or its fault. */
export interface HeaderLine {
  text: string;
  number: number;
  fault?: LineFault;
}

const LF = 10;
const CR = 13;

/**
 * Lines from chunks of bytes, numbered as a text editor numbers them: a UTF-8 BOM is dropped; LF, CRLF
 * and a lone CR (old Mac files) each end a line; blank lines are skipped (but counted). Linear in the
 * input: each byte is scanned once (memchr), a line spanning chunks is joined once at its end and is
 * held only up to `maxLineBytes`. UTF-8 is checked per chunk (per line only when a chunk fails), so an
 * invalid line is reported as such and the others still read. When `chunks` ends early (interrupted),
 * every complete line read so far is still given; a last line without a line break only at the input's end.
 */
export async function* readBatches(chunks: AsyncIterable<Buffer>, o: ReadOptions, ended: () => boolean): AsyncGenerator<LineBatch | HeaderLine> {
  const skip = o.skipThrough ?? 0;
  const latin = o.encoding === 'windows-1252';
  let wantHeader = o.header === true;
  let n = 0;
  // The current line's bytes from earlier chunks, while it is within the bound.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  // A CR ended the last chunk: an LF starting the next one belongs to it.
  let afterCR = false;
  let batch: LineBatch = { lines: [], numbers: [] };

  /** One complete line: its bytes are `pending` + `chunk[start, end)`. Returns a full batch, if any. */
  const line = (chunk: Buffer, start: number, end: number, valid: boolean): HeaderLine | LineBatch | null => {
    n++;
    const bytes = pendingBytes + end - start;
    if (n <= skip && !wantHeader) {
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      return null;
    }
    let fault: LineFault | undefined;
    let text = '';
    if (tooLong || bytes > o.maxLineBytes) fault = 'too-long';
    else {
      let buf = chunk;
      if (pendingBytes > 0) {
        pending.push(chunk.subarray(start, end));
        buf = Buffer.concat(pending, bytes);
        start = 0;
        end = bytes;
        valid = false;
      }
      if (latin) text = decodeWindows1252(buf, start, end);
      else if (valid || isUtf8(buf.subarray(start, end))) text = buf.toString('utf8', start, end);
      else fault = 'invalid-utf8';
    }
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (fault === undefined && blank(text)) return null;
    if (wantHeader) {
      wantHeader = false;
      return fault === undefined ? { text, number: n } : { text: '', number: n, fault };
    }
    batch.lines.push(text);
    batch.numbers.push(n);
    if (fault !== undefined) (batch.faults ??= {})[n] = fault;
    if (batch.lines.length < o.size) return null;
    const full = batch;
    batch = { lines: [], numbers: [] };
    return full;
  };

  for await (const chunk of chunks) {
    o.onBytes?.(chunk.length);
    let start = 0;
    if (afterCR && chunk.length > 0) {
      afterCR = false;
      if (chunk[0] === LF) start = 1;
    }
    // Every complete line of this chunk, checked as one stretch: a valid stretch has valid lines
    // (a line end is never inside a multi-byte character).
    const last = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR));
    const valid = latin || (last >= start && isUtf8(chunk.subarray(start, last)));
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf !== -1 || cr !== -1) {
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      const out = line(chunk, start, end, valid);
      if (out !== null) yield out;
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) afterCR = true;
        else if (chunk[start] === LF) start++;
        cr = chunk.indexOf(CR, start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
    }
    // The rest is the start of a line: kept while within the bound, then only counted.
    const rest = chunk.length - start;
    if (rest > 0 && !tooLong) {
      if (pendingBytes + rest > o.maxLineBytes) {
        tooLong = true;
        pending = [];
        pendingBytes = 0;
      } else {
        pending.push(chunk.subarray(start));
        pendingBytes += rest;
      }
    }
  }
  // The input's end (not an interruption): its last line may have no line break.
  if (ended() && (pendingBytes > 0 || tooLong)) {
    const out = line(Buffer.alloc(0), 0, 0, false) ?? batch;
    if ('lines' in out && out.numbers.at(-1) === n) out.lastUnterminated = n;
    if (out !== batch) yield out;
  }
  if (batch.lines.length > 0) yield batch;
}

/** Only white space (as `trim` sees it); JSON and CSV lines start otherwise, so this is rarely more than one test. */
function blank(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length === 0 || ((c <= 32 || c >= 0x7f) && text.trim() === '');
}
