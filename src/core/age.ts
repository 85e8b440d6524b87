import { civilOf, isLeapYear, type EpochDay } from './dates.js';

/**
 * How a 29 February birthday falls in a common year (norms §4 item 16): on 1 March (primary — the day
 * after 28 February, as the age in completed years changes once that day has passed) or on 28 February.
 */
export type LeapDayBirthday = 'march-1' | 'february-28';

/** Age in completed years on `on`; a 29 February child turns a year older on 1 March of a common year, or 28 February. */
export function ageInYears(birth: EpochDay, on: EpochDay, leapDay: LeapDayBirthday = 'march-1'): number {
  const b = civilOf(birth);
  const o = civilOf(on);
  const day = b.m === 2 && b.d === 29 && leapDay === 'february-28' && !isLeapYear(o.y) ? 28 : b.d;
  return o.y - b.y - (o.m < b.m || (o.m === b.m && o.d < day) ? 1 : 0);
}
