import { civilOf, daysInMonth, epochDayOf, formatIsoDate, isoWeekday, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { LpInputError, LpNormError, issue } from '../../core/errors.js';
import type { Localized } from '../../core/localized.js';
import type { Citation } from '../../schemas/rule-set.js';
import { CANTON_CODES, type Canton } from '../../schemas/canton.js';
import type { HolidayRule, HolidayTable } from '../../schemas/holidays.js';
// Named imports: a bundler keeps only these fields of the table, not its generator's notes (`source`).
import { cantons, validFrom, validTo } from '../../rules/calendar/holidays.generated.json';
import { easterSunday } from './easter.js';

/**
 * Cantonal public holidays, read from the generated table (scripts/gen-holidays.mjs). Weekends are
 * not here: Saturday and Sunday are the caller's business (norms §1.3), and holidays that always fall on
 * a Sunday (Easter, Whitsun, Jeûne fédéral) are left out of the table. No substitute day for a holiday
 * on a Sunday (J 1 45 art. 1 al. 2 is not applied to deadlines, norms §1.2).
 */

/** The 26 cantons (one list, in schemas/canton.ts). */
export const CANTONS = CANTON_CODES;
export type { Canton };

const table = deepFreeze({ validFrom, validTo, cantons } as unknown as Pick<HolidayTable, 'validFrom' | 'validTo' | 'cantons'>);
const FIRST = parseIsoDate(table.validFrom)!;
const LAST = parseIsoDate(table.validTo)!;
/** The first and last days of the holiday table (1900-01-01, 2100-12-31): the legal calendar's span. */
export const CALENDAR_FIRST_DAY: EpochDay = FIRST;
export const CALENDAR_LAST_DAY: EpochDay = LAST;

export function isCanton(x: unknown): x is Canton {
  return typeof x === 'string' && (CANTONS as readonly string[]).includes(x);
}

/** The source of a canton's list: Geneva's law (J 1 45 art. 1 al. 1), elsewhere the date-holidays data. */
export function holidayCitation(canton: Canton): Citation {
  cantonOf(canton);
  return table.cantons[canton]!.citation;
}

/**
 * Per canton, one byte per day of the table, filled a year at a time on first use:
 * 0 = year not built yet, 1 = no holiday, 2 + i = the canton's holiday i (the first, if two coincide).
 */
const days: Partial<Record<Canton, Uint8Array>> = Object.create(null);

/** Whether the day is a public holiday in the canton. Throws `NO_NORM_IN_FORCE` outside the table. */
export function isPublicHoliday(day: EpochDay, canton: Canton): boolean {
  const v = (days[canton] ?? bitmapOf(canton))[day - FIRST];
  return (v === undefined || v === 0 ? slot(day, canton) : v) > 1;
}

/** The holiday's name, or `undefined` on a day that is not a public holiday in the canton. */
export function publicHolidayName(day: EpochDay, canton: Canton): Localized | undefined {
  const v = slot(day, canton);
  return v > 1 ? cantonOf(canton).holidays[v - 2]!.name : undefined;
}

/** The canton's public holidays of a year, by date (weekend days included). */
export function publicHolidaysOfYear(canton: Canton, year: number): { date: IsoDate; name: Localized }[] {
  const { holidays } = cantonOf(canton);
  if (!Number.isInteger(year)) throw new LpInputError([issue('/year', 'INVALID_TYPE')]);
  return occurrences(canton, year, String(year)).map(([day, i]) => ({ date: formatIsoDate(day), name: holidays[i]!.name }));
}

// ---------------------------------------------------------------------------------------------------

interface Compiled {
  holidays: readonly HolidayRule[];
  /** Epoch-day bounds of each rule (its validFrom / validTo, else the table's). */
  from: EpochDay[];
  to: EpochDay[];
  /** Explicit lists (`dates` rules), by year. */
  lists: Map<number, EpochDay[]>[];
}
const compiled: Partial<Record<Canton, Compiled>> = Object.create(null);

function cantonOf(canton: Canton): Compiled {
  const done = compiled[canton];
  if (done) return done;
  if (!isCanton(canton)) throw new LpInputError([issue('/canton', 'INVALID_VALUE')]);
  const { holidays } = table.cantons[canton]!;
  const lists = holidays.map((h) => {
    const byYear = new Map<number, EpochDay[]>();
    for (const d of h.rule === 'dates' ? h.dates.map((t) => parseIsoDate(t)!) : []) {
      const y = civilOf(d).y;
      byYear.set(y, [...(byYear.get(y) ?? []), d]);
    }
    return byYear;
  });
  const from = holidays.map((h) => (h.validFrom ? parseIsoDate(h.validFrom)! : FIRST));
  const to = holidays.map((h) => (h.validTo ? parseIsoDate(h.validTo)! : LAST));
  return (compiled[canton] = { holidays, from, to, lists });
}

function bitmapOf(canton: Canton): Uint8Array {
  cantonOf(canton);
  return (days[canton] = new Uint8Array(LAST - FIRST + 1));
}

/** The bitmap entry of a day, building its year if needed; throws outside the table. */
function slot(day: EpochDay, canton: Canton): number {
  const map = days[canton] ?? bitmapOf(canton);
  if (!Number.isInteger(day)) throw new LpInputError([issue('/day', 'INVALID_TYPE')]);
  const v = map[day - FIRST];
  if (v !== undefined && v !== 0) return v;
  const y = civilOf(day).y;
  const found = occurrences(canton, y, formatIsoDate(day)); // throws outside the table
  const start = epochDayOf(y, 1, 1) - FIRST;
  map.fill(1, start, epochDayOf(y + 1, 1, 1) - FIRST);
  // Reverse, so that the first of two coinciding holidays names the day.
  for (const [d, i] of found.reverse()) map[d - FIRST] = i + 2;
  return map[day - FIRST]!;
}

/** [epoch day, holiday index] of a year, sorted by date then table order. */
function occurrences(canton: Canton, y: number, what: string): [EpochDay, number][] {
  const c = cantonOf(canton);
  if (epochDayOf(y, 1, 1) < FIRST || epochDayOf(y, 12, 31) > LAST) throw notInForce(canton, what);
  const out: [EpochDay, number][] = [];
  c.holidays.forEach((h, i) => {
    const dates = h.rule === 'dates' ? c.lists[i]!.get(y) ?? [] : [dateOf(h, y)];
    for (const d of dates) if (d !== null && d >= c.from[i]! && d <= c.to[i]!) out.push([d, i]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function dateOf(h: Exclude<HolidayRule, { rule: 'dates' }>, y: number): EpochDay | null {
  switch (h.rule) {
    case 'fixed':
      return h.day <= daysInMonth(y, h.month) ? epochDayOf(y, h.month, h.day) : null;
    case 'easter':
      return easterSunday(y) + h.offset;
    case 'weekday-on-or-after': {
      const a = epochDayOf(y, h.month, h.day);
      return a + ((h.weekday - isoWeekday(a) + 7) % 7) + h.offset;
    }
  }
}

function notInForce(canton: Canton, what: string): LpNormError {
  return new LpNormError(
    'NO_NORM_IN_FORCE',
    {
      fr: `Aucune table des jours fériés en vigueur pour ${what} (${canton}) : la table couvre ${table.validFrom} – ${table.validTo}.`,
      en: `No public-holiday table in force for ${what} (${canton}): the table covers ${table.validFrom} – ${table.validTo}.`,
    },
    { canton, date: what, validFrom: table.validFrom, validTo: table.validTo },
  );
}

