import { Readable } from 'node:stream';
import type { Batch, BatchOutput } from '../bulk/batch.js';
import { recalculationSetup } from '../bulk/recalculate.js';
import type { RecalculationOptions } from '../bulk/record.js';
import { readBatches } from '../cli/lines.js';
import type { BatchPool } from '../cli/pool.js';

/** Lines per batch: small enough that the first answer lines leave early, large enough to amortise a worker hop. */
const BATCH = 256;

/** The query's options, checked as `recalculateQuotas` checks its own (issues at `/asOf`…). */
export function recalculationOptions(query: Record<string, unknown>): RecalculationOptions {
  const flag = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);
  const given: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) given[k] = k === 'trace' || k === 'latestKnownNorms' ? flag(v) : v;
  return recalculationSetup(given as RecalculationOptions).o;
}

/**
 * The NDJSON answer to an NDJSON body, as `lp-rules recalc` writes it: one output line per input line, in
 * input order, a bad line as its error record. Constant memory: at most `inflight` batches are read ahead
 * of what the client has taken (the response stream pulls), and the body is read only as fast.
 */
export function recalculateStream(
  body: AsyncIterable<Buffer>,
  o: RecalculationOptions,
  pool: BatchPool,
  maxLineBytes: number,
  counted: (b: BatchOutput) => void,
): Readable {
  const inflight = 2;
  async function* lines(): AsyncGenerator<Uint8Array> {
    const queue: Promise<BatchOutput>[] = [];
    for await (const item of readBatches(body, { size: BATCH, maxLineBytes }, () => false)) {
      if (!('lines' in item)) continue;
      const batch: Batch = { ...item, input: 'jsonl', output: 'jsonl', options: o, maxLineBytes };
      queue.push(pool.submit(batch));
      if (queue.length >= inflight) yield take(await queue.shift()!);
    }
    while (queue.length > 0) yield take(await queue.shift()!);
  }
  const take = (b: BatchOutput): Uint8Array => {
    counted(b);
    return b.text;
  };
  return Readable.from(lines(), { objectMode: false });
}
