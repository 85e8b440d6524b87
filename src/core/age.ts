import { civilOf, type EpochDay } from './dates.js';

/** Age in completed years on `on` (a 29 February child turns a year older on 1 March in common years). */
export function ageInYears(birth: EpochDay, on: EpochDay): number {
  const b = civilOf(birth);
  const o = civilOf(on);
  return o.y - b.y - (o.m < b.m || (o.m === b.m && o.d < b.d) ? 1 : 0);
}
