import type { Provenance } from '../engines/evaluator/provenance.js';
import { redactCardNumbers } from '../core/card-number.js';
import type { Issue } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import type { RecalculationResult } from './record.js';

/**
 * The CSV form of a seizure file: one header row, one file per row, `,` separated, RFC 4180 quotes
 * (no line break inside a field). Amounts are decimal strings; lists are `;`-separated; an empty cell
 * is an absent field. Unknown columns are an error, so a typo never silently drops an expense.
 */
export const CSV_COLUMNS = {
  id: 'file number',
  asOf: 'reference date YYYY-MM-DD (the batch --as-of overrides it)',
  householdType: 'single | single-parent | couple | cohabiting-partner | flat-share',
  childrenBirthDates: 'birth dates YYYY-MM-DD, ;-separated',
  rent: 'rent or mortgage interest',
  rentProven: 'false when its payment is not proven (default true)',
  rentShare: "the debtor's share of the rent, e.g. 0.5",
  healthInsurance: 'paid premiums, ;-separated',
  healthInsuranceUnproven: 'premiums whose payment is not proven, ;-separated',
  professional: 'paid professional costs (meals, transport…), ;-separated',
  professionalUnproven: 'professional costs not proven, ;-separated',
  alimony: 'alimony paid',
  alimonyProven: 'false when not proven',
  childcare: 'childcare costs',
  childcareProven: 'false when not proven',
  education: "children's education costs",
  educationProven: 'false when not proven',
  taxes: 'taxes (never counted)',
  netIncome: "the debtor's monthly net income",
  spouseNetIncome: "the spouse's monthly net income",
  seizedOn: 'day the income seizure was executed',
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;

/** Splits one CSV row into fields (`;` for a spreadsheet's Swiss export); `null` when quotes are unbalanced. */
export function splitCsvRow(row: string, separator: ',' | ';' = ','): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < row.length; k++) {
    const ch = row[k]!;
    if (quoted) {
      if (ch === '"') {
        if (row[k + 1] === '"') {
          field += '"';
          k++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

export type Delimiter = ',' | ';';

const knownCount = (names: readonly string[]): number => names.filter((n) => Object.hasOwn(CSV_COLUMNS, n)).length;

/**
 * The header row: its column names and separator — `,` or `;`, the one under which more names are known
 * (`delimiter` forces one, and a header that reads under the other is then refused, saying so). Unknown
 * names are an error unless `unknownFields` ignores or keeps them; a name twice is always one.
 */
export function parseHeader(row: string, o: { delimiter?: Delimiter | undefined; unknownFields?: 'error' | 'ignore' | 'keep' | undefined } = {}): { columns: string[]; delimiter: Delimiter } | { error: Localized } {
  const byComma = splitCsvRow(row, ',');
  const bySemicolon = splitCsvRow(row, ';');
  const trim = (names: string[] | null): string[] | null => names?.map((n) => n.trim()) ?? null;
  const [comma, semicolon] = [trim(byComma), trim(bySemicolon)];
  const delimiter: Delimiter = o.delimiter ?? (knownCount(semicolon ?? []) > knownCount(comma ?? []) ? ';' : ',');
  const names = delimiter === ',' ? comma : semicolon;
  if (names === null) return { error: { fr: 'En-tête CSV illisible (guillemets non fermés).', en: 'Unreadable CSV header (unclosed quotes).' } };
  const other = delimiter === ',' ? semicolon : comma;
  const otherSep: Delimiter = delimiter === ',' ? ';' : ',';
  // Own names only: `toString` or `__proto__` are not columns (`in` would find them on the prototype).
  const unknown = names.filter((n) => !Object.hasOwn(CSV_COLUMNS, n));
  if (unknown.length > 0 && other !== null && knownCount(other) > knownCount(names)) {
    return {
      error: {
        fr: `L'en-tête est séparé par « ${otherSep} », pas par « ${delimiter} » : retirer --delimiter ou donner --delimiter '${otherSep}'.`,
        en: `The header is separated by "${otherSep}", not "${delimiter}": leave --delimiter out or give --delimiter '${otherSep}'.`,
      },
    };
  }
  const error = headerError(names, o.unknownFields);
  if (error) return { error };
  return { columns: names, delimiter };
}

/** What is wrong with a header's names (CSV or a sheet's first row), or null: unknown ones (unless ignored or kept), doubles. */
export function headerError(names: readonly string[], unknownFields: 'error' | 'ignore' | 'keep' | undefined): Localized | null {
  const unknown = names.filter((n) => !Object.hasOwn(CSV_COLUMNS, n));
  // A column name is the caller's text: a card number in it is not repeated.
  const shown = unknown.map(redactCardNumbers).join(', ');
  if (unknown.length > 0 && (unknownFields ?? 'error') === 'error') {
    const expected = Object.keys(CSV_COLUMNS).join(', ');
    return {
      fr: `Colonnes inconnues : ${shown}. Attendu : ${expected} (--unknown-fields ignore|keep pour les accepter).`,
      en: `Unknown columns: ${shown}. Expected: ${expected} (--unknown-fields ignore|keep to accept them).`,
    };
  }
  // Names are the caller's text: a second `rent` would silently replace the first.
  const twice = [...new Set(names.filter((n, k) => names.indexOf(n) !== k))].map(redactCardNumbers);
  if (twice.length > 0) return { fr: `Colonnes en double : ${twice.join(', ')}.`, en: `Duplicate columns: ${twice.join(', ')}.` };
  return null;
}

const list = (cell: string): string[] => cell.split(';').map((x) => x.trim()).filter((x) => x !== '');
/**
 * A `…Proven` cell: absent is proven (the column's default), `true`/`false` in any case say so; anything
 * else is kept as written, so the validation refuses it — never a default (a `FAUX` once counted as proven).
 */
const proven = (cell: string | undefined): boolean | string => {
  if (cell === undefined || cell === '') return true;
  const word = cell.trim().toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : cell;
};

/** A seizure file from its CSV cells by column (absent = not given). */
export function cellsToFile(v: Partial<Record<CsvColumn, string>>): Record<string, unknown> {
  const expenses: Record<string, unknown> = {};
  const single = (name: 'rent' | 'alimony' | 'childcare' | 'education', flag: CsvColumn): void => {
    if (v[name] === undefined) return;
    const p = proven(v[flag]);
    expenses[name] = p === true ? v[name] : { amount: v[name], proven: p };
  };
  single('rent', 'rentProven');
  single('alimony', 'alimonyProven');
  single('childcare', 'childcareProven');
  single('education', 'educationProven');
  if (v.rentShare !== undefined) expenses.rentShare = v.rentShare;
  for (const name of ['healthInsurance', 'professional'] as const) {
    const paid = v[name] === undefined ? [] : list(v[name]!);
    const unpaid = v[`${name}Unproven`] === undefined ? [] : list(v[`${name}Unproven`]!).map((amount) => ({ amount, proven: false }));
    if (paid.length + unpaid.length > 0) expenses[name] = [...paid, ...unpaid];
  }
  if (v.taxes !== undefined) expenses.taxes = v.taxes;
  const file: Record<string, unknown> = {
    household: { type: v.householdType, ...(v.childrenBirthDates ? { children: list(v.childrenBirthDates).map((birthDate) => ({ birthDate })) } : {}) },
    netIncome: v.netIncome,
  };
  if (v.id !== undefined) file.id = v.id;
  if (v.asOf !== undefined) file.asOf = v.asOf;
  if (Object.keys(expenses).length > 0) file.expenses = expenses;
  if (v.spouseNetIncome !== undefined) file.spouseNetIncome = v.spouseNetIncome;
  if (v.seizedOn !== undefined) file.seizedOn = v.seizedOn;
  return file;
}

/** A record's norms in one CSV cell: official, provisional, or carried past their period (latest-known). */
const normsStatus = (p: Provenance): string => (p.latestKnown ? 'latest-known' : p.provisional ? 'provisional' : 'official');

/** The columns of `recalc`'s CSV and xlsx output, then any input columns kept (`--unknown-fields keep`). */
export const OUTPUT_COLUMNS = ['line', 'id', 'ok', 'asOf', 'minimumVital', 'debtorShareOfMinimum', 'spouseShareOfMinimum', 'seizable', 'incomeSeizureEndsOn', 'normsVersion', 'normsStatus', 'normsFingerprint', 'errorCode', 'errorIssues', 'errorMessages'] as const;
export const CSV_OUTPUT_HEADER = OUTPUT_COLUMNS.join(',');

/** How a CSV is written: RFC 4180 (`,`, LF), or for Excel in a Swiss locale (`--csv-excel`: `;`, CRLF, a BOM). */
export interface CsvDialect {
  delimiter: Delimiter;
  eol: '\n' | '\r\n';
  bom: boolean;
}
export const RFC_CSV: CsvDialect = { delimiter: ',', eol: '\n', bom: false };
export const EXCEL_CSV: CsvDialect = { delimiter: ';', eol: '\r\n', bom: true };

const quote = (s: string, d: Delimiter): string => (/["\n\r]/.test(s) || s.includes(d) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A cell echoing the caller's text (an id, issue paths). One that a spreadsheet would take for a formula —
 * starting with `=`, `+`, `-`, `@`, a tab or a CR (OWASP, CSV injection) — is written as text: prefixed
 * with `'` and quoted. The numbers and dates we write never start so (amounts are never negative).
 */
export const csvCell = (s: string, d: Delimiter = ','): string => (/^[=+\-@\t\r]/.test(s) ? `"'${s.replace(/"/g, '""')}"` : quote(s, d));

/** One row of cells as a CSV line (without its line end). */
export const csvLine = (cells: readonly string[], d: CsvDialect = RFC_CSV): string => cells.map((c) => csvCell(c, d.delimiter)).join(d.delimiter);

/** What a clerk reads of a record's error: the row, each problem with its column (or JSON field) and what is expected. */
export function errorText(r: RecalculationResult, lang: 'fr' | 'en'): string {
  if (r.ok) return '';
  const row = lang === 'fr' ? `ligne ${r.line}` : `line ${r.line}`;
  const issues = r.error.issues ?? [];
  const sep = lang === 'fr' ? ' : ' : ': ';
  if (issues.length === 0) return `${row}${sep}${r.error.message[lang]}`;
  const where = (i: Issue & { column?: string }): string =>
    i.column !== undefined ? (lang === 'fr' ? `colonne ${i.column}` : `column ${i.column}`) : lang === 'fr' ? `champ ${i.path || '/'}` : `field ${i.path || '/'}`;
  return `${row}${sep}${issues.map((i) => `${where(i)}${sep}${i.message[lang]}`).join(' | ')}`;
}

/** One result as the cells of an output row (issues as `path code` pairs, `;`-separated), then the kept fields. */
export function resultCells(r: RecalculationResult, lang: 'fr' | 'en', kept: readonly string[] = []): string[] {
  const extra = kept.map((name) => {
    const v = r.kept?.[name];
    return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  });
  const id = r.id ?? '';
  if (r.ok) {
    const x = r.result;
    return [String(r.line), id, 'true', x.asOf, x.minimumVital, x.debtorShareOfMinimum, x.spouseShareOfMinimum ?? '', x.seizable, x.incomeSeizureEndsOn ?? '', x.normsVersion, normsStatus(x.provenance), x.provenance.fingerprint, '', '', '', ...extra];
  }
  const issues = (r.error.issues ?? []).map((i) => `${i.path} ${i.code}`).join(';');
  return [String(r.line), id, 'false', '', '', '', '', '', '', '', '', '', r.error.code, issues, errorText(r, lang), ...extra];
}

/** One result as a CSV row. */
export function resultToCsv(r: RecalculationResult, lang: 'fr' | 'en' = 'fr', kept: readonly string[] = [], d: CsvDialect = RFC_CSV): string {
  return csvLine(resultCells(r, lang, kept), d);
}
