import { parentPort } from 'node:worker_threads';
import { processBatch, type Batch } from '../bulk/batch.js';
import { PlanCache } from '../bulk/record.js';

// A recalculation worker: batches in, output text out, in the order the pool sent them.
const plans = new PlanCache();
parentPort!.on('message', (message: { id: number; batch: Batch }) => {
  parentPort!.postMessage({ id: message.id, output: processBatch(message.batch, plans) });
});
