import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIn, runCli, tempDir } from './support/cli.js';

// `lp-rules test` as an office runs it (the built dist/cli.js): report, language, format, exit code.

const EXAMPLES = join(__dirname, '../examples/cases');
const DRAFT = join(__dirname, '../examples/norms/NI-2027.draft.json');
const dir = tempDir();
const file = fileIn(dir);
const single = (expected: string) =>
  `# language: fr\nFonctionnalité: F\n  Scénario: seul\n    Source: DCSO/127/2024\n    Soit un débiteur seul\n    Quand on calcule le minimum vital au lundi 01.06.2026\n    Alors le minimum vital est de ${expected} CHF\n`;

describe('lp-rules test', () => {
  it('exit 0 when every case passes: the bundled examples, and the NI-2027 cases against the draft edition (FR report)', () => {
    const r = runCli(['test', EXAMPLES, '--norms', DRAFT]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✓ .*ni-2027\.feature:9 {2}Le débiteur de la DCSO\/127\/2024 sous les normes 2027 {2}\(Source: DCSO\/127\/2024\)/);
    expect(r.stdout).toContain('Normes: seizure.minimum-vital: NI-2027 (provisoire, NI-2027.draft.json)');
    expect(r.stdout).toMatch(/Cas: (\d+), \1 réussi\(s\), 0 échoué\(s\); 4 calculé\(s\) avec des normes provisoires ou reportées\.\n$/);
  });

  it('exit 1 when a case fails: the NI-2027 cases without the edition, in English; JSON with --format json', () => {
    const ni = join(EXAMPLES, 'ni-2027.feature');
    const en = runCli(['test', ni, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stdout).toContain("✗ line 19: minimum vital — expected CHF 3'305.60, got not computed (refused)");
    expect(en.stdout).toContain('Reason: NO_NORM_IN_FORCE — No edition of the seizure-exemption norms is in force on 2027-01-04');
    expect(en.stdout).toContain('Cases: 5, 1 passed, 4 failed.');
    const json = runCli(['test', file('one.feature', single("1'200.01")), '--format', 'json']);
    expect(json.status).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out.summary).toEqual({ cases: 1, passed: 0, failed: 1, provisional: 0 });
    expect(out.results[0]).toMatchObject({ source: 'DCSO/127/2024', passed: false, figures: [{ figure: 'minimumVital', expected: '1200.01', actual: '1200.00', passed: false, line: 7 }] });
    expect(out.results[0].provenance[0].norms[0].editions).toEqual([{ edition: 'NI-2026', status: 'official' }]);
    expect(runCli(['test', file('ok.feature', single("1'200.00"))]).status).toBe(0);
  });

  it('exit 2 on a case file that does not read: every problem with file and line, French then English; nothing runs', () => {
    const bad = file('bad.feature', single('1 CHF').replace('lundi 01.06.2026', 'mardi 01.06.2026').replace('Soit un débiteur seul', 'Soit un débiteur solitaire'));
    const csv = file('bad.csv', 'cas,fonction,asOf\n');
    const r = runCli(['test', bad, csv, file('good.feature', single("1'200.00"))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 problème(s) dans les fichiers de cas');
    expect(r.stderr).toContain(`${bad}:5: fait non reconnu « un débiteur solitaire »`);
    expect(r.stderr).toContain(`${bad}:6: le 01.06.2026 est un lundi, pas un mardi\n    (01.06.2026 is a Monday, not a Tuesday)`);
    expect(r.stderr).toContain(`${csv}:1: aucune ligne de cas sous l'en-tête\n    (no case row below the header)`);
    expect(runCli(['test', bad, '--lang', 'en']).stderr).toContain(`${bad}:6: 01.06.2026 is a Monday, not a Tuesday\n    (le 01.06.2026 est un lundi, pas un mardi)`);
  });

  it('exit 2 on usage errors: no file, a directory without cases, a bad option, a missing file, a malformed edition', () => {
    expect(runCli(['test']).status).toBe(2);
    expect(runCli(['test', dir + '/nothing-here']).stderr).toContain('cannot read');
    const empty = tempDir();
    expect(runCli(['test', empty]).stderr).toContain('no case file (*.feature, *.csv)');
    expect(runCli(['test', EXAMPLES, '--lang', 'de']).stderr).toContain('--lang is fr or en');
    expect(runCli(['test', EXAMPLES, '--format', 'xml']).status).toBe(2);
    const r = runCli(['test', EXAMPLES, '--norms', file('broken.json', '{"family": "seizure.minimum-vital", "edition": "X"}')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('broken.json');
  });
});

describe('the cases guide (docs/guide/cases.md)', () => {
  it('every `lp-rules test` command it shows runs as written, with the exit code it states', () => {
    const guide = readFileSync(join(__dirname, '../docs/guide/cases.md'), 'utf8');
    const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).filter((l) => /^lp-rules test /.test(l));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const line of commands) {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      const r = runCli(command!.trim().split(/\s+/).slice(1), { cwd: join(__dirname, '..') });
      expect(r.status, `${line}\n${r.stderr}`).toBe(Number(/exit (\d)/.exec(comment)![1]));
    }
  });
});
