import { DateTime } from 'luxon';
import type { IsoDate } from './dates.js';

/** The time zone of every legal date in the SDK: Geneva civil time. */
export const LEGAL_ZONE = 'Europe/Zurich';

/** An ISO 8601 instant: with an offset or `Z`, or a local `YYYY-MM-DDTHH:mm[:ss]` read in Europe/Zurich. */
export type IsoDateTime = string;

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An instant seen in Geneva: its civil date, and the time of day in minutes and seconds since midnight. */
export interface ZurichInstant {
  date: IsoDate;
  secondOfDay: number;
  /** The instant in Zurich time with its offset, e.g. "2026-03-31T23:59:00.000+02:00". */
  local: string;
}

/**
 * Converts an instant to Europe/Zurich (DST-aware); `null` if it is not a valid ISO instant (hour 24 is
 * refused). A local time that does not exist (spring-forward night) moves forward one hour; one that
 * occurs twice (autumn night) is read in winter time. Either way its civil date is the same.
 * luxon is used here only, at the boundary: everything after works on civil dates.
 */
export function toZurich(text: unknown): ZurichInstant | null {
  if (typeof text !== 'string' || !ISO_DATETIME.test(text)) return null;
  const dt = DateTime.fromISO(text, { zone: LEGAL_ZONE });
  if (!dt.isValid) return null;
  const date = dt.toISODate();
  const local = dt.toISO();
  if (date === null || local === null) return null;
  return { date, secondOfDay: dt.hour * 3600 + dt.minute * 60 + dt.second, local };
}
