import { createReadStream, createWriteStream, statSync, type ReadStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { Readable, Writable } from 'node:stream';
import { parseIsoDate } from '../core/dates.js';
import type { Batch, BatchOutput } from '../bulk/batch.js';
import { CSV_OUTPUT_HEADER, parseHeader, type CsvColumn } from '../bulk/csv.js';
import type { RecalculationOptions } from '../bulk/record.js';
import { readBatches } from './lines.js';
import { BatchPool } from './pool.js';
import { Progress } from './progress.js';

const USAGE = `Usage: lp-rules recalc <in.jsonl|in.csv|-> [--out file|-] [--format jsonl|csv] [--input-format jsonl|csv]
                      [--as-of YYYY-MM-DD] [--workers n] [--errors file] [--trace] [--latest-known-norms]

Recalculates the minimum vital and the seizable quota of every seizure file: one output record per input
record, in input order. Exit code 0: all records ok; 1: some records invalid (reported, never dropped);
2: usage or I/O error; 130: interrupted (everything written is complete records).`;

const BATCH = 512;

class UsageError extends Error {}

/** Writes with backpressure; `written` runs once the stream is done with `data` (its buffer may be reused). */
async function write(out: Writable, data: string | Uint8Array, written?: () => void): Promise<void> {
  if (data.length === 0) return written?.();
  if (!out.write(data, written && (() => written()))) await once(out, 'drain');
}

async function opened(s: WriteStream): Promise<WriteStream> {
  await once(s, 'open');
  return s;
}

async function closeStream(s: Writable): Promise<void> {
  if (s === process.stdout || s === process.stderr) return;
  await new Promise<void>((resolve, reject) => (s as WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
}

const OPTIONS = {
  out: { type: 'string', default: '-' },
  format: { type: 'string', default: 'jsonl' },
  'input-format': { type: 'string' },
  'as-of': { type: 'string' },
  workers: { type: 'string', default: '1' },
  errors: { type: 'string' },
  trace: { type: 'boolean', default: false },
  'latest-known-norms': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** `parseArgs`, its errors (an unknown option, a missing value) being usage errors (exit 2, with the usage). */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function recalc(argv: string[]): Promise<number> {
  // SIGINT is handled from the start to the exit: one during start-up stops before anything is read, a
  // second one while the last batches are written is the same request (Node's default would kill the
  // process mid-write, without the summary and exit 130). Reading stops at once, even from a pipe or a
  // terminal that sends nothing more; the batches in flight are still written.
  let interrupted = false;
  let reading: Readable | null = null;
  process.on('SIGINT', () => {
    interrupted = true;
    reading?.destroy();
  });
  const { values, positionals } = parseOptions(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('exactly one input is required');
  const source = positionals[0]!;
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError('--format is jsonl or csv');
  const input = values['input-format'] ?? (source.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  if (input !== 'jsonl' && input !== 'csv') throw new UsageError('--input-format is jsonl or csv');
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers is a whole number from 0 to 64');
  const asOf = values['as-of'];
  if (asOf !== undefined && parseIsoDate(asOf) === null) throw new UsageError('--as-of is a date YYYY-MM-DD');
  const options: RecalculationOptions = { trace: values.trace, latestKnownNorms: values['latest-known-norms'], ...(asOf !== undefined ? { asOf } : {}) };

  // Open everything before reading anything: a missing input or an unwritable output is exit 2, at once.
  const totalBytes = source === '-' ? null : statSync(source).size;
  const inStream: Readable = source === '-' ? process.stdin : createReadStream(source);
  reading = inStream;
  if (interrupted) inStream.destroy();
  const out: Writable = values.out === '-' ? process.stdout : await opened(createWriteStream(values.out));
  const errorsOut: Writable | null = values.errors ? await opened(createWriteStream(values.errors)) : null;
  const progress = new Progress(process.stderr, totalBytes);
  const pool = new BatchPool(workers, new URL('./cli-worker.js', import.meta.url));

  const started = process.hrtime.bigint();
  let ok = 0;
  let failed = 0;
  let columns: CsvColumn[] | undefined;
  const inflight: Promise<BatchOutput>[] = [];
  const limit = Math.max(2, workers * 3);
  const drainOne = async (): Promise<void> => {
    const o = await inflight.shift()!;
    ok += o.ok;
    failed += o.failed;
    await write(out, o.text, () => pool.recycle(o.text));
    if (errorsOut) await write(errorsOut, o.errors);
    progress.update(ok + failed, (inStream as ReadStream).bytesRead ?? 0);
  };
  try {
    if (format === 'csv') {
      await write(out, `${CSV_OUTPUT_HEADER}\n`);
      if (errorsOut) await write(errorsOut, `${CSV_OUTPUT_HEADER}\n`);
    }
    let header = input === 'csv';
    try {
      for await (const lines of readBatches(inStream, BATCH)) {
        if (interrupted) break;
        if (header) {
          // The CSV header is the first non-blank line.
          const parsed = parseHeader(lines.lines[0]!);
          if ('error' in parsed) throw new UsageError(`line ${lines.numbers[0]}: ${parsed.error.en}`);
          columns = parsed.columns;
          lines.lines.shift();
          lines.numbers.shift();
          header = false;
          if (lines.lines.length === 0) continue;
        }
        const batch: Batch = { lines: lines.lines, numbers: lines.numbers, input, output: format, options, ...(columns ? { columns } : {}) };
        if (lines.lastUnterminated !== undefined) batch.lastUnterminated = lines.lastUnterminated;
        inflight.push(pool.submit(batch));
        while (inflight.length >= limit) await drainOne();
      }
    } catch (error) {
      // The input destroyed by SIGINT ends the reading with a premature-close error: that is the interruption
      // (any other error, a failed write included, is still an error).
      if (!interrupted || (error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    }
    while (inflight.length > 0) await drainOne();
  } finally {
    inStream.destroy();
    await pool.close();
  }
  await closeStream(out);
  if (errorsOut) await closeStream(errorsOut);
  progress.done();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = ok + failed;
  process.stderr.write(
    `lp-rules recalc: ${records} records, ${ok} ok, ${failed} errors, ${seconds.toFixed(2)} s, ${Math.round(records / Math.max(seconds, 1e-9))} records/s${interrupted ? ' (interrupted)' : ''}\n`,
  );
  return interrupted ? 130 : failed > 0 ? 1 : 0;
}

// The main thread only reads and writes: a small nursery keeps the peak memory flat and low.
setFlagsFromString('--max-semi-space-size=4');

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'recalc') return await recalc(rest);
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' ? 0 : 2;
  } catch (error) {
    const message = error instanceof UsageError ? `usage: ${error.message}\n\n${USAGE}` : `I/O error: ${(error as Error).message}`;
    process.stderr.write(`lp-rules: ${message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
