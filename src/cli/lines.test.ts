import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { LineFault } from '../bulk/batch.js';
import { readBatches, type HeaderLine, type LineBatch } from './lines.js';

type Line = { number: number; text: string } | { number: number; fault: LineFault };

/**
 * The model: the whole input at once, split at LF, CRLF and lone CR; a line longer than `max` bytes or
 * not UTF-8 (as a fatal TextDecoder sees it) is a fault; the BOM dropped from line 1; blank lines skipped.
 */
function model(input: Buffer, max: number, ended: boolean, skip: number, header: boolean) {
  const lines: Line[] = [];
  let head: Line | undefined;
  let start = 0;
  let number = 0;
  let unterminated: number | undefined;
  const take = (end: number): void => {
    number++;
    const bytes = input.subarray(start, end);
    let line: Line;
    if (bytes.length > max) line = { number, fault: 'too-long' };
    else {
      try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        line = { number, text: number === 1 && text.startsWith('\ufeff') ? text.slice(1) : text };
      } catch {
        line = { number, fault: 'invalid-utf8' };
      }
    }
    if ('text' in line && line.text.trim() === '') return;
    if (header && head === undefined) head = line;
    else if (number > skip) lines.push(line);
  };
  for (let k = 0; k < input.length; k++) {
    if (input[k] !== 10 && input[k] !== 13) continue;
    take(k);
    if (input[k] === 13 && input[k + 1] === 10) k++;
    start = k + 1;
  }
  if (start < input.length && ended) {
    take(input.length);
    if (lines.at(-1)?.number === number) unterminated = number;
  }
  return { lines, head, unterminated };
}

async function read(chunks: Buffer[], max: number, ended: boolean, skip: number, header: boolean, size: number) {
  async function* source() {
    for (const c of chunks) yield c;
  }
  const lines: Line[] = [];
  let head: Line | undefined;
  let unterminated: number | undefined;
  const batches: LineBatch[] = [];
  for await (const item of readBatches(source(), { size, maxLineBytes: max, skipThrough: skip, header }, () => ended)) {
    if (!('lines' in item)) {
      const h = item as HeaderLine;
      head = h.fault === undefined ? { number: h.number, text: h.text } : { number: h.number, fault: h.fault };
      continue;
    }
    batches.push(item);
    item.lines.forEach((text, k) => {
      const number = item.numbers[k]!;
      const fault = item.faults?.[number];
      lines.push(fault === undefined ? { number, text } : { number, fault });
    });
    if (item.lastUnterminated !== undefined) unterminated = item.lastUnterminated;
  }
  return { lines, head, unterminated, batches };
}

// Pieces that meet the reader's edge cases: every line end, a BOM, multi-byte characters (which a chunk
// boundary may split), bytes that are never UTF-8, a lone continuation byte, blanks.
const piece = fc.constantFrom(
  ...['{"a":1}', 'x', ' ', '\t', '\n', '\r', '\r\n', '\ufeff', 'é', '€', '😀', '\u00a0'].map((s) => Buffer.from(s)),
  Buffer.from([0xff]),
  Buffer.from([0x80]),
  Buffer.from([0xe2, 0x82]),
);
const input = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 60 })).map(([bom, parts]) => Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), ...parts]));

/** `input` cut into chunks at the given offsets, or every `at` bytes (any byte, a character's middle included). */
function cut(bytes: Buffer, at: number[] | number): Buffer[] {
  const every = typeof at === 'number' ? Array.from({ length: Math.ceil(bytes.length / at) }, (_, k) => k * at) : at;
  const offsets = [...new Set(every.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const o of [...offsets, bytes.length]) {
    chunks.push(bytes.subarray(from, o));
    from = o;
  }
  return chunks;
}

describe('readBatches', () => {
  it('gives the lines of the whole input, however it is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.oneof(fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 4 })),
        fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(1000)),
        fc.boolean(),
        fc.oneof(fc.constant(0), fc.nat({ max: 6 })),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        async (bytes, at, max, ended, skip, header, size) => {
          const got = await read(cut(bytes, at), max, ended, skip, header, size);
          const want = model(bytes, max, ended, skip, header);
          expect(got.lines).toEqual(want.lines);
          expect(got.head).toEqual(want.head);
          expect(got.unterminated).toEqual(want.unterminated);
          // Full batches, but for the last.
          got.batches.slice(0, -1).forEach((b) => expect(b.lines).toHaveLength(size));
        },
      ),
    );
  });

  it('holds at most --max-line-bytes of a line: a 16 MB line is never joined', async () => {
    const chunk = Buffer.alloc(1 << 16, 'x');
    async function* source() {
      yield Buffer.from('{"a":1}\n');
      for (let k = 0; k < 256; k++) yield chunk;
      yield Buffer.from('\n{"b":2}');
    }
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const items = [];
      for await (const item of readBatches(source(), { size: 512, maxLineBytes: 1000 }, () => true)) items.push(item);
      expect(items).toEqual([{ lines: ['{"a":1}', '', '{"b":2}'], numbers: [1, 2, 3], faults: { 2: 'too-long' }, lastUnterminated: 3 }]);
      for (const [, length] of concat.mock.calls) expect(length).toBeLessThanOrEqual(1000);
    } finally {
      concat.mockRestore();
    }
  });
});
