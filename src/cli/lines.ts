import type { Readable } from 'node:stream';

/** A batch of input lines with their physical line numbers (blank lines skipped but counted). */
export interface LineBatch {
  lines: string[];
  numbers: number[];
  /** Set on the batch holding the input's last line when that line had no line break (truncated). */
  lastUnterminated?: number;
}

/**
 * Batches of lines from a stream, numbered as a text editor numbers them: a UTF-8 BOM is dropped, CRLF
 * and LF both end a line, blank lines are skipped (but counted). Reads chunk by chunk, with no promise
 * per line: memory stays flat and the reader keeps up with the workers.
 */
export async function* readBatches(input: Readable, size: number): AsyncGenerator<LineBatch> {
  let n = 0;
  let rest = '';
  let first = true;
  let batch: LineBatch = { lines: [], numbers: [] };
  input.setEncoding('utf8');
  for await (const chunk of input as AsyncIterable<string>) {
    let data = rest + chunk;
    if (first) {
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
      first = false;
    }
    let start = 0;
    for (let end = data.indexOf('\n'); end !== -1; end = data.indexOf('\n', start)) {
      n++;
      const stop = end > start && data.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (stop > start && data.slice(start, stop).trim() !== '') {
        batch.lines.push(data.slice(start, stop));
        batch.numbers.push(n);
        if (batch.lines.length === size) {
          yield batch;
          batch = { lines: [], numbers: [] };
        }
      }
      start = end + 1;
    }
    rest = data.slice(start);
  }
  if (rest.trim() !== '') {
    n++;
    batch.lines.push(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    batch.numbers.push(n);
    batch.lastUnterminated = n;
  }
  if (batch.lines.length > 0) yield batch;
}
