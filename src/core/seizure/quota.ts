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
