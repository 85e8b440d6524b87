import { Readable } from 'node:stream';
import type { Batch, BatchOutput } from '../bulk/batch.js';
import { recalculationSetup } from '../bulk/recalculate.js';
import type { RecalculationOptions } from '../bulk/record.js';
import { readBatches } from '../cli/lines.js';
import type { BatchPool } from '../cli/pool.js';
import { ServerRefusal } from './problem.js';

/** Lines per batch: small enough that the first answer lines leave early, large enough to amortise a worker hop. */
const BATCH = 256;

/** The query's options, checked as `recalculateQuotas` checks its own (issues at `/asOf`…). */
export function recalculationOptions(query: Record<string, unknown>): RecalculationOptions {
  const flag = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);
  const given: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) given[k] = k === 'trace' || k === 'latestKnownNorms' ? flag(v) : v;
  return recalculationSetup(given as RecalculationOptions).o;
}

/** A batch's lines, or PROCESSING_TIMEOUT when they take longer than `ms` to come. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ServerRefusal('PROCESSING_TIMEOUT')), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The NDJSON answer to an NDJSON body, as `lp-rules recalc` writes it: one output line per input line, in
 * input order, a bad line as its error record. Constant memory: at most `inflight` batches are read ahead
 * of what the client has taken (the response stream pulls), and the body is read only as fast.
 *
 * The time limit (`idleMs`) is on the server's own work, never on the client's pace: each batch's lines
 * must come within it. The answer starts (200) only with the first batch's lines, so a first batch that
 * takes too long is a 503 problem; a later one cuts the response (its status is sent already).
 */
export async function recalculateStream(
  body: AsyncIterable<Buffer>,
  o: RecalculationOptions,
  pool: BatchPool,
  limits: { maxLineBytes: number; idleMs: number },
  counted: (b: BatchOutput) => void,
): Promise<Readable> {
  const inflight = 2;
  const queue: Promise<BatchOutput>[] = [];
  const take = async (): Promise<Uint8Array> => {
    const b = await within(queue.shift()!, limits.idleMs);
    counted(b);
    return b.text;
  };
  async function* lines(): AsyncGenerator<Uint8Array> {
    try {
      for await (const item of readBatches(body, { size: BATCH, maxLineBytes: limits.maxLineBytes }, () => false)) {
        if (!('lines' in item)) continue;
        const batch: Batch = { ...item, input: 'jsonl', output: 'jsonl', options: o, maxLineBytes: limits.maxLineBytes };
        queue.push(pool.submit(batch));
        if (queue.length >= inflight) yield await take();
      }
      while (queue.length > 0) yield await take();
    } finally {
      // Abandoned batches (time up, client gone) may still fail: nobody waits for them any more.
      for (const q of queue.splice(0)) q.catch(() => undefined);
    }
  }
  const source = lines();
  const first = await source.next();
  async function* all(): AsyncGenerator<Uint8Array> {
    if (first.done) return;
    yield first.value;
    yield* source;
  }
  return Readable.from(all(), { objectMode: false });
}
