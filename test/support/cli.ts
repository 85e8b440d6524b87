import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions, type StdioOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The command-line tool as a batch job runs it: the built dist/cli.js (`npm test` builds it first).
// LP_RULES_CLI points the CLI tests at another build (to show that a test fails on the previous one).

export const CLI = process.env.LP_RULES_CLI ?? join(__dirname, '../../dist/cli.js');
export const FIXTURE = join(__dirname, '../../fixtures/seizure-files.jsonl');
export const fixtureLines = (): string[] => readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '');

/** A fresh directory, readable by everyone (a test may run the CLI as another user). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-rules-cli-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Writes a named file into `dir` and returns its path. */
export const fileIn = (dir: string) => (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** A valid seizure file as a JSONL line. */
export const okRecord = (id: string, extra = ''): string => `{"id":${JSON.stringify(id)},"asOf":"2026-06-01","household":{"type":"single"},"netIncome":"3000"${extra}}`;

/**
 * The CLI as another user can run it (a fault test drops root's rights): this build when that user can
 * read it, else a copy of its dist/ and runtime dependencies in a directory anyone can read — a clone made
 * by `mktemp -d` is private to its owner, and the other user could not even start the CLI.
 */
export function cliFor(user: { uid?: number; gid?: number }): string {
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`], user);
  if (probe.status === 0) return CLI;
  const root = join(__dirname, '../..');
  const copy = tempDir();
  cpSync(dirname(CLI), join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  // The runtime dependencies and theirs (hoisted by npm to the top of node_modules; nested ones travel along).
  const depsOf = (dir: string): string[] => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})];
  };
  const todo = depsOf(root);
  const copied = new Set<string>();
  for (let dep = todo.pop(); dep !== undefined; dep = todo.pop()) {
    const from = join(root, 'node_modules', dep);
    if (copied.has(dep) || !existsSync(from)) continue;
    copied.add(dep);
    cpSync(from, join(copy, 'node_modules', dep), { recursive: true });
    todo.push(...depsOf(from));
  }
  return join(copy, 'dist', basename(CLI));
}

export function runCli(args: string[], options: SpawnSyncOptions & { input?: string | Buffer; nodeArgs?: string[]; cli?: string } = {}) {
  const { nodeArgs = [], cli = CLI, ...rest } = options;
  return spawnSync(process.execPath, [...nodeArgs, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...rest }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

/** The lines of a text, without the empty one after its last line break. */
export const linesOf = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** A running CLI: its stderr as it comes, and its end. */
export interface Running {
  child: ChildProcess;
  stderr: () => string;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: string[], stdio: StdioOptions = ['ignore', 'ignore', 'pipe'], nodeArgs: string[] = []): Running {
  const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], { stdio });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, closed };
}

/** Waits until `ready()` holds, polling; fails after `ms`. */
export async function until(ready: () => boolean, ms = 20_000, what = 'condition'): Promise<void> {
  for (const end = Date.now() + ms; !ready(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves with `value` after `ms`, for races against a process that should have ended. */
export const after = <T>(ms: number, value: T): Promise<T> => new Promise((r) => setTimeout(() => r(value), ms));

export const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

/** Complete lines in a file so far. */
export const completeLines = (path: string): number => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);

/**
 * Node arguments that make the CLI write its peak resident memory (kB, worker threads included) to a file
 * at exit — no external `time` needed. Returns them and a reader of the figure.
 */
export function maxRssProbe(dir: string): { nodeArgs: string[]; env: NodeJS.ProcessEnv; read: () => number } {
  const probe = join(dir, 'max-rss.mjs');
  const out = join(dir, `max-rss-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.LP_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  return { nodeArgs: ['--import', pathToFileURL(probe).href], env: { ...process.env, LP_MAX_RSS_FILE: out }, read: () => Number(readFileSync(out, 'utf8')) };
}
