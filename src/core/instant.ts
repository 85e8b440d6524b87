import { parseIsoDate, type IsoDate } from './dates.js';
import { ISO_DATETIME_PATTERN } from './iso-formats.js';

/** The time zone of every legal date in the SDK: Geneva civil time. */
export const LEGAL_ZONE = 'Europe/Zurich';

/** An ISO 8601 instant: with an offset or `Z`, or a local `YYYY-MM-DDTHH:mm[:ss]` read in Europe/Zurich. */
export type IsoDateTime = string;

const ISO_DATETIME = new RegExp(ISO_DATETIME_PATTERN);

/** An instant seen in Geneva: its civil date, and the time of day in minutes and seconds since midnight. */
export interface ZurichInstant {
  date: IsoDate;
  secondOfDay: number;
  /** The instant in Zurich time with its offset, e.g. "2026-03-31T23:59:00.000+02:00". */
  local: string;
}

// Europe/Zurich's offset at an instant, from the host's ICU time-zone data (Node and every browser ship it):
// the civil time Intl reads there, taken as UTC, minus the instant (whole seconds). This is how luxon reads a
// zone too; test/zurich-intl.test.ts proves the results equal on every minute ±3 h around each DST change
// 1997–2100 and on random instants, luxon as the oracle.
let dtf: Intl.DateTimeFormat | undefined;
function offsetMinutes(ms: number): number {
  dtf ??= new Intl.DateTimeFormat('en-US', {
    hour12: false,
    timeZone: LEGAL_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    era: 'short',
  });
  const f: Record<string, string> = {};
  for (const p of dtf.formatToParts(new Date(ms))) f[p.type] = p.value;
  const year = f.era === 'BC' || f.era === 'B' ? 1 - Number(f.year) : Number(f.year);
  const hour = Number(f.hour) === 24 ? 0 : Number(f.hour);
  const asUtc = utcMs(year, Number(f.month), Number(f.day), hour, Number(f.minute), Number(f.second), 0);
  const over = ms % 1000;
  return (asUtc - (ms - (over >= 0 ? over : 1000 + over))) / 60_000;
}

/** The UTC milliseconds of a civil date and time (years 0–99 are not 1900–1999 here). */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (y >= 100 || y < 0) return t;
  const date = new Date(t);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

// A local reading (no offset) to its instant: first guess the offset in force at the reading taken as UTC,
// which for Zurich (east of Greenwich) is at or after the true instant. A reading that occurs twice (autumn)
// is then read in winter time; one that does not exist (spring) moves forward by the gap.
function localToUtc(local: number): [number, number] {
  const o1 = offsetMinutes(local);
  const guess = local - o1 * 60_000;
  const o2 = offsetMinutes(guess);
  if (o1 === o2) return [guess, o1];
  const o3 = offsetMinutes(guess - (o2 - o1) * 60_000);
  if (o2 === o3) return [guess - (o2 - o1) * 60_000, o2];
  return [local - Math.min(o2, o3) * 60_000, Math.max(o2, o3)];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const FIELDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Converts an instant to Europe/Zurich (DST-aware); `null` if it is not a valid ISO instant (hour 24 is
 * refused, so is an offset beyond ±14:00, and so is an instant whose Zurich date is not in years
 * 0000–9999). A local time that does not exist (spring-forward night) moves forward one hour; one that
 * occurs twice (autumn night) is read in winter time. Either way its civil date is the same. Fractions
 * of a second beyond milliseconds are dropped (truncated). The text is checked in full first (format,
 * then a day that exists); the time zone comes from the host's ICU data (`Intl`), nothing else.
 */
export function toZurich(text: unknown): ZurichInstant | null {
  if (typeof text !== 'string' || !ISO_DATETIME.test(text) || parseIsoDate(text.slice(0, 10)) === null) return null;
  const m = FIELDS.exec(text)!;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const reading = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), ms);
  let instant: number;
  let offset: number;
  if (m[8] === undefined) {
    [instant, offset] = localToUtc(reading);
  } else {
    const given = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
    instant = reading - given * 60_000;
    offset = offsetMinutes(instant);
  }
  const wall = new Date(instant + offset * 60_000);
  const year = wall.getUTCFullYear();
  // Near the ends of years 0000–9999 an offset can move the Zurich date out of them: no civil date the SDK
  // can write.
  if (!Number.isFinite(year) || year < 0 || year > 9999) return null;
  const date = `${pad(year, 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const [h, mi, s] = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()];
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.trunc(Math.abs(offset / 60)))}:${pad(Math.trunc(Math.abs(offset % 60)))}`;
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(wall.getUTCMilliseconds(), 3)}${zone}`;
  return { date, secondOfDay: h * 3600 + mi * 60 + s, local };
}
