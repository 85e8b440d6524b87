import { Worker } from 'node:worker_threads';
import type { Batch, BatchOutput } from '../bulk/batch.js';
import type { NormFile } from '../rules/norms.js';

type Run = (batch: Batch, spare?: ArrayBuffer) => BatchOutput;

/** The recalculation itself, for `--workers 0`: loaded only then (the main thread of a pool never computes). */
async function inThread(normFiles: readonly NormFile[]): Promise<Run> {
  const [{ processBatch }, { PlanCache }, { loadNorms }] = await Promise.all([import('../bulk/batch.js'), import('../bulk/record.js'), import('../rules/norms.js')]);
  const plans = new PlanCache(normFiles.length > 0 ? loadNorms(normFiles) : undefined);
  return (batch, spare) => processBatch(batch, plans, spare);
}

/** Runs batches on worker threads (or in this thread with `size` 0); results keep their submission order. */
export class BatchPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (o: BatchOutput) => void; reject: (e: unknown) => void }>();
  private run: Promise<Run> | null = null;
  private readonly spares: ArrayBuffer[] = [];
  private next = 0;
  private back = 0;
  private closed = false;

  constructor(size: number, workerUrl: URL, private readonly normFiles: readonly NormFile[] = []) {
    for (let k = 0; k < size; k++) {
      // A small young generation: the workers' garbage is short-lived, and three default-sized
      // nurseries (two workers and the main thread) would put the process above 200 MB for nothing.
      const w = new Worker(workerUrl, { workerData: { normFiles }, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
      w.on('message', ({ id, output }: { id: number; output: BatchOutput }) => {
        this.pending.get(id)?.resolve(output);
        this.pending.delete(id);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  /** Starts a batch; await the promises in submission order to write the output in input order. */
  submit(batch: Batch): Promise<BatchOutput> {
    if (this.workers.length === 0) {
      const spare = this.spares.pop();
      this.run ??= inThread(this.normFiles);
      return this.run.then((run) => run(batch, spare));
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, batch });
    });
  }

  /**
   * Hands a batch's output buffer back once it is written, to be written into again: without this, every
   * batch's buffer lives until a garbage collection notices it (external memory), and a long run's
   * resident memory grows by tens of MB.
   */
  recycle(bytes: Uint8Array): void {
    const spare = bytes.buffer as ArrayBuffer;
    if (this.workers.length === 0) this.spares.push(spare);
    else if (!this.closed) this.workers[this.back++ % this.workers.length]!.postMessage({ spare }, [spare]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
