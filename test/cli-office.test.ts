import { describe, expect, it } from 'vitest';
import { splitCsvRow } from '../src/bulk/csv.js';
import { fileIn, linesOf, runCli, tempDir } from './support/cli.js';

// The files a Geneva office has (issue 18): Excel's fr-CH CSV (`;`, Windows-1252, CRLF), Swiss amounts
// and dates, yes/no columns — through the built CLI, as a clerk runs it.

const dir = tempDir();
const file = fileIn(dir);

/** The output rows of a CSV run as objects by column name. */
function rowsOf(stdout: string, delimiter: ',' | ';' = ','): Record<string, string>[] {
  const [head, ...rows] = linesOf(stdout.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
  const names = splitCsvRow(head!, delimiter)!;
  return rows.map((r) => Object.fromEntries(splitCsvRow(r, delimiter)!.map((c, k) => [names[k]!, c])));
}

const HEAD = 'id,asOf,householdType,rent,rentProven,netIncome';
const recalcCsv = (text: string, ...args: string[]) => runCli(['recalc', file(`in-${Math.random().toString(36).slice(2)}.csv`, text), '--format', 'csv', ...args]);

/** One row per word (rent 1500 with that rentProven): the output rows, in input order. */
function byWord(words: string[], ...args: string[]) {
  const r = recalcCsv(`${HEAD}\n${words.map((w, k) => `R${k},2026-06-01,single,1500,${w},4000`).join('\n')}\n`, ...args);
  return { status: r.status, rows: rowsOf(r.stdout) };
}

describe('yes/no columns: anything but an accepted word is an error, never a default', () => {
  // 1500 of rent proven: 1200 base + 1500 = 2700; unproven: 1200 (NI-2026, single).
  it('strict: FAUX, non, 0, no, nein, f… are refused, naming the row, the column and the accepted words', () => {
    const words = ['FAUX', 'non', '0', 'no', 'nein', 'peut-être', 'f', ' false x'];
    const { status, rows } = byWord(words);
    expect(status).toBe(1);
    expect(rows).toHaveLength(words.length);
    rows.forEach((row, k) => {
      expect(row.ok).toBe('false');
      expect(row.minimumVital).toBe('');
      expect(row.errorIssues).toBe('/rentProven INVALID_VALUE');
      expect(row.errorMessages).toContain(`ligne ${k + 2} : colonne rentProven : valeur « ${words[k]!.trim()} »`);
      expect(row.errorMessages).toContain('true, false');
    });
  });

  it('strict: true/false in any case, or an empty cell (proven), read', () => {
    const { status, rows } = byWord(['false', 'FALSE', 'true', 'True', '']);
    expect(status).toBe(0);
    expect(rows.map((r) => r.minimumVital)).toEqual(['1200.00', '1200.00', '2700.00', '2700.00', '2700.00']);
  });

  it('--locale fr-CH: oui/non, vrai/faux, ja/nein, 1/0, true/false in any case', () => {
    const { status, rows } = byWord(['non', 'NON', 'faux', 'Nein', '0', 'false', 'oui', 'VRAI', 'ja', '1', 'TRUE'], '--locale', 'fr-CH');
    expect(status).toBe(0);
    expect(rows.map((r) => r.minimumVital)).toEqual([...Array(6).fill('1200.00'), ...Array(5).fill('2700.00')]);
  });

  it('--locale de-CH: anything else is still refused', () => {
    const { status, rows } = byWord(['no', 'yes', 'n', '2', 'falsch'], '--locale', 'de-CH');
    expect(status).toBe(1);
    expect(rows.map((r) => r.errorIssues)).toEqual(Array(5).fill('/rentProven INVALID_VALUE'));
  });

  it('a strict refusal names --locale fr-CH when the word would read under it (--lang en)', () => {
    const { rows } = byWord(['non'], '--lang', 'en');
    expect(rows[0]!.errorMessages).toBe('line 2: column rentProven: value "non": a yes/no value was expected: true, false; --locale fr-CH would read it as false');
  });
});
