import { civilOf, daysInMonth, epochDayOf, formatIsoDate, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';

/**
 * Values as a Geneva office's spreadsheet holds them (fr-CH / de-CH), read exactly into the strict forms
 * of the SDK (decimal strings, ISO dates, booleans). Pure text in, text out: no float, nothing guessed —
 * a value that could mean two things is refused, saying so. Shared by the bulk adapter and the cases.
 */
export type SwissLocale = 'fr-CH' | 'de-CH';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Localized; ambiguous?: true };

const fail = (fr: string, en: string, ambiguous = false): { ok: false; problem: Localized; ambiguous?: true } => ({
  ok: false,
  problem: { fr, en },
  ...(ambiguous ? { ambiguous: true as const } : {}),
});

/** Thousands separators: ASCII and typographic apostrophes, space, no-break and narrow no-break spaces. */
const GROUP = "['’\u00a0\u202f ]";
const GROUPED = new RegExp(`^\\d{1,3}(?:${GROUP}\\d{3})+$`);
const SWISS_AMOUNT_EXAMPLES = "1'850.00, 1’850.00, 1 850,50, 452,30, CHF 4200";

/**
 * "1'850.00", "1’850.00", "1 850,50", "452,30", "CHF 4200", "1200.-" → "1850.00" … Thousands are grouped by
 * threes; the decimal mark is `.` or `,` with one or two digits. "1,850" or "1.850" (1.85 or 1850?) is
 * refused as ambiguous, as is a mark that could be a decimal or a thousands separator.
 */
export function readSwissAmount(text: string): Read<string> {
  const t = text.trim().replace(/^CHF\s*/i, '').replace(/\s*CHF$/i, '').replace(/\.[-–—]$/, '');
  const bad = fail(`montant attendu (p. ex. ${SWISS_AMOUNT_EXAMPLES})`, `an amount was expected (e.g. ${SWISS_AMOUNT_EXAMPLES})`);
  if (t === '') return bad;
  // The last `.` or `,` is the decimal mark when one or two digits follow; three digits after a lone mark are ambiguous.
  const m = /^(.*?)(?:([.,])(\d+))?$/.exec(t)!;
  const [, intPart = '', mark, frac] = m;
  if (mark !== undefined && frac !== undefined) {
    if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
      return fail(
        `montant ambigu : « ${t} » peut se lire ${intPart}${frac} ou ${intPart}.${frac} ; écrire p. ex. ${intPart}'${frac}.00 ou ${intPart}.${frac.slice(0, 2)}`,
        `ambiguous amount: "${t}" may read ${intPart}${frac} or ${intPart}.${frac}; write e.g. ${intPart}'${frac}.00 or ${intPart}.${frac.slice(0, 2)}`,
        true,
      );
    }
    if (frac.length > 2) return fail('au plus deux décimales (centimes)', 'at most two decimals (centimes)');
  }
  if (!/^\d+$/.test(intPart) && !GROUPED.test(intPart)) return bad;
  const int = intPart.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return { ok: true, value: `${int}.${(frac ?? '').padEnd(2, '0')}` };
}

/** "0,5" → "0.5": a share (at most four decimals, checked by the schema). */
export function readSwissDecimal(text: string): Read<string> {
  const t = text.trim();
  if (/^\d+([.,]\d+)?$/.test(t)) return { ok: true, value: t.replace(',', '.') };
  return fail('nombre décimal attendu (p. ex. 0,5 ou 0.5)', 'a decimal number was expected (e.g. 0,5 or 0.5)');
}

/** "31.12.2026", "31/12/2026", "2026-12-31" → "2026-12-31": day first, four-digit year, a day that exists. */
export function readSwissDate(text: string): Read<IsoDate> {
  const t = text.trim();
  if (parseIsoDate(t) !== null) return { ok: true, value: t as IsoDate };
  const m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m === null) return fail('date attendue JJ.MM.AAAA, JJ/MM/AAAA ou AAAA-MM-JJ (p. ex. 31.12.2026)', 'a date was expected DD.MM.YYYY, DD/MM/YYYY or YYYY-MM-DD (e.g. 31.12.2026)');
  const [d, mo, y] = [+m[1]!, +m[3]!, +m[4]!];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return fail(`la date « ${t} » n'existe pas`, `the date "${t}" does not exist`);
  return { ok: true, value: formatIsoDate(epochDayOf(y, mo, d)) };
}

/** "2026-12-31" → "31.12.2026". */
export function writeSwissDate(iso: IsoDate): string {
  const { y, m, d } = civilOf(parseIsoDate(iso)!);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${String(y).padStart(4, '0')}`;
}

const STRICT_BOOLEANS: Record<string, boolean> = { true: true, false: false };
const SWISS_BOOLEANS: Record<string, boolean> = { ...STRICT_BOOLEANS, oui: true, non: false, vrai: true, faux: false, ja: true, nein: false, '1': true, '0': false };

/** The booleans accepted, as an error message lists them. */
export const booleanForms = (locale: SwissLocale | undefined): string => (locale ? 'true/false, oui/non, vrai/faux, ja/nein, 1/0' : 'true, false');

/**
 * A yes/no cell: `true`/`false` (any case); with a Swiss locale also oui/non, vrai/faux, ja/nein, 1/0.
 * Anything else is refused — never taken as a default (an unproven rent is never counted as proven).
 */
export function readBoolean(text: string, locale: SwissLocale | undefined): Read<boolean> {
  const key = text.trim().toLowerCase();
  const table = locale ? SWISS_BOOLEANS : STRICT_BOOLEANS;
  if (Object.hasOwn(table, key)) return { ok: true, value: table[key]! };
  return fail(`valeur oui/non attendue : ${booleanForms(locale)}`, `a yes/no value was expected: ${booleanForms(locale)}`);
}
