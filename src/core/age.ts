import { civilOf, isLeapYear, type EpochDay } from './dates.js';

/**
 * Age in completed years on `on`. A child born on 29 February turns a year older in a common year on
 * 1 March (the day after 28 February: the primary reading, norms §4 item 16), or, with `onFebruary28`,
 * on 28 February (the alternative).
 */
export function ageInYears(birth: EpochDay, on: EpochDay, onFebruary28: boolean): number {
  const b = civilOf(birth);
  const o = civilOf(on);
  const day = onFebruary28 && b.m === 2 && b.d === 29 && !isLeapYear(o.y) ? 28 : b.d;
  return o.y - b.y - (o.m < b.m || (o.m === b.m && o.d < day) ? 1 : 0);
}
