import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureLines, linesOf, runCli, sizeOf, startCli, tempDir, until } from './support/cli.js';

// `--resume` takes an interrupted run up again: after the last complete record of its output (and of its
// --errors file), from the next input line; the files then equal an uninterrupted run's, byte for byte.

const dir = tempDir();

/** The fixture's files with an invalid one every 41st line, an unreadable line and blank lines: errors all along. */
function mixedInput(copies: number): string {
  const lines = Array.from({ length: copies }, () => fixtureLines()).flat();
  const mixed = lines.map((l, k) => (k % 41 === 40 ? `{"id":"BAD-${k}","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"-1"}` : l));
  mixed.splice(100, 0, '', 'not json', '   ');
  return `${mixed.join('\n')}\n`;
}

const small = join(dir, 'small.jsonl');
writeFileSync(small, mixedInput(1).split('\n').slice(0, 2000).join('\n'));
const large = join(dir, 'large.jsonl');
writeFileSync(large, mixedInput(2));

interface Run {
  out: string;
  errors: string;
}

const completed = new Map<string, Run>();
/** An uninterrupted run's files. */
function complete(input: string, format: 'jsonl' | 'csv'): Run {
  const out = join(dir, `complete-${format}-${input === small ? 'small' : 'large'}.out`);
  const errors = `${out}.errors`;
  if (!completed.has(out)) {
    const r = runCli(['recalc', input, '--format', format, '--out', out, '--errors', errors]);
    expect(r.status, r.stderr).toBe(1);
    completed.set(out, { out: readFileSync(out, 'utf8'), errors: readFileSync(errors, 'utf8') });
  }
  return completed.get(out)!;
}

const lineOf = (record: string): number => Number(/^(?:\{"line":)?(\d+),/.exec(record)?.[1] ?? NaN);

/** The input line of the last complete record of `text` (0 if none: empty, cut off, only the header). */
function lastLine(text: string, format: 'jsonl' | 'csv'): number {
  const records = linesOf(text.slice(0, text.lastIndexOf('\n') + 1)).slice(format === 'csv' ? 1 : 0);
  return records.length === 0 ? 0 : lineOf(records.at(-1)!);
}

/** Resumes into `out` and `errors` and expects the complete run's files. */
function resumeAndCompare(input: string, format: 'jsonl' | 'csv', out: string, errors: string, expected: Run): void {
  const r = runCli(['recalc', input, '--format', format, '--out', out, '--errors', errors, '--resume']);
  expect([0, 1], r.stderr).toContain(r.status);
  expect(readFileSync(out, 'utf8')).toBe(expected.out);
  expect(readFileSync(errors, 'utf8')).toBe(expected.errors);
}

describe.each(['jsonl', 'csv'] as const)('lp-rules recalc --resume (%s)', (format) => {
  it('from any cut of the output, and of the --errors file at or after its records up to there', async () => {
    const expected = complete(small, format);
    // Cut as bytes (a cut may split a character), the error records with the offsets where they end (a
    // CSV file's header left out).
    const outBytes = Buffer.from(expected.out);
    const errorBytes = Buffer.from(expected.errors);
    const ends = [...expected.errors.matchAll(/\n/g)].map((m) => Buffer.byteLength(expected.errors.slice(0, m.index! + 1)));
    const errorRecords = ends.map((end, k) => ({ end, line: lineOf(errorBytes.subarray(ends[k - 1] ?? 0, end).toString()) })).slice(format === 'csv' ? 1 : 0);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: outBytes.length }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (cut, where) => {
          // A killed run's --errors file holds the error records of every record in its output (they are
          // written through first), and maybe more, maybe cut off.
          const upTo = lastLine(outBytes.subarray(0, cut).toString(), format);
          const least = errorRecords.filter((e) => e.line <= upTo).at(-1)?.end ?? 0;
          const errorsCut = least + Math.floor(where * (errorBytes.length - least));
          const out = join(dir, `cut-${format}.out`);
          const errors = `${out}.errors`;
          writeFileSync(out, outBytes.subarray(0, cut));
          writeFileSync(errors, errorBytes.subarray(0, errorsCut));
          resumeAndCompare(small, format, out, errors, expected);
        },
      ),
      { numRuns: 4, examples: [[0, 0], [outBytes.length, 1]] },
    );
  }, 60_000);

  it('after SIGKILL at seeded random points of a run', async () => {
    const expected = complete(large, format);
    const out = join(dir, `killed-${format}.out`);
    const errors = `${out}.errors`;
    for (const fraction of format === 'jsonl' ? [0.07, 0.61] : [0.34]) {
      writeFileSync(out, '');
      writeFileSync(errors, '');
      const run = startCli(['recalc', large, '--format', format, '--out', out, '--errors', errors, '--workers', '2']);
      await until(() => sizeOf(out) >= fraction * expected.out.length || run.child.exitCode !== null, 30_000, 'the kill point');
      run.child.kill('SIGKILL');
      expect((await run.closed).signal).toBe('SIGKILL');
      resumeAndCompare(large, format, out, errors, expected);
    }
  }, 60_000);
});

describe('lp-rules recalc --resume', () => {
  it('after SIGINT (exit 130): the rest, into the same files', async () => {
    const expected = complete(large, 'jsonl');
    const out = join(dir, 'sigint.out');
    const errors = `${out}.errors`;
    const run = startCli(['recalc', large, '--out', out, '--errors', errors]);
    await until(() => sizeOf(out) >= 0.4 * expected.out.length, 30_000, 'the interruption point');
    run.child.kill('SIGINT');
    expect((await run.closed).code).toBe(130);
    const done = lastLine(readFileSync(out, 'utf8'), 'jsonl');
    expect(done).toBeGreaterThan(0);
    const r = runCli(['recalc', large, '--out', out, '--errors', errors, '--resume']);
    expect(r.stderr).toMatch(new RegExp(`\\(resumed after line ${done}\\)\n$`));
    expect(readFileSync(out, 'utf8')).toBe(expected.out);
    expect(readFileSync(errors, 'utf8')).toBe(expected.errors);
  }, 30_000);

  it('refuses to append to stdout, or to a file that is not this output, which it leaves untouched', () => {
    expect(runCli(['recalc', small, '--resume']).status).toBe(2);
    expect(runCli(['recalc', small, '--out', join(dir, 'x.jsonl'), '--errors', '-', '--resume']).status).toBe(2);
    const cases: [string, string[]][] = [
      ['notes\nof a clerk\n', []],
      [`${linesOf(complete(small, 'jsonl').out).slice(0, 3).join('\n')}\n`, ['--format', 'csv']],
      [`${linesOf(complete(small, 'csv').out).slice(0, 3).join('\n')}\n`, []],
    ];
    for (const [text, args] of cases) {
      const out = join(dir, 'foreign.out');
      writeFileSync(out, text);
      const r = runCli(['recalc', small, '--out', out, '--resume', ...args]);
      expect(r.status).toBe(2);
      expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: cannot resume: .*foreign\.out is not the (JSONL|CSV) output of lp-rules recalc/)]);
      expect(readFileSync(out, 'utf8')).toBe(text);
    }
  });
});
