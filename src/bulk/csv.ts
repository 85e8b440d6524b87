import type { Provenance } from '../core/evaluator/provenance.js';
import { redactCardNumbers } from '../core/card-number.js';
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

export function parseHeader(row: string): { columns: CsvColumn[] } | { error: Localized } {
  const names = splitCsvRow(row);
  if (names === null) return { error: { fr: 'En-tête CSV illisible.', en: 'Unreadable CSV header.' } };
  // Own names only: `toString` or `__proto__` are not columns (`in` would find them on the prototype).
  const unknown = names.filter((n) => !Object.hasOwn(CSV_COLUMNS, n));
  // A column name is the caller's text: a card number in it is not repeated.
  const shown = unknown.map(redactCardNumbers).join(', ');
  if (unknown.length > 0) return { error: { fr: `Colonnes inconnues : ${shown}.`, en: `Unknown columns: ${shown}.` } };
  // Known names only here (never a card number): a second `rent` would silently replace the first.
  const twice = [...new Set(names.filter((n, k) => names.indexOf(n) !== k))];
  if (twice.length > 0) return { error: { fr: `Colonnes en double : ${twice.join(', ')}.`, en: `Duplicate columns: ${twice.join(', ')}.` } };
  return { columns: names as CsvColumn[] };
}

const list = (cell: string): string[] => cell.split(';').map((x) => x.trim()).filter((x) => x !== '');
const proven = (cell: string | undefined): boolean => cell === undefined || cell === '' || cell.toLowerCase() !== 'false';

/** A CSV row as a seizure file (validation happens after, with the JSON Schema); `null` on a wrong shape. */
export function csvRowToFile(columns: readonly CsvColumn[], row: string): Record<string, unknown> | null {
  const cells = splitCsvRow(row);
  if (cells === null || cells.length !== columns.length) return null;
  const v: Partial<Record<CsvColumn, string>> = {};
  columns.forEach((name, k) => {
    if (cells[k] !== '') v[name] = cells[k];
  });
  return cellsToFile(v);
}

/** A seizure file from its CSV cells by column (absent = not given). */
export function cellsToFile(v: Partial<Record<CsvColumn, string>>): Record<string, unknown> {
  const expenses: Record<string, unknown> = {};
  const single = (name: 'rent' | 'alimony' | 'childcare' | 'education', flag: CsvColumn): void => {
    if (v[name] !== undefined) expenses[name] = proven(v[flag]) ? v[name] : { amount: v[name], proven: false };
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

export const CSV_OUTPUT_HEADER = 'line,id,ok,asOf,minimumVital,debtorShareOfMinimum,spouseShareOfMinimum,seizable,incomeSeizureEndsOn,normsVersion,normsStatus,normsFingerprint,errorCode,errorIssues';

const quote = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A cell echoing the caller's text (an id, issue paths). One that a spreadsheet would take for a formula —
 * starting with `=`, `+`, `-`, `@`, a tab or a CR (OWASP, CSV injection) — is written as text: prefixed
 * with `'` and quoted. The numbers and dates we write never start so (amounts are never negative).
 */
export const csvCell = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `"'${s.replace(/"/g, '""')}"` : quote(s));

/** One result as a CSV row (issues as `path code` pairs, `;`-separated). */
export function resultToCsv(r: RecalculationResult): string {
  const id = csvCell(r.id ?? '');
  if (r.ok) {
    const x = r.result;
    return `${r.line},${id},true,${x.asOf},${x.minimumVital},${x.debtorShareOfMinimum},${x.spouseShareOfMinimum ?? ''},${x.seizable},${x.incomeSeizureEndsOn ?? ''},${x.normsVersion},${normsStatus(x.provenance)},${x.provenance.fingerprint},,`;
  }
  const issues = (r.error.issues ?? []).map((i) => `${i.path} ${i.code}`).join(';');
  return `${r.line},${id},false,,,,,,,,,,${r.error.code},${csvCell(issues)}`;
}
