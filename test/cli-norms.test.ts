import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureLines, linesOf, runCli, tempDir } from './support/cli.js';

// Issue 17 from the command line, as the office's legal staff and batch operators run it (built dist/cli.js).

const DRAFT = join(__dirname, '../examples/norms/NI-2027.draft.json');
const dir = tempDir();
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
// Monday 4 January 2027, a debtor living alone: base 1,250 (draft) + rent 1,792 = 3,042; income 3,551.85.
const single = (id: string, asOf = '2027-01-04') => JSON.stringify({ id, asOf, household: { type: 'single' }, expenses: { rent: '1792.00' }, netIncome: '3551.85' });

describe('lp-rules recalc --norms', () => {
  it('applies the loaded edition on every worker, names it in every record, and counts the records under provisional norms', () => {
    const input = file('in.jsonl', `${[single('A'), single('B', '2026-06-01'), '{"broken', single('C')].join('\n')}\n`);
    for (const workers of ['0', '2']) {
      const r = runCli(['recalc', input, '--norms', DRAFT, '--workers', workers]);
      expect(r.status, r.stderr).toBe(1); // the broken line is an error record, not dropped
      const lines = linesOf(r.stdout).map((l) => JSON.parse(l));
      expect(lines.map((l) => (l.ok ? [l.id, l.result.minimumVital, l.result.normsVersion] : l.line))).toEqual([
        ['A', '3042.00', 'NI-2027'],
        ['B', '2992.00', 'NI-2026'], // 2026: the package's own edition, base 1,200
        3,
        ['C', '3042.00', 'NI-2027'],
      ]);
      expect(lines[0].result.provenance.norms[0].editions).toEqual([{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.draft.json' }]);
      expect(r.stderr).toMatch(/4 records, 3 ok, 1 errors, .*, 2 under provisional or carried-forward norms/);
    }
  });

  it('without the edition, 2027 records are errors that say how to proceed; a directory of editions loads too', () => {
    const input = file('in2027.jsonl', `${single('A')}\n`);
    const r = runCli(['recalc', input]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('NO_NORM_IN_FORCE');
    const editions = join(dir, 'editions');
    mkdirSync(editions);
    writeFileSync(join(editions, 'NI-2027.json'), readFileSync(DRAFT));
    writeFileSync(join(editions, 'README.txt'), 'not a norm file');
    expect(JSON.parse(runCli(['recalc', input, '--norms', editions]).stdout).result.minimumVital).toBe('3042.00');
  });

  it('a malformed edition stops the run before anything is written, every problem listed with its file and pointer', () => {
    const bad = file('bad.json', JSON.stringify({ ...JSON.parse(readFileSync(DRAFT, 'utf8')), status: 'draft', values: { baseSingle: 'beaucoup', nope: '1' } }));
    const out = join(dir, 'never.jsonl');
    const r = runCli(['recalc', file('one.jsonl', `${single('A')}\n`), '--norms', bad, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.json /status');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  bad.json')).length).toBeGreaterThanOrEqual(2);
    expect(() => readFileSync(out)).toThrow();
    const notJson = runCli(['recalc', '-', '--norms', file('x.json', '{ "family": ')], { input: '' });
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('x.json is not JSON');
  });
});

describe('lp-rules norms check / show', () => {
  it('check: exit 1 on Monday 4 January 2027 without an edition in force, naming the family; 0 on Monday 1 June 2026', () => {
    const r = runCli(['norms', 'check', '--as-of', '2027-01-04']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ seizure\.minimum-vital .*\n\s+NO_EDITION_IN_FORCE: Aucune édition en vigueur le 2027-01-04/);
    // No edition in force, so no verification date: said as such, not as a date ("Vérifiée le jamais").
    expect(r.stdout).toMatch(/✗ seizure\.minimum-vital .*\(officielle\), jamais vérifiée\n/);
    const en = runCli(['norms', 'check', '--as-of', '2027-01-04', '--lang', 'en']);
    expect(en.stdout).toContain('NO_EDITION_IN_FORCE: No edition in force on 2027-01-04');
    const withDraft = runCli(['norms', 'check', '--as-of', '2027-01-04', '--norms', DRAFT]);
    expect(withDraft.stdout).toMatch(/seizure\.minimum-vital .*NI-2027 \(provisoire\)[^\n]*\n\s+PROVISIONAL/);
    expect(withDraft.status).toBe(1);
  });

  it('show: the amounts in force as a table, in French by default, in English with --lang en', () => {
    const r = runCli(['norms', 'show', 'seizure.minimum-vital', '--as-of', '2027-01-04', '--norms', DRAFT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Montant de base mensuel, débiteur vivant seul\s+CHF 1’250\.00\s+NI-2027\s+2027-01-01 – 2027-12-31/);
    expect(runCli(['norms', 'show', 'seizure.minimum-vital', '--as-of', '2026-06-01', '--lang', 'en']).stdout).toMatch(/CHF 1’200\.00\s+NI-2026/);
    const unknown = runCli(['norms', 'show', 'seizure.nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown family');
  });
});

describe('lp-rules diff', () => {
  it('one record per input record with both results and the deltas, a summary, and a self-contained HTML report', () => {
    const records = fixtureLines().slice(0, 200);
    const input = file('diff-in.jsonl', `${[...records, '{"broken'].join('\n')}\n`);
    const report = join(dir, 'report.html');
    const r = runCli(['diff', input, '--base', '--as-of', '2026-12-31', '--compare', '--as-of', '2027-01-04', '--norms', DRAFT, '--report', report]);
    expect(r.status).toBe(1); // the broken line
    const out = linesOf(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(201);
    expect(out.map((c) => c.line)).toEqual(Array.from({ length: 201 }, (_, k) => k + 1));
    const both = out.filter((c) => c.delta);
    expect(both.length).toBeGreaterThan(150);
    for (const c of both) {
      // Each delta is compare − base, to the centime.
      const cents = (m: string) => Math.round(Number(m) * 100);
      expect(cents(c.delta.seizable)).toBe(cents(c.compare.result.seizable) - cents(c.base.result.seizable));
      expect(c.base.result.normsVersion).toBe('NI-2026');
      expect(c.compare.result.normsVersion).toBe('NI-2027');
      // A higher base never raises what is seized.
      expect(cents(c.delta.seizable)).toBeLessThanOrEqual(0);
    }
    expect(r.stderr).toMatch(/^lp-rules diff: 201 records, \d+ changed \(0 up, \d+ down\), 1 with an error/);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('NI-2027');
    expect(html).not.toMatch(/<script|(src|href)="(https?:)?\/\//);
    // On a phone (375 px) the seven-column table scrolls in its own box, not the page (Chromium: 706 px wide before).
    expect(html).toContain('.wide{overflow-x:auto}');
    expect(html).toMatch(/<div class="wide"><table><thead><tr><th>(Ménage|Household)/);
  });

  it('a side option before --base/--compare is a usage error; CSV output has one row per record', () => {
    const input = file('d2.jsonl', `${single('A')}\n${single('=B')}\n`);
    expect(runCli(['diff', input, '--as-of', '2027-01-04']).status).toBe(2);
    const r = runCli(['diff', input, '--base', '--as-of', '2026-12-31', '--compare', '--as-of', '2027-01-04', '--norms', DRAFT, '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = linesOf(r.stdout);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('1,A,single,true,2992.00,559.85,NI-2026,true,3042.00,509.85,NI-2027 (provisional),50.00,-50.00,');
    // An id that Excel would run as a formula is written as text.
    expect(rows[2]).toMatch(/^2,"'=B",/);
  });
});

describe("the norm-owner workflow the guide shows (docs/guide/norm-editions.md)", () => {
  const root = join(__dirname, '..');
  // The whole page: draft → norms check → diff → test → adopt.
  const section = readFileSync(join(root, 'docs/guide/norm-editions.md'), 'utf8');
  const blocks = [...section.matchAll(/```(sh|diff)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]!.replace(/\\\n\s*/g, '') }));
  const commands = blocks.filter((b) => b.lang === 'sh').flatMap((b) => b.body.split('\n')).filter((l) => l.startsWith('lp-rules '));
  /** Today's date in Geneva, as the CLI takes it when no --as-of is given. */
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich' }).format(new Date());
  const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  // A bare file name (diff.jsonl, NI-2027.json) is the reader's own file: here, in the test's directory.
  const argsOf = (command: string) => command.trim().split(/\s+/).slice(1).map((a) => (/^[\w.-]+\.(jsonl|json|html)$/.test(a) ? join(dir, a) : a));

  it('shows every step, in order, each command with the exit code it states — both sides of 1 January 2027 for the undated check', () => {
    const step = (re: RegExp) => commands.findIndex((c) => re.test(c));
    const steps = [step(/^lp-rules norms check .*--norms examples\/norms\/NI-2027\.draft\.json/), step(/^lp-rules diff .*--report /), step(/^lp-rules test .*--norms examples\/norms\/NI-2027\.draft\.json/), step(/^lp-rules recalc .*--norms NI-2027\.json/)];
    expect(steps.every((k) => k >= 0), commands.join('\n')).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);

    // Adopting is the guide's own change to the bundled draft, applied here line by line.
    const patch = blocks.find((b) => b.lang === 'diff')!.body.split('\n');
    let adopted = readFileSync(DRAFT, 'utf8');
    patch.forEach((line, k) => {
      if (!line.startsWith('-')) return;
      const before = line.slice(1);
      expect(adopted.split(before).length - 1, before).toBe(1);
      adopted = adopted.replace(before, patch[k + 1]!.replace(/^\+/, ''));
    });
    expect(JSON.parse(adopted)).toMatchObject({ status: 'official' });
    writeFileSync(join(dir, 'NI-2027.json'), adopted);

    for (const line of commands) {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      const r = runCli(argsOf(command!), { cwd: root });
      expect(r.stderr, line).not.toMatch(/Warning|Usage/);
      const until = /exit (\d) until (\d{4}-\d{2}-\d{2}), then exit (\d)/.exec(comment);
      if (until) {
        const [, before, last, after] = until;
        expect(r.status, `${line} (today ${today})`).toBe(Number(today <= last! ? before : after));
        // Both sides, whatever today is: the last day and the day after.
        expect(runCli([...argsOf(command!), '--as-of', last!], { cwd: root }).status, `${line} on ${last}`).toBe(Number(before));
        expect(runCli([...argsOf(command!), '--as-of', dayAfter(last!)], { cwd: root }).status, `${line} after ${last}`).toBe(Number(after));
        continue;
      }
      const stated = /exit (\d)/.exec(comment);
      expect(stated, `${line} states its exit code`).not.toBeNull();
      expect(r.status, `${line}\n${r.stderr}`).toBe(Number(stated![1]));
      if (/^lp-rules (diff|recalc) /.test(command!)) {
        // Broken records included, one output line per input line.
        const out = argsOf(command!)[argsOf(command!).indexOf('--out') + 1]!;
        expect(linesOf(readFileSync(out, 'utf8')), line).toHaveLength(fixtureLines().length);
      }
      if (/--report /.test(command!)) expect(readFileSync(join(dir, 'diff.html'), 'utf8')).toMatch(/^<!doctype html>/i);
      if (/--norms NI-2027\.json/.test(command!) && command!.startsWith('lp-rules recalc')) expect(r.stderr).not.toMatch(/provisional/);
    }
  }, 120_000);
});
