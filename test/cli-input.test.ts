import { availableParallelism } from 'node:os';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCsvRow } from '../src/bulk/csv.js';
import { fixtureLines, linesOf, maxRssProbe, okRecord, runCli, tempDir } from './support/cli.js';

// What the CLI reads (line ends, encodings, pathological lengths, CSV headers), what it writes into a
// spreadsheet, and its own options (--version, --help, --workers beyond the cores).

const dir = tempDir();
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const records = (stdout: string) => linesOf(stdout).map((l) => JSON.parse(l));

describe('lp-rules recalc reads every line as a line', () => {
  it('takes a lone CR (old Mac files) as a line end, as LF and CRLF', () => {
    const input = file('cr.jsonl', `${okRecord('A')}\r${okRecord('B')}\r\r${okRecord('C')}\r\n${okRecord('D')}\n${okRecord('E')}\r`);
    const r = runCli(['recalc', input]);
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => [o.line, o.id, o.ok])).toEqual([
      [1, 'A', true],
      [2, 'B', true],
      [4, 'C', true],
      [5, 'D', true],
      [6, 'E', true],
    ]);
  });

  it('reports a line that is not UTF-8 as an error record naming it, and reads the others', () => {
    const bad = Buffer.concat([Buffer.from('{"id":"M'), Buffer.from([0xfc]), Buffer.from('ller","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"3000"}\n')]);
    const input = file('latin1.jsonl', Buffer.concat([Buffer.from(`${okRecord('Müller')}\n`), bad, Buffer.from(`${okRecord('C')}\n`)]));
    const r = runCli(['recalc', input]);
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(out[0].id).toBe('Müller');
    expect(out[1]).toMatchObject({ line: 2, ok: false, error: { code: 'INVALID_RECORD' } });
    expect(out[1].error.message.en).toMatch(/^Line 2: invalid UTF-8/);
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('reads a 64 MB line beyond --max-line-bytes in linear time and bounded memory: an error record with its line number', () => {
    const input = join(dir, 'long.jsonl');
    const fd = openSync(input, 'w');
    writeSync(fd, `${okRecord('before')}\n{"id":"`);
    const mb = Buffer.alloc(1 << 20, 'x');
    for (let k = 0; k < 64; k++) writeSync(fd, mb);
    writeSync(fd, `"}\n${okRecord('after')}\n`);
    closeSync(fd);
    const rss = maxRssProbe(dir);
    // The build before took 109 s and 718 MB on this line (quadratic re-scans of `rest + chunk`).
    const r = runCli(['recalc', input, '--max-line-bytes', String(1 << 20)], { nodeArgs: rss.nodeArgs, env: rss.env, timeout: 30_000 });
    expect(r.status, r.stderr).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(out[1].error).toMatchObject({ code: 'INVALID_RECORD' });
    expect(out[1].error.message.en).toMatch(/^Line 2: longer than the limit of 1048576 bytes \(--max-line-bytes\)/);
    // A line of that size held whole, or joined again and again, costs hundreds of MB.
    expect(rss.read()).toBeLessThan(200 * 1024);
  }, 40_000);

  it('refuses a --max-line-bytes that is not a positive whole number', () => {
    for (const bad of ['0', '-1', '1.5', 'lots']) expect(runCli(['recalc', '-', '--max-line-bytes', bad], { input: '' }).status).toBe(2);
  });
});

describe('lp-rules recalc CSV', () => {
  const row = 'X,single,3000';

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('refuses a header naming %s (a property of every object, not a column)', (name) => {
    const r = runCli(['recalc', '-', '--input-format', 'csv', '--lang', 'en'], { input: `id,householdType,netIncome,${name}\n${row},1\n` });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Unknown columns: ${name}.`);
    expect(r.stdout).toBe('');
  });

  it('refuses a duplicated header, naming it (the second would silently replace the first)', () => {
    const r = runCli(['recalc', '-', '--input-format', 'csv', '--lang', 'en'], { input: `id,householdType,netIncome,rent,netIncome,rent\n${row},100,4000,200\n` });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Duplicate columns: netIncome, rent.');
  });

  it('writes a caller cell that a spreadsheet would take for a formula as text, prefixed with \' and quoted', () => {
    const ids = ['=HYPERLINK("http://x.example","y")', '+41 22 000', '-1', '@SUM(A1)', '\tTAB', '\rCR', 'plain', 'a,b'];
    const input = [...ids.map((id) => okRecord(id)), ...ids.map((id) => okRecord(id, ',"=x":1'))].join('\n');
    const errors = join(dir, 'formula-errors.csv');
    const r = runCli(['recalc', '-', '--format', 'csv', '--errors', errors], { input });
    expect(r.status).toBe(1);
    const rows = linesOf(r.stdout).slice(1).map((l) => splitCsvRow(l)!);
    expect(rows).toHaveLength(ids.length * 2);
    for (const cells of rows) for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const neutral = (id: string) => (/^[=+\-@\t\r]/.test(id) ? `'${id}` : id);
    expect(rows.map((cells) => cells[1])).toEqual([...ids, ...ids].map(neutral));
    // The issue paths echo the caller's keys (here `/=x`, harmless after the slash); the JSONL output is unchanged.
    expect(rows[ids.length]![13]).toBe('/=x UNKNOWN_PROPERTY');
    expect(linesOf(readFileSync(errors, 'utf8')).slice(1)).toEqual(linesOf(r.stdout).slice(1 + ids.length));
    expect(records(runCli(['recalc', '-'], { input }).stdout).map((o) => o.id)).toEqual([...ids, ...ids]);
  });
});

describe('lp-rules options', () => {
  const version = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version as string;

  it('prints its version on stdout, exit 0', () => {
    for (const args of [['--version'], ['recalc', '--version']]) {
      const r = runCli(args);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, `lp-rules ${version}\n`, '']);
    }
  });

  it('prints its help on stdout, exit 0; without a command, the usage on stderr, exit 2', () => {
    for (const args of [['--help'], ['-h'], ['recalc', '--help']]) {
      const r = runCli(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: lp-rules recalc/);
      for (const option of ['--resume', '--max-line-bytes', '--workers', 'Exit codes', '130', '143']) expect(r.stdout).toContain(option);
    }
    const none = runCli([]);
    expect([none.status, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toMatch(/^lp-rules: usage: a command is required\n\nUsage: lp-rules recalc/);
  });

  it('reduces --workers beyond the cores to the cores, with a note: same output, memory of that many workers', () => {
    const cores = availableParallelism();
    const asked = Math.max(64, cores + 1);
    const input = file('workers.jsonl', `${fixtureLines().slice(0, 2000).join('\n')}\n`);
    const rss = maxRssProbe(dir);
    const r = runCli(['recalc', input, '--workers', String(asked)], { nodeArgs: rss.nodeArgs, env: rss.env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^lp-rules: --workers ${asked} is more than the ${cores} cores: using ${cores}\n`));
    expect(r.stdout).toBe(runCli(['recalc', input, '--workers', '1']).stdout);
    // 64 workers took 846 MB on 2 cores; one is some 40 MB.
    expect(rss.read()).toBeLessThan((120 + 50 * cores) * 1024);
  });
});
