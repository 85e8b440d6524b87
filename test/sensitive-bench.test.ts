import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The card-number bench in smoke mode: it runs, its gates pass (no card number in the fixtures, card
// numbers found, each 1 MB adversarial text answered), it prints its tables. Never a timing assertion.
const root = fileURLToPath(new URL('..', import.meta.url));

describe('bench/sensitive.bench.mjs --smoke', () => {
  it('exits 0, its gates pass, and it prints both tables', () => {
    const run = spawnSync(process.execPath, ['bench/sensitive.bench.mjs', '--smoke'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('gates passed: no card number in 10004 seizure files');
    expect(run.stdout).toContain('| Task | µs / record (mean) | µs / record (median) | ± RME | Passes |');
    expect(run.stdout).toContain('### B. containsCardNumber on a 1 MB text (ms)');
  }, 120_000);
});
