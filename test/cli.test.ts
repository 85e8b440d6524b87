import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI as cli, FIXTURE as fixtures, okRecord as ok, runCli, tempDir } from './support/cli.js';

// The command-line tool as a batch job runs it (`npm test` builds dist/ first). Faults, signals, --resume
// and what it reads and writes at the edges: test/cli-*.test.ts.

const dir = tempDir();
const run = (args: string[], input?: string) => runCli(args, { input });
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('lp-rules recalc', () => {
  it('keeps every record, in order, through BOM, CRLF, blank lines and a truncated last line', () => {
    const input = file('messy.jsonl', `\ufeff${ok('A')}\r\n\r\n   \n${ok('B')}\nnot json\n{"id":"C","asOf":"2026-06-01","househ`);
    const r = run(['recalc', input]);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(out[3].error.message.en).toMatch(/Truncated last line/);
    expect(r.stderr).toMatch(/4 records, 2 ok, 2 errors/);
  });

  it('gives byte-identical output with 0, 1 and 2 workers, one line per record', () => {
    const outputs = [0, 1, 2].map((w) => {
      const out = join(dir, `w${w}.jsonl`);
      const r = run(['recalc', fixtures, '--out', out, '--workers', String(w)]);
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const lines = outputs[0]!.trim().split('\n');
    expect(lines).toHaveLength(readFileSync(fixtures, 'utf8').trim().split('\n').length);
    expect(lines.map((l) => JSON.parse(l).line)).toEqual(lines.map((_, k) => k + 1));
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'DCSO-127-2024', ok: true, result: { minimumVital: '3255.60', seizable: '296.25' } });
  });

  it('reads stdin and CSV, writes CSV, and copies error records to --errors', () => {
    const header = 'id,asOf,householdType,childrenBirthDates,rent,rentProven,healthInsurance,healthInsuranceUnproven,professional,netIncome';
    const csv = `${header}\r\nDCSO,2024-06-03,single,,1792.00,,,412.30,193.60;70.00,3551.85\r\nX,2026-06-01,couple,"2016-03-02",2000,false,,,,abc\r\n`;
    const errors = join(dir, 'errors.csv');
    const r = run(['recalc', '-', '--input-format', 'csv', '--format', 'csv', '--errors', errors], csv);
    expect(r.status).toBe(1);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^line,id,ok,asOf,minimumVital/);
    // The norms applied: edition, status, fingerprint (issue 17).
    expect(rows[1]).toMatch(/^2,DCSO,true,2024-06-03,3255\.60,3255\.60,,296\.25,,KBKS-2009,official,sha256:[0-9a-f]{64},,,$/);
    // The messages name the row and column, in French by default (issue 18).
    expect(rows[2]).toBe('3,X,false,,,,,,,,,,INVALID_INPUT,/netIncome INVALID_MONEY,"ligne 3 : colonne netIncome : valeur « abc » : montant attendu en francs, point décimal, au plus deux décimales (p. ex. 1850.50)"');
    expect(readFileSync(errors, 'utf8').trim().split('\n').slice(1)).toEqual([rows[2]]);
  });

  it("overrides each file's reference date with --as-of", () => {
    const r = run(['recalc', '-', '--as-of', '2025-03-03'], `${ok('A')}\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, result: { asOf: '2025-03-03', normsVersion: 'NI-2025' } });
    const late = run(['recalc', '-', '--as-of', '2027-03-01'], `${ok('A')}\n`);
    expect(JSON.parse(late.stdout)).toMatchObject({ ok: false, error: { code: 'NO_NORM_IN_FORCE' } });
    const latest = run(['recalc', '-', '--as-of', '2027-03-01', '--latest-known-norms'], `${ok('A')}\n`);
    expect(JSON.parse(latest.stdout)).toMatchObject({ ok: true, result: { normsVersion: 'NI-2026' } });
  });

  it('never echoes a card number', () => {
    const r = run(['recalc', '-'], `${ok('4111 1111 1111 1111')}\n`);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/4111/);
    expect(JSON.parse(r.stdout).error.issues[0]).toMatchObject({ path: '/id', code: 'SENSITIVE_DATA' });
  });

  it('exits 2 on usage and I/O errors', () => {
    expect(run(['recalc']).status).toBe(2);
    expect(run(['recalc', fixtures, '--workers', 'x']).status).toBe(2);
    expect(run(['recalc', fixtures, '--as-of', '2026-02-30']).status).toBe(2);
    expect(run(['recalc', join(dir, 'missing.jsonl')]).status).toBe(2);
    expect(run(['recalc', '-', '--input-format', 'csv'], 'id,colour\n').status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['recalc', fixtures, '--out', join(dir, 'no/such/dir/out.jsonl')]).status).toBe(2);
    expect(run(['recalc', dir]).status).toBe(2);
  });

  it('reports an unknown option or a missing value as a usage error, with the usage', () => {
    for (const args of [['recalc', fixtures, '--bogus'], ['recalc', fixtures, '--out']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^lp-rules: usage: (Unknown option '--bogus'|Option '--out <value>' argument missing)/);
      expect(r.stderr).toContain('Usage: lp-rules recalc');
    }
  });

  it('keeps SIGINT until it exits: under signals every 10 ms it still drains, closes and prints its summary', async () => {
    const big = file('repeated.jsonl', readFileSync(fixtures, 'utf8').repeat(10));
    const out = join(dir, 'repeated-out.jsonl');
    const child = spawn(process.execPath, [cli, 'recalc', big, '--out', out, '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<[number | null, string | null]>((r) => child.on('close', (code, signal) => r([code, signal])));
    for (let waited = 0; !existsSync(out) && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    // Through the draining, the closing and the summary, where Node's default action would kill the process
    // before the summary. (A signal in the last milliseconds of the exit, after the summary, still kills it:
    // no script can catch that one; the shell sees 130 either way.)
    const timer = setInterval(() => child.kill('SIGINT'), 10);
    const [code, signal] = await closed;
    clearInterval(timer);
    expect(stderr).toMatch(/^lp-rules recalc: \d+ records, \d+ ok, \d+ errors, .* records\/s( \(interrupted\))?\n$/);
    if (signal === null) expect([0, 130]).toContain(code);
    else expect(signal).toBe('SIGINT');
    if (code === 130) expect(stderr).toMatch(/\(interrupted\)/);
    const text = readFileSync(out, 'utf8');
    expect(text === '' || text.endsWith('\n')).toBe(true);
    text
      .split('\n')
      .filter((l) => l !== '')
      .forEach((l, k) => expect(JSON.parse(l).line).toBe(k + 1));
  }, 30_000);

  it('stops on SIGINT while waiting for input that does not come (an idle pipe): exit 130, complete records only', async () => {
    const out = join(dir, 'idle.jsonl');
    const child = spawn(process.execPath, [cli, 'recalc', '-', '--out', out], { stdio: ['pipe', 'ignore', 'pipe'] });
    const closed = new Promise((r) => child.on('close', r));
    // One whole batch (512 lines), then nothing more and no end of input.
    child.stdin.write(`${Array.from({ length: 512 }, (_, k) => ok(`I${k}`)).join('\n')}\n`);
    // The output file is opened just before the SIGINT handler is set: wait for it, then a little more.
    for (let waited = 0; !existsSync(out) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGINT');
    const code = await Promise.race([closed, new Promise((r) => setTimeout(() => r('still running 5 s after SIGINT'), 5000))]);
    child.kill('SIGKILL');
    expect(code).toBe(130);
    // The batch read before the signal is written whole (or, on a very slow machine, not read yet: nothing).
    const text = readFileSync(out, 'utf8');
    expect([0, 512]).toContain(text.split('\n').filter((l) => l !== '').length);
    expect(text === '' || text.endsWith('\n')).toBe(true);
  }, 30_000);

  it('stops cleanly on SIGINT: exit 130, and everything written is complete records', async () => {
    const big = file('big.jsonl', `${readFileSync(fixtures, 'utf8').repeat(30)}`);
    const out = join(dir, 'interrupted.jsonl');
    const child = spawn(process.execPath, [cli, 'recalc', big, '--out', out, '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Once the run has opened its output (Node's own start-up, before any handler can exist, takes from
    // 0.1 s to a second on a loaded machine), then a little into the reading.
    const closed = new Promise((r) => child.on('close', r));
    for (let waited = 0; !existsSync(out) && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGINT');
    const code = await closed;
    const text = readFileSync(out, 'utf8');
    if (code === 130) {
      expect(stderr).toMatch(/interrupted/);
      // Stopped before the end: fewer records out than in.
      expect(text.split('\n').length).toBeLessThan(readFileSync(big, 'utf8').split('\n').length);
    } else {
      expect(code).toBe(0); // finished before the signal: still complete
    }
    expect(text === '' || text.endsWith('\n')).toBe(true);
    const lines = text.split('\n').filter((l) => l !== '');
    lines.forEach((l, k) => expect(JSON.parse(l).line).toBe(k + 1));
  });
});
