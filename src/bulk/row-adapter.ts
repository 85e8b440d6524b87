import { parseIsoDate } from '../core/dates.js';
import type { Issue } from '../core/errors.js';
import type { IssueCode } from '../core/issue-codes.js';
import type { Localized } from '../core/localized.js';
import { parseMoney } from '../core/money.js';
import { redactCardNumbers } from '../core/card-number.js';
import { cellsToFile, CSV_COLUMNS, type CsvColumn } from './csv.js';
import { householdTypes } from './expected.js';
import { readBoolean, readSwissAmount, readSwissDate, readSwissDecimal, type Read, type SwissLocale } from './swiss-values.js';

/** What to do with a column (or JSON field) the seizure file does not have. */
export type UnknownFields = 'error' | 'ignore' | 'keep';

/** How the cells of a CSV or xlsx row are read: strict forms, or a Swiss office's (`--locale`). */
export interface RowReading {
  locale?: SwissLocale | undefined;
  unknownFields?: UnknownFields | undefined;
}

/** An issue found in one cell of a row: the column it names, and the problem with what is expected. */
export interface CellIssue extends Issue {
  column: string;
}

type Kind = 'money' | 'moneys' | 'date' | 'dates' | 'boolean' | 'household' | 'share' | 'text';

const KINDS: Record<CsvColumn, Kind> = {
  id: 'text',
  asOf: 'date',
  householdType: 'household',
  childrenBirthDates: 'dates',
  rent: 'money',
  rentProven: 'boolean',
  rentShare: 'share',
  healthInsurance: 'moneys',
  healthInsuranceUnproven: 'moneys',
  professional: 'moneys',
  professionalUnproven: 'moneys',
  alimony: 'money',
  alimonyProven: 'boolean',
  childcare: 'money',
  childcareProven: 'boolean',
  education: 'money',
  educationProven: 'boolean',
  taxes: 'money',
  netIncome: 'money',
  spouseNetIncome: 'money',
  seizedOn: 'date',
};

const say = (fr: string, en: string): Localized => ({ fr, en });

/** A value as a message shows it: short, never a card number (rows holding one are refused before). */
const shown = (value: string): string => {
  const v = redactCardNumbers(value);
  return v.length > 40 ? `${v.slice(0, 39)}…` : v;
};

function strictMoney(value: string): Read<string> {
  const p = parseMoney(value);
  if (p.ok) return { ok: true, value };
  return { ok: false, problem: say('montant attendu en francs, point décimal, au plus deux décimales (p. ex. 1850.50)', 'an amount was expected in francs, decimal point, at most two decimals (e.g. 1850.50)') };
}

function strictDate(value: string): Read<string> {
  if (parseIsoDate(value) !== null) return { ok: true, value };
  return { ok: false, problem: say('date attendue AAAA-MM-JJ, une date qui existe (p. ex. 2026-12-31)', 'a date was expected YYYY-MM-DD, one that exists (e.g. 2026-12-31)') };
}

/** One value of a column, read as the options say; a strict refusal names `--locale fr-CH` when it would read. */
function readValue(kind: Kind, value: string, o: RowReading): Read<string> {
  const swiss = kind === 'money' || kind === 'moneys' ? readSwissAmount : kind === 'date' || kind === 'dates' ? readSwissDate : null;
  if (swiss !== null) {
    if (o.locale) return swiss(value);
    const r = (kind === 'money' || kind === 'moneys' ? strictMoney : strictDate)(value);
    if (r.ok) return r;
    const s = swiss(value);
    if (!s.ok) return r;
    return { ok: false, problem: say(`${r.problem.fr} ; --locale fr-CH le lirait ${s.value}`, `${r.problem.en}; --locale fr-CH would read it as ${s.value}`) };
  }
  if (kind === 'boolean') {
    const b = readBoolean(value, o.locale);
    if (b.ok) return { ok: true, value: String(b.value) };
    const swissBoolean = o.locale ? b : readBoolean(value, 'fr-CH');
    if (swissBoolean.ok) return { ok: false, problem: say(`${b.problem.fr} ; --locale fr-CH le lirait ${swissBoolean.value}`, `${b.problem.en}; --locale fr-CH would read it as ${swissBoolean.value}`) };
    return b;
  }
  if (kind === 'household') {
    if (householdTypes().includes(value)) return { ok: true, value };
    const list = householdTypes().join(', ');
    return { ok: false, problem: say(`type de ménage inconnu ; attendu : ${list}`, `unknown household type; expected: ${list}`) };
  }
  if (kind === 'share' && o.locale) return readSwissDecimal(value);
  return { ok: true, value };
}

const CODES: Partial<Record<Kind, IssueCode>> = { money: 'INVALID_MONEY', moneys: 'INVALID_MONEY', date: 'INVALID_DATE', dates: 'INVALID_DATE', boolean: 'INVALID_VALUE', household: 'INVALID_VALUE', share: 'INVALID_FORMAT' };

/** A cell's issue: the column, and "value « x » : the problem; expected …". */
function cellIssue(column: string, kind: Kind, value: string, problem: Localized): CellIssue {
  const v = shown(value);
  return {
    path: `/${column}`,
    column,
    code: CODES[kind] ?? 'INVALID_VALUE',
    message: say(`valeur « ${v} » : ${problem.fr}`, `value "${v}": ${problem.en}`),
  };
}

/**
 * A CSV or xlsx row (cells by header name) as the strict JSON seizure file the validation reads: every
 * cell read at once (Swiss forms with `--locale`), every problem reported with its column. A cell that
 * does not read is kept as written, so the record stays invalid and nothing is guessed.
 */
export function rowToRecord(header: readonly string[], cells: readonly string[], o: RowReading): { record: Record<string, unknown>; issues: CellIssue[]; kept: Record<string, string> } {
  const issues: CellIssue[] = [];
  const v: Partial<Record<CsvColumn, string>> = {};
  const kept: Record<string, string> = {};
  header.forEach((name, k) => {
    const cell = (cells[k] ?? '').trim();
    if (!Object.hasOwn(CSV_COLUMNS, name)) {
      if (o.unknownFields === 'keep' && cell !== '') kept[name] = cell;
      return;
    }
    if (cell === '') return;
    const kind = KINDS[name as CsvColumn];
    const parts = kind === 'moneys' || kind === 'dates' ? cell.split(';').map((x) => x.trim()).filter((x) => x !== '') : [cell];
    const read = parts.map((part) => {
      const r = readValue(kind, part, o);
      if (!r.ok) issues.push(cellIssue(name, kind, part, r.problem));
      return r.ok ? r.value : part;
    });
    v[name as CsvColumn] = read.join(';');
  });
  return { record: cellsToFile(v), issues, kept };
}
