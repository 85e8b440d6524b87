import { epochDayOf, daysInMonth, formatIsoDate, isoWeekday, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';
import { readSwissAmount, writeSwissDate } from '../bulk/swiss-values.js';

/** Weekday names as a case may write them before a date, Monday first (ISO). */
export const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** What a case's text held that is not a value: the reason in both languages, for the lawyer to fix. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: Localized };

const fail = (fr: string, en: string): { ok: false; problem: Localized } => ({ ok: false, problem: { fr, en } });

/**
 * "1'792.00", "1’792.00", "1 792,50", "CHF 1'200", "1200.-" → "1792.00": amounts as Swiss lawyers write
 * them, read exactly (no float) by the bulk reader's Swiss grammar (one grammar for cases and CSV files).
 */
export function readAmount(text: string): Read<string> {
  const r = readSwissAmount(text);
  if (r.ok) return r;
  const t = text.trim();
  // An ambiguous one ("1.234": 1.234 or 1234?) says so too.
  const why = r.ambiguous ? { fr: ` ; ${r.problem.fr}`, en: `; ${r.problem.en}` } : { fr: '', en: '' };
  return fail(`montant attendu (p. ex. 1'234.50 CHF), trouvé « ${t} »${why.fr}`, `an amount was expected (e.g. 1'234.50 CHF), found "${t}"${why.en}`);
}

/** "1792.00" → "1'792.00": the form a case or a report writes (ASCII apostrophe, as typed). */
export function writeAmount(value: string): string {
  const [int, frac = '00'] = value.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, "'")}.${frac.padEnd(2, '0')}`;
}

/**
 * "mercredi 18.03.2026", "18.03.2026", "2026-03-18" → "2026-03-18". A weekday written in the case is
 * checked against the date: a case whose date and weekday disagree holds a typo, and says which.
 */
export function readDate(text: string): Read<IsoDate> {
  const t = text.trim();
  const m = /^(?:([a-zé]+)\s+)?(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))$/i.exec(t);
  if (m === null) return fail(`date attendue (p. ex. mercredi 18.03.2026), trouvé « ${t} »`, `a date was expected (e.g. mercredi 18.03.2026), found "${t}"`);
  const [y, mo, d] = m[2] !== undefined ? [+m[4]!, +m[3]!, +m[2]] : [+m[5]!, +m[6]!, +m[7]!];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return fail(`la date « ${t} » n'existe pas`, `the date "${t}" does not exist`);
  const day = epochDayOf(y, mo, d);
  if (m[1] !== undefined) {
    const name = m[1].toLowerCase();
    const k = Math.max(WEEKDAYS_FR.indexOf(name), WEEKDAYS_EN.findIndex((w) => w.toLowerCase() === name));
    if (k === -1) return fail(`jour de la semaine inconnu « ${m[1]} » (lundi … dimanche)`, `unknown weekday "${m[1]}" (lundi … dimanche)`);
    const actual = isoWeekday(day) - 1;
    if (k !== actual) {
      return fail(
        `le ${writeDate(formatIsoDate(day), null)} est un ${WEEKDAYS_FR[actual]}, pas un ${WEEKDAYS_FR[k]}`,
        `${writeDate(formatIsoDate(day), null)} is a ${WEEKDAYS_EN[actual]}, not a ${WEEKDAYS_EN[k]}`,
      );
    }
  }
  return { ok: true, value: formatIsoDate(day) };
}

/** "2026-04-15" → "mercredi 15.04.2026" ("Wednesday 15.04.2026", or no weekday: null); a text that is not a date stays as is. */
export function writeDate(iso: string, weekday: 'fr' | 'en' | null = 'fr'): string {
  const day = parseIsoDate(iso);
  if (day === null) return iso;
  const text = writeSwissDate(iso as IsoDate);
  if (weekday === null) return text;
  return `${(weekday === 'fr' ? WEEKDAYS_FR : WEEKDAYS_EN)[isoWeekday(day) - 1]!} ${text}`;
}
