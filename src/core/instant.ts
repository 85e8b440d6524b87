import { DateTime } from 'luxon';
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

/**
 * Converts an instant to Europe/Zurich (DST-aware); `null` if it is not a valid ISO instant (hour 24 is
 * refused, so is an offset beyond ±14:00, and so is an instant whose Zurich date is not in years
 * 0000–9999). A local time that does not exist (spring-forward night) moves
 * forward one hour; one that occurs twice (autumn night) is read in winter time. Either way its civil
 * date is the same. luxon is used here only, at the boundary: everything after works on civil dates.
 * The text is checked in full before luxon reads it (format, then a day that exists), so luxon never
 * meets an invalid instant: the result does not depend on the host's luxon `Settings` (`throwOnInvalid`).
 */
export function toZurich(text: unknown): ZurichInstant | null {
  if (typeof text !== 'string' || !ISO_DATETIME.test(text) || parseIsoDate(text.slice(0, 10)) === null) return null;
  const dt = DateTime.fromISO(text, { zone: LEGAL_ZONE });
  if (!dt.isValid) return null;
  const date = dt.toISODate();
  const local = dt.toISO();
  // Near the ends of years 0000–9999 an offset can move the Zurich date out of them (luxon then writes
  // "+010000-01-01"): no civil date the SDK can write.
  if (date === null || local === null || parseIsoDate(date) === null) return null;
  return { date, secondOfDay: dt.hour * 3600 + dt.minute * 60 + dt.second, local };
}
