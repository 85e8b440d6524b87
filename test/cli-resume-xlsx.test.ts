import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { linesOf, runCli, sizeOf, startCli, tempDir, until } from './support/cli.js';

// An xlsx input resumes like a CSV one: its records are known by their row numbers, so a JSONL or CSV
// output interrupted (SIGINT, SIGKILL, a cut at any byte) and resumed equals an uninterrupted run's, byte
// for byte. An xlsx output is a zip archive, which cannot be appended to: --resume is refused, with why.

const dir = tempDir();
const input = join(dir, 'dossiers.xlsx');
const ROWS = 6_000;
const TYPES = ['single', 'single-parent', 'couple', 'flat-share'];

/** A workbook as an office exports it: typed cells, a blank row, an invalid household every 37th row. */
async function workbook(): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input });
  const ws = wb.addWorksheet('Dossiers');
  ws.addRow(['id', 'asOf', 'householdType', 'childrenBirthDates', 'rent', 'rentProven', 'healthInsurance', 'netIncome']).commit();
  for (let k = 0; k < ROWS; k++) {
    if (k === 100) ws.addRow([]).commit();
    const type = k % 37 === 36 ? 'solo' : TYPES[k % 4];
    const child = k % 4 === 1 ? new Date(Date.UTC(2016, 2, 2)) : null;
    ws.addRow([`GE-${k}`, new Date(Date.UTC(2026, 11, 31)), type, child, 900 + (k % 1300) + (k % 100) / 100, true, `${300 + (k % 200)}.50`, 3000 + ((k * 37) % 4000)]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface Run {
  out: string;
  errors: string;
}
const complete = new Map<string, Run>();
const args = (format: 'jsonl' | 'csv', out: string, errors: string): string[] => ['recalc', input, '--format', format, '--out', out, '--errors', errors];

beforeAll(async () => {
  await workbook();
  for (const format of ['jsonl', 'csv'] as const) {
    const out = join(dir, `complete.${format}`);
    const r = runCli(args(format, out, `${out}.errors`));
    expect(r.status, r.stderr).toBe(1); // the invalid households
    complete.set(format, { out: readFileSync(out, 'utf8'), errors: readFileSync(`${out}.errors`, 'utf8') });
  }
}, 120_000);

const lineOf = (record: string): number => Number(/^(?:\{"line":)?(\d+),/.exec(record)?.[1] ?? NaN);

function resumeAndCompare(format: 'jsonl' | 'csv', out: string, errors: string): string {
  const r = runCli([...args(format, out, errors), '--resume']);
  expect([0, 1], r.stderr).toContain(r.status);
  const expected = complete.get(format)!;
  expect(readFileSync(out, 'utf8') === expected.out, 'the output equals an uninterrupted run').toBe(true);
  expect(readFileSync(errors, 'utf8') === expected.errors, 'the --errors file equals an uninterrupted run').toBe(true);
  return r.stderr;
}

describe.each(['jsonl', 'csv'] as const)('lp-rules recalc in.xlsx --format %s --resume', (format) => {
  it('from a cut at fixed bytes of the output (mid-record, on a record end, none, all)', () => {
    const expected = complete.get(format)!;
    const outBytes = Buffer.from(expected.out);
    const errorBytes = Buffer.from(expected.errors);
    const ends = [...expected.errors.matchAll(/\n/g)].map((m) => Buffer.byteLength(expected.errors.slice(0, m.index! + 1)));
    const firstBreak = expected.out.indexOf('\n') + 1;
    for (const cut of [0, firstBreak, Math.floor(outBytes.length / 3), Math.floor(outBytes.length * 0.77), outBytes.length]) {
      const kept = outBytes.subarray(0, cut).toString();
      const records = linesOf(kept.slice(0, kept.lastIndexOf('\n') + 1)).slice(format === 'csv' ? 1 : 0);
      const upTo = records.length === 0 ? 0 : lineOf(records.at(-1)!);
      // A killed run's --errors file holds the error records up to its output's last record (written through first).
      const errorsCut = ends.filter((end, k) => k >= (format === 'csv' ? 1 : 0) && lineOf(errorBytes.subarray(ends[k - 1] ?? 0, end).toString()) <= upTo).at(-1) ?? 0;
      const out = join(dir, `cut-${format}`);
      writeFileSync(out, outBytes.subarray(0, cut));
      writeFileSync(`${out}.errors`, errorBytes.subarray(0, Math.max(errorsCut, format === 'csv' && cut > 0 ? ends[0]! : 0)));
      resumeAndCompare(format, out, `${out}.errors`);
    }
  }, 120_000);

  it('after SIGKILL at 20 % and 65 % of the output', async () => {
    const expected = complete.get(format)!;
    const out = join(dir, `killed-${format}`);
    for (const fraction of [0.2, 0.65]) {
      writeFileSync(out, '');
      writeFileSync(`${out}.errors`, '');
      const run = startCli(args(format, out, `${out}.errors`));
      await until(() => sizeOf(out) >= fraction * expected.out.length || run.child.exitCode !== null, 60_000, 'the kill point');
      run.child.kill('SIGKILL');
      expect((await run.closed).signal).toBe('SIGKILL');
      expect(statSync(out).size).toBeLessThan(Buffer.byteLength(expected.out));
      resumeAndCompare(format, out, `${out}.errors`);
    }
  }, 120_000);

  it('after SIGINT (exit 130) at 40 %: resumed after the last row written', async () => {
    const expected = complete.get(format)!;
    const out = join(dir, `sigint-${format}`);
    const run = startCli(args(format, out, `${out}.errors`));
    await until(() => sizeOf(out) >= 0.4 * expected.out.length, 60_000, 'the interruption point');
    run.child.kill('SIGINT');
    expect((await run.closed).code).toBe(130);
    const written = linesOf(readFileSync(out, 'utf8'));
    const done = lineOf(written.at(-1)!);
    expect(done).toBeGreaterThan(2);
    expect(resumeAndCompare(format, out, `${out}.errors`)).toMatch(new RegExp(`\\(resumed after line ${done}\\)\n$`));
  }, 120_000);
});

describe('--format xlsx --resume', () => {
  it('is a usage error that says why and what to do (French by default, English with --lang en), the file untouched', () => {
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'a workbook half written');
    const fr = runCli(['recalc', input, '--format', 'xlsx', '--out', out, '--resume']);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('un classeur xlsx est une archive zip, qui ne peut pas être allongée. Relancer sans --resume');
    expect(fr.stderr).toContain('--format jsonl ou csv');
    const en = runCli(['recalc', input, '--format', 'xlsx', '--out', out, '--resume', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('an xlsx workbook is a zip archive, which cannot be appended to. Run again without --resume');
    expect(readFileSync(out, 'utf8')).toBe('a workbook half written');
  });
});
