import { spawnSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { after, fixtureLines, linesOf, okRecord, sizeOf, startCli, tempDir, until, type Running } from './support/cli.js';

// SIGINT and SIGTERM on each kind of input: the run stops reading promptly (a named pipe included), writes
// every record it read, prints its summary and exits 130 or 143; what it wrote is whole records.

const dir = tempDir();
const CODES = { SIGINT: 130, SIGTERM: 143 } as const;
const SUMMARY = /^lp-rules recalc: (\d+) records, \d+ ok, \d+ errors, .* records\/s \(interrupted\)\n$/;
const big = join(dir, 'big.jsonl');
writeFileSync(big, `${fixtureLines().join('\n')}\n`.repeat(3));
// 700 records: one whole batch of 512, and 188 read but not yet a batch when the signal comes.
const SENT = 700;
const sent = `${Array.from({ length: SENT }, (_, k) => okRecord(`P${k}`)).join('\n')}\n`;

/** Signals `run`, which must then end within 5 s with the signal's code and its summary; returns the records it counted. */
async function stop(run: Running, signal: keyof typeof CODES): Promise<number> {
  run.child.kill(signal);
  const end = await Promise.race([run.closed, after(5000, 'still running 5 s after the signal')]);
  run.child.kill('SIGKILL');
  expect(end).toEqual({ code: CODES[signal], signal: null });
  const summary = SUMMARY.exec(run.stderr());
  expect(summary, run.stderr()).not.toBeNull();
  return Number(summary![1]);
}

/**
 * Gives the CLI time to read what was sent (nothing shows it: a partial batch waits for more input or its
 * end): its output is open, so it is reading; 70 kB take it microseconds.
 */
async function readAll(out: string): Promise<void> {
  await until(() => existsSync(out), 20_000, 'the output opened');
  await new Promise((r) => setTimeout(r, 1000));
}

/** The output holds whole records, numbered from 1 without a gap, and as many as the summary counted. */
function expectWhole(out: string, counted: number): number {
  const text = readFileSync(out, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = linesOf(text);
  lines.forEach((l, k) => expect(JSON.parse(l).line).toBe(k + 1));
  expect(lines).toHaveLength(counted);
  return lines.length;
}

describe.each(['SIGINT', 'SIGTERM'] as const)('lp-rules recalc on %s', (signal) => {
  it('from a file: stops, writes every record read, summary, exit code', async () => {
    const out = join(dir, `file-${signal}.jsonl`);
    const run = startCli(['recalc', big, '--out', out, '--workers', '1']);
    await until(() => sizeOf(out) > 0, 20_000, 'the first output');
    const counted = await stop(run, signal);
    expect(expectWhole(out, counted)).toBeLessThan(linesOf(readFileSync(big, 'utf8')).length);
  });

  it('from a pipe: every record read is written, the last partial batch too', async () => {
    const out = join(dir, `pipe-${signal}.jsonl`);
    const run = startCli(['recalc', '-', '--out', out], ['pipe', 'ignore', 'pipe']);
    await new Promise((r) => run.child.stdin!.write(sent, r));
    await readAll(out);
    expect(await stop(run, signal)).toBe(SENT);
    expectWhole(out, SENT);
  });

  it('from a named pipe (FIFO), even one that no writer has opened', async () => {
    const fifo = join(dir, `fifo-${signal}`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const out = join(dir, `fifo-${signal}.jsonl`);
    const run = startCli(['recalc', fifo, '--out', out]);
    const writer = await open(fifo, 'w');
    await writer.write(sent);
    await readAll(out);
    expect(await stop(run, signal)).toBe(SENT);
    await writer.close();
    expectWhole(out, SENT);

    const idle = join(dir, `idle-fifo-${signal}`);
    expect(spawnSync('mkfifo', [idle]).status).toBe(0);
    const idleOut = join(dir, `idle-${signal}.jsonl`);
    const waiting = startCli(['recalc', idle, '--out', idleOut]);
    await until(() => existsSync(idleOut), 20_000, 'the output opened');
    await new Promise((r) => setTimeout(r, 300));
    expect(await stop(waiting, signal)).toBe(0);
  });
});
