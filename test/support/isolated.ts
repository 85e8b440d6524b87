import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(__dirname, '../..');

export interface IsolatedRun {
  /** The process was killed at the timeout: what it ran did not return. */
  timedOut: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs TypeScript (an ES module that may import `src/…` relative to the repository root) in a fresh
 * Node process, killed after `timeoutMs`. A synchronous loop cannot be interrupted inside the test
 * runner, so a test about a hang runs its code here: a regression fails the test instead of hanging it.
 */
export function runIsolated(code: string, timeoutMs = 20_000): IsolatedRun {
  const bundle = buildSync({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile: 'isolated.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
    // Runtime dependencies stay packages; relative imports from node_modules resolve from the repository.
    packages: 'external',
  });
  // Inside the repository, so that the packages it imports resolve from its node_modules.
  const dir = join(root, 'node_modules/.cache/lp-rules');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `isolated-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  try {
    writeFileSync(file, bundle.outputFiles[0]!.text);
    const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT', status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    rmSync(file, { force: true });
  }
}
