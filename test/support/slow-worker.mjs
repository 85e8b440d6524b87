import { parentPort } from 'node:worker_threads';

// A recalculation worker for the time-limit tests: never answers a batch whose first line holds "stall"
// (as a worker stuck on a pathological batch would); answers any other with one fake error record a line.
parentPort.on('message', (message) => {
  if (!('batch' in message) || message.batch.lines[0].includes('stall')) return;
  const records = message.batch.numbers.map((line) => `{"line":${line},"ok":false,"error":{"code":"TEST","message":{"fr":"essai","en":"test"}}}\n`);
  const text = new TextEncoder().encode(records.join(''));
  parentPort.postMessage({ id: message.id, output: { text, errors: new Uint8Array(0), ok: 0, failed: records.length, provisional: 0 } });
});
