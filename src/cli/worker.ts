import { parentPort, workerData } from 'node:worker_threads';
import { loadNorms, type NormFile } from '../rules/norms.js';
import { processBatch, type Batch } from '../bulk/batch.js';
import { PlanCache } from '../bulk/record.js';

// A recalculation worker: batches in, output bytes out (moved, not copied), in the order the pool sent them;
// output buffers come back once written, to be written into again.
// The norms the main thread loaded and checked (--norms), loaded again here: each thread has its own.
const normFiles = ((workerData as { normFiles?: NormFile[] } | null)?.normFiles ?? []);
const plans = new PlanCache(normFiles.length > 0 ? loadNorms(normFiles) : undefined);
const spares: ArrayBuffer[] = [];
parentPort!.on('message', (message: { id: number; batch: Batch } | { spare: ArrayBuffer }) => {
  if ('spare' in message) {
    spares.push(message.spare);
    return;
  }
  const output = processBatch(message.batch, plans, spares.pop());
  parentPort!.postMessage({ id: message.id, output }, [output.text.buffer as ArrayBuffer, output.errors.buffer as ArrayBuffer]);
});
