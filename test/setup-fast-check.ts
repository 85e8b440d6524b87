import { appendFileSync } from 'node:fs';
import fc, { type RunDetails } from 'fast-check';
import { afterEach, expect } from 'vitest';

// Deterministic in CI (the seed is printed on failure either way: FC_SEED=<seed> replays a failure).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261122 : Date.now() % 2 ** 31;
fc.configureGlobal({ seed, numRuns: 200 });

// `npm run attack` (scripts/attack.mjs) counts what each test tried: the inputs fast-check generated and
// the assertions made. Only when asked: the reporter then throws as fast-check's own would.
const log = process.env.ATTACK_LOG;
if (log) {
  const where = () => ({ file: expect.getState().testPath ?? '', test: expect.getState().currentTestName ?? '' });
  const count = (d: RunDetails<unknown>): void => {
    appendFileSync(log, `${JSON.stringify({ ...where(), inputs: d.numRuns, failed: d.failed })}\n`);
    if (d.failed) throw new Error(fc.defaultReportMessage(d) ?? 'property failed');
  };
  // fast-check takes one reporter for both kinds of property (it refuses reporter and asyncReporter together).
  fc.configureGlobal({ ...fc.readConfigureGlobal(), reporter: count });
  afterEach(() => {
    appendFileSync(log, `${JSON.stringify({ ...where(), assertions: expect.getState().assertionCalls })}\n`);
  });
}
