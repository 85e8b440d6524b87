import { describe, expect, it } from 'vitest';
import { splitCsvRow } from '../src/bulk/csv.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileIn, linesOf, okRecord, runCli, tempDir } from './support/cli.js';

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

// The same three files twice: as the strict CSV, and as Excel fr-CH saves them (Windows-1252, `;`, CRLF, Swiss forms).
const STRICT = [
  'id,asOf,householdType,childrenBirthDates,rent,rentProven,healthInsurance,netIncome,seizedOn',
  'Müller,2026-12-31,single-parent,2016-03-02,1850.00,true,452.30;120.00,4200,2026-12-01',
  'Dubois,2026-12-31,couple,,1850.50,false,,5100.00,',
  'Frêne,2026-12-31,single,,999.95,,,3000.05,',
].join('\n');
const EXCEL = [
  'id;asOf;householdType;childrenBirthDates;rent;rentProven;healthInsurance;netIncome;seizedOn',
  "Müller;31.12.2026;single-parent;02.03.2016;1'850.00;oui;\"452,30;120\";CHF 4200;01/12/2026",
  'Dubois;31/12/2026;couple;;1 850,50;FAUX;;5 100,00;',
  'Frêne;31.12.2026;single;;999,95;;;3’000.05;',
].join('\r\n');
/** Text as Windows-1252 bytes (Latin-1, and ’ at 0x92), as Excel saves a CSV on a Western Windows. */
const windows1252 = (text: string): Buffer =>
  Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : Number.NaN)));
const FIGURES = ['line', 'id', 'ok', 'minimumVital', 'seizable', 'incomeSeizureEndsOn'];
const figures = (rows: Record<string, string>[]) => rows.map((r) => Object.fromEntries(FIGURES.map((k) => [k, r[k]])));

describe('an Excel fr-CH CSV (Windows-1252, ;, CRLF, Swiss amounts and dates)', () => {
  const excel = join(dir, 'excel-fr-CH.csv');
  writeFileSync(excel, windows1252(`${EXCEL}\r\n`));

  it('reads as its strict twin with --locale fr-CH --encoding windows-1252', () => {
    const strict = recalcCsv(`${STRICT}\n`);
    expect(strict.status).toBe(0);
    const swiss = runCli(['recalc', excel, '--format', 'csv', '--locale', 'fr-CH', '--encoding', 'windows-1252']);
    expect(swiss.stderr).toContain('3 records, 3 ok');
    expect(swiss.status).toBe(0);
    expect(figures(rowsOf(swiss.stdout))).toEqual(figures(rowsOf(strict.stdout)));
    expect(rowsOf(swiss.stdout).map((r) => r.id)).toEqual(['Müller', 'Dubois', 'Frêne']);
  });

  it('without --encoding, each line that is not UTF-8 is an error naming it, never read as U+FFFD', () => {
    const r = runCli(['recalc', excel, '--format', 'csv', '--locale', 'fr-CH', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('\uFFFD');
    const rows = rowsOf(r.stdout);
    expect(rows.map((x) => [x.line, x.ok, x.errorCode])).toEqual([['2', 'false', 'INVALID_RECORD'], ['3', 'true', ''], ['4', 'false', 'INVALID_RECORD']]);
    expect(rows[0]!.errorMessages).toBe('line 2: Line 2: invalid UTF-8 (save the file as UTF-8, or --encoding windows-1252 for an Excel CSV); line not read.');
  });

  it('without --locale, every Swiss value is refused at once, by column, each suggesting --locale fr-CH', () => {
    const r = runCli(['recalc', excel, '--format', 'csv', '--encoding', 'windows-1252']);
    expect(r.status).toBe(1);
    const [muller] = rowsOf(r.stdout);
    expect(muller!.errorIssues).toBe('/asOf INVALID_DATE;/childrenBirthDates INVALID_DATE;/rent INVALID_MONEY;/rentProven INVALID_VALUE;/healthInsurance INVALID_MONEY;/netIncome INVALID_MONEY;/seizedOn INVALID_DATE');
    expect(muller!.errorMessages!.split(' | ')).toHaveLength(7);
    expect(muller!.errorMessages!.match(/--locale fr-CH le lirait/g)).toHaveLength(7);
    expect(muller!.errorMessages).toContain("colonne rent : valeur « 1'850.00 » : montant attendu en francs, point décimal, au plus deux décimales (p. ex. 1850.50) ; --locale fr-CH le lirait 1850.00");
  });

  it('--delimiter forcing the other separator is refused, naming the one the header has', () => {
    const r = runCli(['recalc', excel, '--delimiter', ',', '--encoding', 'windows-1252', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`The header is separated by ";", not ",": leave --delimiter out or give --delimiter ';'.`);
  });
});

describe('Swiss values under --locale: nothing guessed', () => {
  it('an amount that could be thousands or a decimal (1,850) is an error saying so, with the other problems of the row', () => {
    const r = recalcCsv(`${HEAD}\nA,31.12.2026,solo,"1,850",oui,"1.850"\n`, '--locale', 'fr-CH');
    expect(r.status).toBe(1);
    const [row] = rowsOf(r.stdout);
    expect(row!.errorIssues).toBe('/householdType INVALID_VALUE;/rent INVALID_MONEY;/netIncome INVALID_MONEY');
    expect(row!.errorMessages).toContain('colonne householdType : valeur « solo » : type de ménage inconnu ; attendu : single, single-parent, couple, cohabiting-partner, flat-share');
    expect(row!.errorMessages).toContain('colonne rent : valeur « 1,850 » : montant ambigu : « 1,850 » peut se lire 1850 ou 1.850');
    expect(row!.errorMessages).toContain('colonne netIncome : valeur « 1.850 » : montant ambigu');
  });
});

describe('--csv-excel and --errors', () => {
  it('is refused without --format csv (a usage error, exit 2), never JSON lines where Excel CSV was asked', () => {
    for (const format of [[], ['--format', 'jsonl'], ['--format', 'xlsx', '--out', file('x.xlsx', '')]]) {
      const r = runCli(['recalc', file('in-excel.csv', `${HEAD}\nA,2026-06-01,single,1500,true,4000\n`), '--csv-excel', ...format]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--csv-excel shapes CSV output: add --format csv');
    }
  });

  it('writes ; BOM CRLF, and the --errors file in the same form with the messages', () => {
    const errors = join(dir, 'errors-excel.csv');
    const r = recalcCsv(`${HEAD}\nA,2026-06-01,single,1500,true,4000\nB,2026-06-01,single,1500,non,4000\n`, '--csv-excel', '--errors', errors);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('\uFEFFline;id;ok;asOf;minimumVital;')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(4);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const [a, b] = rowsOf(r.stdout, ';');
    expect([a!.ok, a!.minimumVital, b!.ok]).toEqual(['true', '2700.00', 'false']);
    const written = readFileSync(errors, 'utf8');
    expect(written.startsWith('\uFEFFline;id;ok;')).toBe(true);
    expect(rowsOf(written, ';')).toEqual([b]);
    expect(b!.errorMessages).toContain('ligne 3 : colonne rentProven');
  });
});

describe('--unknown-fields error|ignore|keep', () => {
  const csv = `id,householdType,asOf,netIncome,fileRef\nA,single,2026-06-01,3000,GE-2026-0042\n`;

  it('error (default): the unknown column is refused before anything is read', () => {
    const r = recalcCsv(csv, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown columns: fileRef. Expected: id, asOf, householdType');
  });

  it('ignore: read without it; keep: copied through to the output row, after its own columns', () => {
    const ignored = recalcCsv(csv, '--unknown-fields', 'ignore');
    expect(ignored.status).toBe(0);
    expect(linesOf(ignored.stdout)[0]).not.toContain('fileRef');
    const kept = recalcCsv(csv, '--unknown-fields', 'keep');
    expect(kept.status).toBe(0);
    expect(linesOf(kept.stdout)[0]!.endsWith(',errorMessages,fileRef')).toBe(true);
    expect(rowsOf(kept.stdout)[0]).toMatchObject({ ok: 'true', fileRef: 'GE-2026-0042' });
  });

  it('JSONL: an extra field fails the record by default, is dropped by ignore, and kept by keep', () => {
    const line = `${okRecord('A').slice(0, -1)},"fileRef":"GE-1","note":{"by":"clerk"}}\n`;
    const strict = runCli(['recalc', '-'], { input: line });
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).error.issues.map((i: { path: string }) => i.path)).toEqual(['/fileRef', '/note']);
    const ignored = runCli(['recalc', '-', '--unknown-fields', 'ignore'], { input: line });
    expect(ignored.status).toBe(0);
    expect(JSON.parse(ignored.stdout).kept).toBeUndefined();
    const kept = runCli(['recalc', '-', '--unknown-fields', 'keep'], { input: line });
    expect(kept.status).toBe(0);
    expect(JSON.parse(kept.stdout)).toMatchObject({ ok: true, kept: { fileRef: 'GE-1', note: { by: 'clerk' } } });
  });
});

describe('JSON records: every issue at once, each with what is expected', () => {
  it('an unknown household type lists the allowed ones (--lang en in the messages of both languages)', () => {
    const r = runCli(['recalc', '-'], { input: `{"asOf":"2026-06-01","household":{"type":"solo"},"netIncome":"3000","expenses":{"rent":{"amount":"1","proven":"non"}}}\n` });
    const issues = JSON.parse(r.stdout).error.issues as { path: string; message: { fr: string; en: string } }[];
    expect(issues.find((i) => i.path === '/household/type')!.message.fr).toBe('Valeur non admise ; attendu : single, single-parent, couple, cohabiting-partner, flat-share (reçu : « solo »).');
    expect(issues.find((i) => i.path === '/expenses/rent/proven')!.message.en).toBe('Wrong value type; expected: true or false (received: "non").');
  });
});

describe('xlsx in and out (workbooks built by the spreadsheet library, as Excel writes them)', () => {
  /** A workbook: a first sheet of notes, then the files (typed cells: a date, numbers, booleans, a formula). */
  async function workbook(path: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['à lire']);
    const ws = wb.addWorksheet('Dossiers');
    ws.addRow(['id', 'asOf', 'householdType', 'rent', 'rentProven', 'healthInsurance', 'netIncome', 'fileRef']);
    ws.addRow(['Müller', new Date(Date.UTC(2026, 11, 31)), 'single', 1850.5, false, '452,30;120', 4200, 'GE-1']);
    ws.addRow(['Dubois', '31.12.2026', 'couple', "1'850.00", 'oui', null, { formula: 'G2+900', result: 5100 }, 'GE-2']);
    ws.addRow([]);
    ws.addRow(['Frêne', '2026-12-31', 'solo', 0.1 + 0.2, true, null, 3000, 'GE-3']);
    await wb.xlsx.writeFile(path);
  }
  const input = join(dir, 'dossiers.xlsx');

  it('reads the named sheet with --locale fr-CH, its typed cells as their text, row numbers as Excel shows them', async () => {
    await workbook(input);
    const r = runCli(['recalc', input, '--sheet', 'Dossiers', '--locale', 'fr-CH', '--unknown-fields', 'keep', '--format', 'csv']);
    expect(r.status).toBe(1);
    const rows = rowsOf(r.stdout);
    expect(rows.map((x) => [x.line, x.id, x.ok, x.minimumVital, x.fileRef])).toEqual([
      ['2', 'Müller', 'true', '1772.30', 'GE-1'],
      ['3', 'Dubois', 'true', '3550.00', 'GE-2'],
      ['5', 'Frêne', 'false', '', 'GE-3'],
    ]);
    // A float artefact is refused, never rounded; an unknown type lists the allowed ones.
    expect(rows[2]!.errorMessages).toContain('colonne rent : valeur « 0.30000000000000004 »');
    expect(rows[2]!.errorMessages).toContain('attendu : single, single-parent, couple');
  });

  it('the first sheet by default; a missing sheet is named with the sheets there are', async () => {
    const first = runCli(['recalc', input, '--lang', 'en']);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain("first sheet, row 1: Unknown columns: à lire.");
    const missing = runCli(['recalc', input, '--sheet', 'Feuil1']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no sheet named 'Feuil1' (the sheets: Notes, Dossiers)");
  });

  it('writes xlsx (amounts as numbers), --errors as xlsx too, the same bytes from run to run', async () => {
    const out = join(dir, 'out.xlsx');
    const errors = join(dir, 'errors.xlsx');
    const args = ['recalc', input, '--sheet', 'Dossiers', '--locale', 'fr-CH', '--unknown-fields', 'keep', '--format', 'xlsx', '--out', out, '--errors', errors];
    expect(runCli(args).status).toBe(1);
    const first = readFileSync(out);
    expect(runCli(args).status).toBe(1);
    expect(readFileSync(out).equals(first)).toBe(true);
    const read = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const rows: unknown[][] = [];
      wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const rows = await read(out);
    expect(rows[0]!.slice(0, 5)).toEqual(['line', 'id', 'ok', 'asOf', 'minimumVital']);
    expect(rows[1]!.slice(0, 5)).toEqual([2, 'Müller', 'true', '2026-12-31', 1772.3]);
    expect(rows.map((x) => x[0])).toEqual(['line', 2, 3, 5]);
    const errorRows = await read(errors);
    expect(errorRows.map((x) => [x[0], x[1], x[12]])).toEqual([['line', 'id', 'errorCode'], [5, 'Frêne', 'INVALID_INPUT']]);
    expect(String(errorRows[1]![14])).toContain('ligne 5 : colonne householdType');
  });

  it('--format xlsx to a full device: one line, exit 2', () => {
    const r = runCli(['recalc', input, '--sheet', 'Dossiers', '--format', 'xlsx', '--out', '/dev/full', '--unknown-fields', 'ignore']);
    expect(r.status).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/^lp-rules: cannot write \/dev\/full: ENOSPC/)]);
  });
});

describe('the CLI as a Unix tool', () => {
  it('--version and --help on stdout, exit 0 (also after recalc)', () => {
    for (const args of [['--version'], ['recalc', '--version']]) {
      const r = runCli(args);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^lp-rules \d+\.\d+\.\d+\n$/);
    }
    for (const args of [['--help'], ['recalc', '--help']]) {
      const r = runCli(args);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain('--locale fr-CH|de-CH');
    }
  });
});

describe('every issue of a JSON record at once', () => {
  it('a bad date hides none of four money errors', () => {
    const record = { asOf: '31.12.2026', household: { type: 'single' }, netIncome: '1,2', spouseNetIncome: 'abc', expenses: { rent: '12.345', healthInsurance: ['1e', { amount: 'x', proven: false }] } };
    const r = runCli(['recalc', '-'], { input: `${JSON.stringify(record)}\n` });
    expect(r.status).toBe(1);
    const issues = JSON.parse(r.stdout).error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`);
    expect(issues).toEqual(expect.arrayContaining(['/asOf INVALID_DATE', '/netIncome INVALID_MONEY', '/spouseNetIncome INVALID_MONEY', '/expenses/rent MONEY_PRECISION', '/expenses/healthInsurance/0 INVALID_MONEY', '/expenses/healthInsurance/1/amount INVALID_MONEY']));
  });
});

describe('--resume of a --csv-excel output (; BOM CRLF)', () => {
  it('continues a cut-off file after its last complete record: the same bytes as an uninterrupted run', () => {
    const rows = Array.from({ length: 40 }, (_, k) => `F${k};31.12.2026;${k % 7 === 3 ? 'solo' : 'single'};1'0${k % 10}0,50;oui;4200`);
    const input = join(dir, 'resume-fr-CH.csv');
    writeFileSync(input, `id;asOf;householdType;rent;rentProven;netIncome\r\n${rows.join('\r\n')}\r\n`);
    const args = ['recalc', input, '--locale', 'fr-CH', '--format', 'csv', '--csv-excel'];
    const full = join(dir, 'resume-full.csv');
    runCli([...args, '--out', full]);
    const whole = readFileSync(full);
    for (const cut of [5, 1000, whole.length - 7]) {
      const part = join(dir, `resume-${cut}.csv`);
      writeFileSync(part, whole.subarray(0, cut));
      const r = runCli([...args, '--out', part, '--resume']);
      // 1 when the rest holds an error record (rows 4, 11, …), 0 when only complete ones are left.
      expect([0, 1]).toContain(r.status);
      expect(readFileSync(part).equals(whole)).toBe(true);
    }
  });
});
