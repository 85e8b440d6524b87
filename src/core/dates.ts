/**
 * Civil dates as integer epoch days (days since 1970-01-01) inside, ISO `YYYY-MM-DD` outside.
 * Pure integer arithmetic (H. Hinnant's civil-from-days): no `Date`, no time zone, ~3 M dates/s.
 */
import { issue, LpInputError } from './errors.js';

/** A civil date, ISO `YYYY-MM-DD` (e.g. "2026-03-09"), read in Geneva: no time, no time zone. */
export type IsoDate = string;
export type EpochDay = number;

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Epoch day of a valid civil date (proleptic Gregorian). */
export function epochDayOf(y: number, m: number, d: number): EpochDay {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of an epoch day. */
export function civilOf(day: EpochDay): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses `YYYY-MM-DD` into an epoch day; `null` for any other text or a day that does not exist (2026-02-29). */
export function parseIsoDate(text: unknown): EpochDay | null {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const v = text.charCodeAt(k) - 48;
    if (v < 0 || v > 9) return null;
    if (k < 4) y = y * 10 + v;
    else if (k < 7) mo = mo * 10 + v;
    else d = d * 10 + v;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return epochDayOf(y, mo, d);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The first and last days `YYYY-MM-DD` can write: 0000-01-01 and 9999-12-31. */
export const FIRST_ISO_DAY: EpochDay = epochDayOf(0, 1, 1);
export const LAST_ISO_DAY: EpochDay = epochDayOf(9999, 12, 31);

/**
 * Formats an epoch day as `YYYY-MM-DD`. Every date the SDK outputs is written here, so this is where a
 * result past 9999-12-31 (e.g. three months after 9999-12-31) is caught: the input as a whole is then
 * out of range (`OUT_OF_RANGE` at ""), rather than a five-digit year outside every published schema.
 */
export function formatIsoDate(day: EpochDay): IsoDate {
  if (!(day >= FIRST_ISO_DAY && day <= LAST_ISO_DAY) || !Number.isInteger(day)) throw new LpInputError([issue('', 'OUT_OF_RANGE')]);
  const { y, m, d } = civilOf(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: EpochDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Parses `YYYY-MM` into `{ y, m }`; `null` otherwise. */
export function parseIsoMonth(text: unknown): { y: number; m: number } | null {
  if (typeof text !== 'string') return null;
  const match = ISO_MONTH.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? { y, m } : null;
}

/** Last day of a month given as `YYYY-MM`, e.g. "2028-02" → "2028-02-29". */
export function endOfMonth(month: { y: number; m: number }): IsoDate {
  return formatIsoDate(epochDayOf(month.y, month.m, daysInMonth(month.y, month.m)));
}

/**
 * Adds whole months to a civil date, ending on the same-numbered day, or on the month's last day
 * when that day does not exist: 31 January + 1 month = 28 (29) February (CPC 142 al. 2).
 */
export function addMonthsClipped(day: EpochDay, months: number): EpochDay {
  const { y, m, d } = civilOf(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return epochDayOf(year, month, Math.min(d, daysInMonth(year, month)));
}
