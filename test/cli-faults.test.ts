import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, fixtureLines, linesOf, okRecord, cliFor, runCli, tempDir } from './support/cli.js';

// Faults around the CLI's files: every one ends the run with one line on stderr and exit 2, and never
// destroys a file or leaves a cut-off record.

const dir = tempDir();
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const small = file('small.jsonl', `${okRecord('A')}\nnot json\n`);
const big = file('big.jsonl', `${fixtureLines().join('\n')}\n`);
const oneLine = (stderr: string): string[] => linesOf(stderr);

describe('lp-rules recalc on write errors', () => {
  it('ends a small write to a full device (/dev/full) with one line and exit 2, for --out, --errors and stdout', () => {
    const runs = [
      runCli(['recalc', small, '--out', '/dev/full']),
      runCli(['recalc', small, '--errors', '/dev/full']),
      runCli(['recalc', small], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] }),
    ];
    for (const r of runs) {
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: .*ENOSPC: no space left on device/)]);
    }
  });

  it('on any write error mid-run (a file size limit: EFBIG) keeps whole records, which --resume then completes', () => {
    const out = join(dir, 'limited.jsonl');
    // `ulimit -f` in 512- or 1024-byte blocks (depending on the shell): well inside the 3 MB output.
    const limited = spawnSync('sh', ['-c', 'ulimit -f 400 && exec "$0" "$@"', process.execPath, CLI, 'recalc', big, '--out', out], { encoding: 'utf8' });
    expect(limited.status).toBe(2);
    expect(oneLine(limited.stderr)).toEqual([expect.stringMatching(/^lp-rules: .*EFBIG: file too large/)]);
    const text = readFileSync(out, 'utf8');
    expect(text === '' || text.endsWith('\n')).toBe(true);
    linesOf(text).forEach((l, k) => expect(JSON.parse(l).line).toBe(k + 1));
    const whole = join(dir, 'unlimited.jsonl');
    expect(runCli(['recalc', big, '--out', whole]).status).toBe(0);
    expect(runCli(['recalc', big, '--out', out, '--resume']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it('ends on a closed pipe (`| head -1`) with exit 2 and one line on stderr, nothing else (stderr closed too: exit 2)', () => {
    const status = join(dir, 'head-status');
    const stderr = join(dir, 'head-stderr');
    const shell = spawnSync('sh', ['-c', '{ "$0" "$1" recalc "$2" 2>"$3"; echo $? >"$4"; } | head -1', process.execPath, CLI, big, stderr, status], { encoding: 'utf8' });
    expect(JSON.parse(shell.stdout).line).toBe(1);
    expect(readFileSync(status, 'utf8')).toBe('2\n');
    expect(oneLine(readFileSync(stderr, 'utf8'))).toEqual([expect.stringMatching(/EPIPE/)]);
    // stderr into the same closed pipe: its message has nowhere to go, the exit code still says 2.
    spawnSync('sh', ['-c', '{ "$0" "$1" recalc "$2" 2>&1; echo $? >"$3"; } | head -1', process.execPath, CLI, big, status], { encoding: 'utf8' });
    expect(readFileSync(status, 'utf8')).toBe('2\n');
  });
});

describe('lp-rules recalc refuses to destroy a file', () => {
  // Root writes into a read-only directory: the CLI then runs as nobody.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('reports an output in a read-only directory in one line (exit 2), before writing any other output', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const kept = file('kept.jsonl', 'an earlier run\n');
    chmodSync(kept, 0o666);
    for (const args of [['--out', join(locked, 'out.jsonl')], ['--out', kept, '--errors', join(locked, 'errors.jsonl')]]) {
      const r = runCli(['recalc', small, ...args], { ...asUser, cli: cliFor(asUser) });
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: .*EACCES: permission denied.*locked\/(out|errors)\.jsonl/)]);
    }
    expect(readFileSync(kept, 'utf8')).toBe('an earlier run\n');
  });

  it('refuses an output that is the input — same path, symbolic link, hard link, stdout redirected onto it — untouched, exit 2', () => {
    const input = file('precious.jsonl', `${okRecord('A')}\n${okRecord('B')}\n`);
    const before = readFileSync(input, 'utf8');
    const symlink = join(dir, 'precious-symlink.jsonl');
    symlinkSync(input, symlink);
    const hardlink = join(dir, 'precious-hardlink.jsonl');
    linkSync(input, hardlink);
    const stdout = openSync(input, 'a');
    const runs = [
      runCli(['recalc', input, '--out', input]),
      runCli(['recalc', input, '--out', symlink]),
      runCli(['recalc', symlink, '--out', hardlink]),
      runCli(['recalc', input, '--out', join(dir, 'fine.jsonl'), '--errors', hardlink]),
      runCli(['recalc', input], { stdio: ['ignore', stdout, 'pipe'] }),
      runCli(['recalc', '-', '--out', symlink], { stdio: [openSync(input, 'r'), 'pipe', 'pipe'] }),
    ];
    closeSync(stdout);
    for (const r of runs) {
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: refused: --(out|errors) .* is the input .*\(the same file\)/)]);
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses --errors naming the --out file (interleaved records), by path or by link', () => {
    const out = join(dir, 'both.jsonl');
    const link = join(dir, 'both-link.jsonl');
    writeFileSync(out, '');
    linkSync(out, link);
    for (const errors of [out, link]) {
      const r = runCli(['recalc', small, '--out', out, '--errors', errors]);
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: refused: --errors and --out name the same file/)]);
    }
    expect(runCli(['recalc', small, '--errors', '-']).status).toBe(2);
  });
});
