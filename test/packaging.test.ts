import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package as published: lint-clean (publint), types resolving for every module system (attw), the
// browser bundle within its size budget (size-limit, .size-limit.json), and only what a user needs packed.

const root = join(__dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('packaging', () => {
  it('publint finds nothing', () => {
    const r = run(bin('publint'), []);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/All good/);
  });

  it('are-the-types-wrong finds no problem for node10, node16 (CJS and ESM) and bundlers', () => {
    const r = run(bin('attw'), ['--pack', '.', '--format', 'json']);
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(report.analysis.problems ?? [], JSON.stringify(report.analysis.problems)).toEqual([]);
  });

  it('the browser bundles stay within their size budget', () => {
    const r = run(bin('size-limit'), ['--json']);
    // The JSON report starts on its own line (esbuild may first warn about the chunks' ordering-only imports).
    const sizes = JSON.parse(r.stdout.slice(r.stdout.search(/^\[\s*$/m)));
    for (const s of sizes) expect(s.passed, `${s.name}: ${s.size} bytes`).toBe(true);
    expect(sizes.length).toBeGreaterThanOrEqual(4);
  });

  it('npm pack holds only the build, the README, the LICENSE, package.json and the example norm edition', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$|reference\/package\.json$|cases\/package\.json$|examples\/norms\/[\w.-]+\.json$|examples\/cases\/[\w.-]+\.(feature|csv)$)/.test(f))).toEqual([]);
    expect(files).toContain('examples/norms/NI-2027.draft.json');
    expect(files).toContain('LICENSE');
    for (const need of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/reference.js', 'dist/reference.cjs', 'dist/reference.d.ts', 'dist/reference.d.cts', 'reference/package.json', 'dist/cases.js', 'dist/cases.cjs', 'dist/cases.d.ts', 'dist/cases.d.cts', 'cases/package.json', 'dist/cli.js', 'dist/cli-worker.js', 'dist/schemas/SeizureFile.schema.json']) {
      expect(files, need).toContain(need);
    }
  });
});
