import type { RuleSet } from '../../rules/rule-set.js';
import type { AsOf } from '../../rules/parameters.js';
import { noteUse } from '../../rules/scope.js';
import { compileRuleSet, type CompiledRuleSet } from './compiled.js';

// Compiled plans, one per norm family and period without change. Memoisation only: a plan is a
// pure function of the norm file and the period, so the cache never changes a result.
const plans = new WeakMap<RuleSet, Map<number, CompiledRuleSet>>();
const LATEST = -1;

/** Index of the period containing `asOf`: the number of change dates on or before it. */
function periodOf(set: RuleSet, asOf: string): number {
  let lo = 0;
  let hi = set.changeDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (set.changeDates[mid]! <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The compiled plan of a norm family in force at `asOf`: rules compiled and parameters resolved once
 * per period, so evaluating a record is only the comparisons.
 */
export function planFor(set: RuleSet, asOf: AsOf): CompiledRuleSet {
  let byPeriod = plans.get(set);
  if (byPeriod === undefined) {
    byPeriod = new Map();
    plans.set(set, byPeriod);
  }
  const period = asOf === null ? LATEST : periodOf(set, asOf);
  let plan = byPeriod.get(period);
  if (plan === undefined) {
    plan = compileRuleSet(set, asOf);
    byPeriod.set(period, plan);
  }
  // The result's provenance names it (a norm applied past its period is noted where that is decided).
  noteUse(plan, false);
  return plan;
}
