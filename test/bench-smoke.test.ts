import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the benchmark in smoke mode on the built package (`npm test` builds dist/ first). It checks that
// the bench runs, that both evaluators agree on every record (the bench throws otherwise), and that it
// prints its table. Never a timing assertion: speed is reported by `npm run bench`, not tested.
const root = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(new URL('../bench/evaluators.bench.mjs', import.meta.url));

describe('bench/evaluators.bench.mjs --smoke', () => {
  it('exits 0 and prints the results table', () => {
    const run = spawnSync(process.execPath, [script, '--smoke'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |');
    expect(run.stdout).toContain('all evaluators agree on every record');
  }, 120_000);
});
