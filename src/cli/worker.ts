import { parentPort } from 'node:worker_threads';
import { processBatch, type Batch } from '../bulk/batch.js';
import { PlanCache } from '../bulk/record.js';

// A recalculation worker: batches in, output bytes out (moved, not copied), in the order the pool sent them;
// output buffers come back once written, to be written into again.
const plans = new PlanCache();
const spares: ArrayBuffer[] = [];
parentPort!.on('message', (message: { id: number; batch: Batch } | { spare: ArrayBuffer }) => {
  if ('spare' in message) {
    spares.push(message.spare);
    return;
  }
  const output = processBatch(message.batch, plans, spares.pop());
  parentPort!.postMessage({ id: message.id, output }, [output.text.buffer as ArrayBuffer, output.errors.buffer as ArrayBuffer]);
});
