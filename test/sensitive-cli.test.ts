import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_FORMS, plantCards, repeatsCard } from './support/card-forms.js';

// Issue 15, item 1, for the command-line tool (`npm test` builds dist/ first): card numbers planted in
// JSONL and CSV records — values, keys, the CSV header — are refused, and no channel repeats them:
// stdout, stderr, the --out file, the --errors file.

const cli = join(__dirname, '../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'lp-rules-cards-'));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, 'recalc', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const read = (p: string) => readFileSync(p, 'utf8');

/** Every channel of a run: its stdout and stderr, and the files it wrote. */
function channelsOf(args: string[], input?: string, files: string[] = []): { status: number | null; text: string } {
  const r = run(args, input);
  return { status: r.status, text: [r.stdout, r.stderr, ...files.map(read)].join('\n') };
}

const SEIZURE_FILE = {
  id: 'DCSO-127-2024',
  asOf: '2024-06-03',
  household: { type: 'couple', children: [{ birthDate: '2016-03-02' }] },
  expenses: { rent: '1792.00', professional: ['193.60', '70.00'], healthInsurance: [{ amount: '412.30', proven: false }] },
  netIncome: '3551.85',
  spouseNetIncome: '1000.00',
  seizedOn: '2024-06-03',
};

describe('lp-rules recalc never repeats a card number', () => {
  it('JSONL: in every value and key, each record refused, nothing repeated (JSONL and CSV output)', () => {
    const planted = plantCards([SEIZURE_FILE], true);
    expect(planted.length).toBeGreaterThan(40);
    const input = file('cards.jsonl', `${planted.map((p) => JSON.stringify(p.input)).join('\n')}\n`);
    for (const format of ['jsonl', 'csv']) {
      const out = join(dir, `out.${format}`);
      const errors = join(dir, `errors.${format}`);
      const { status, text } = channelsOf([input, '--out', out, '--errors', errors, '--format', format], undefined, [out, errors]);
      expect(status).toBe(1);
      for (const { form, what } of planted) expect(repeatsCard(text, form), `${what} ${JSON.stringify(form.text)}`).toBe(false);
      if (format === 'jsonl') {
        const lines = read(out).trim().split('\n').map((l) => JSON.parse(l));
        expect(lines).toHaveLength(planted.length);
        for (const l of lines) expect(l.error.issues.some((i: { code: string }) => i.code === 'SENSITIVE_DATA'), JSON.stringify(l)).toBe(true);
        expect(read(errors).trim().split('\n')).toHaveLength(planted.length);
      }
    }
    // Through stdin and stdout too.
    const piped = channelsOf(['-'], read(input));
    for (const { form } of planted) expect(repeatsCard(piped.text, form)).toBe(false);
  });

  const csvForms = CARD_FORMS.filter((f) => !/[\n\r",]/.test(f.text));
  const header = 'id,asOf,householdType,childrenBirthDates,rent,rentProven,healthInsurance,healthInsuranceUnproven,professional,netIncome';
  const row = ['DCSO', '2024-06-03', 'single', '2016-03-02', '1792.00', '', '', '412.30', '193.60;70.00', '3551.85'];

  it('CSV: in every cell, each record refused, nothing repeated', () => {
    const rows = csvForms.flatMap((form) => row.map((_, k) => row.map((cell, j) => (j === k ? form.text : cell)).join(',')));
    const input = file('cards.csv', `${header}\n${rows.join('\n')}\n`);
    const out = join(dir, 'csv-out.jsonl');
    const errors = join(dir, 'csv-errors.jsonl');
    const { status, text } = channelsOf([input, '--out', out, '--errors', errors], undefined, [out, errors]);
    expect(status).toBe(1);
    for (const form of csvForms) expect(repeatsCard(text, form), JSON.stringify(form.text)).toBe(false);
    const lines = read(out).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(rows.length);
    for (const l of lines) expect(l.error.issues.some((i: { code: string }) => i.code === 'SENSITIVE_DATA'), JSON.stringify(l)).toBe(true);
  });

  it('CSV: a column named by a card number is a usage error that does not repeat it', () => {
    for (const form of csvForms) {
      const input = file('header.csv', `${header},${form.text}\n${row.join(',')},1\n`);
      const out = join(dir, 'header-out.jsonl');
      const { status, text } = channelsOf([input, '--out', out], undefined, [out]);
      expect(status).toBe(2);
      expect(text).toMatch(/Colonnes inconnues : [^\n]*\*/);
      expect(repeatsCard(text, form), `${JSON.stringify(form.text)}: ${text}`).toBe(false);
    }
  });
});

describe('lp-rules never repeats a card number given on its command line', () => {
  // A clerk pastes a card number where a file name or an option belongs: the one-line error names the
  // mistake without the number (stderr is often kept in a job log).
  const spawn = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  it('as a command, an option, an option value and a file name', () => {
    for (const form of CARD_FORMS.slice(0, 12)) {
      const { text, pan: compact } = form;
      const runs = [
        spawn([text]),
        spawn(['recalc', `--${compact}`]),
        spawn(['recalc', '-', '--workers', text]),
        spawn(['recalc', join(dir, `${compact}.jsonl`)]),
      ];
      // As a number of workers, a compact card number is a number: accepted (reduced to the cores, with a
      // note that does not repeat it); any other form is a usage error.
      expect(runs.map((r, k) => (k === 2 ? 'any' : r.status))).toEqual([2, 2, 'any', 2]);
      expect([0, 2]).toContain(runs[2]!.status);
      for (const r of runs) {
        expect(r.stderr).toMatch(/^lp-rules: /);
        expect(repeatsCard(r.stdout + r.stderr, form), `${JSON.stringify(text)}: ${r.stderr}`).toBe(false);
      }
    }
  });
});
