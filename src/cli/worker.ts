import { parentPort } from 'node:worker_threads';
import { processBatch, type Batch } from '../bulk/batch.js';
import { PlanCache } from '../bulk/record.js';

// A recalculation worker: batches in, output bytes out (moved, not copied), in the order the pool sent them.
const plans = new PlanCache();
parentPort!.on('message', (message: { id: number; batch: Batch }) => {
  const output = processBatch(message.batch, plans);
  parentPort!.postMessage({ id: message.id, output }, [output.text.buffer as ArrayBuffer, output.errors.buffer as ArrayBuffer]);
});
