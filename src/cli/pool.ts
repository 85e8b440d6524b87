import { Worker } from 'node:worker_threads';
import { processBatch, type Batch, type BatchOutput } from '../bulk/batch.js';
import { PlanCache } from '../bulk/record.js';

/** Runs batches on worker threads (or in this thread with `size` 0); results keep their submission order. */
export class BatchPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (o: BatchOutput) => void; reject: (e: unknown) => void }>();
  private readonly plans = new PlanCache();
  private next = 0;

  constructor(size: number, workerUrl: URL) {
    for (let k = 0; k < size; k++) {
      // A small young generation: the workers' garbage is short-lived, and three default-sized
      // nurseries (two workers and the main thread) would put the process above 200 MB for nothing.
      const w = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 12 } });
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
    if (this.workers.length === 0) return Promise.resolve(processBatch(batch, this.plans));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, batch });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
