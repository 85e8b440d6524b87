import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the benchmarks in smoke mode on the built package (`npm test` builds dist/ first). It checks that
// each bench runs, that its correctness gate passes (the bench throws otherwise), and that it prints its
// table. Never a timing assertion: speed is reported by `npm run bench`, `npm run bench:deadlines`,
// `npm run bench:seizure` and `npm run bench:bulk`.
const root = fileURLToPath(new URL('..', import.meta.url));

function smoke(bench: string) {
  const script = fileURLToPath(new URL(`../bench/${bench}`, import.meta.url));
  return spawnSync(process.execPath, [script, '--smoke'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

describe('bench/evaluators.bench.mjs --smoke', () => {
  it('exits 0 and prints the results table', () => {
    const run = smoke('evaluators.bench.mjs');
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |');
    expect(run.stdout).toContain('all evaluators agree on every record');
  }, 120_000);
});

describe('bench/deadlines.bench.mjs --smoke', () => {
  it('exits 0, the SDK and the luxon baseline agree, and it prints the results table', () => {
    const run = smoke('deadlines.bench.mjs');
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| Task | Deadlines/s | ± RME | Mean ms / pass | Median ms / pass | Passes |');
    expect(run.stdout).toContain('all agree on every notification day');
  }, 120_000);
});

describe('bench/seizure.bench.mjs --smoke', () => {
  it('exits 0, the SDK and both baselines agree, and it prints the results table', () => {
    const run = smoke('seizure.bench.mjs');
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |');
    expect(run.stdout).toContain('all agree on every record (minimum, share, seizable)');
  }, 120_000);
});

describe('bench/bulk.bench.mjs --smoke', () => {
  it('exits 0, the SDK, json-rules-engine and the baseline agree, the CLI output checks pass, and it prints both tables', () => {
    const run = smoke('bulk.bench.mjs');
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |');
    expect(run.stdout).toContain('all agree on every record (minimum, share, seizable): recalculateQuotas (trace off, trace on), seizurePlan, json-rules-engine and the integer-centime baseline');
    expect(run.stdout).toContain('| Command (whole process) | Records/s | Median s | Min s | Max s | CPU s | Cores busy | Runs |');
    expect(run.stdout).toContain('the CLI wrote one line per input line, all ok, byte-identical with 1 and 2 workers');
    expect(run.stdout).not.toContain('### C. Memory'); // smoke: no 10 M-record run in CI
  }, 120_000);
});
