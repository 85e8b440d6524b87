import { addMonthsClipped, type EpochDay } from '../../core/dates.js';

/**
 * The debtor's share of a family minimum split in proportion to net incomes (ATF 114 III 12):
 * `minimum × debtor / (debtor + spouse)`, exactly (BigInt), rounded half up to the centime once.
 * The spouse's share is the rest, so the two always add up to the minimum to the centime.
 * With both incomes zero there is no proportion: the minimum is split in halves.
 */
export function proportionalShare(minimum: number, debtor: number, spouse: number): number {
  const total = BigInt(debtor) + BigInt(spouse);
  const m = BigInt(minimum);
  if (total === 0n) return Number((m + 1n) / 2n);
  return Number((2n * m * BigInt(debtor) + total) / (2n * total));
}

/**
 * How the year of an income seizure is read (norms §4 item 15).
 * @inline
 */
export type IncomeSeizureEndReading = 'same-numbered-day' | 'day-before';

/**
 * The last day of an income seizure executed on `seizedOn` (LP 93 al. 2, "pour une année au plus"): the
 * same-numbered day `months` later, clipped to the month's end (CPC 142 al. 2 arithmetic, primary), or the
 * day before it (the execution day counted as the first day of the year).
 */
export function incomeSeizureEnd(seizedOn: EpochDay, months: number, reading: IncomeSeizureEndReading): EpochDay {
  const anniversary = addMonthsClipped(seizedOn, months);
  return reading === 'same-numbered-day' ? anniversary : anniversary - 1;
}
