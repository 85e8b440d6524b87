import { formatCentimes } from '../../core/money.js';
import type { TraceStep } from '../../core/trace.js';
import type { FiredRule } from '../evaluator/types.js';
import { formatCitation } from '../../rules/citation.js';
import { HOUSEHOLD_REFUSALS } from '../../core/contradictions.js';
import { LpInputError, issue } from '../../core/errors.js';
import { NOT_PRICED, childEntryOf as childEntry, type Decision, type ExpenseItem, type FastTables, type HouseholdType, type MinimumVitalNorms, type SeizureReadings } from './norms.js';

/** A household reduced to what the norms read: ages in completed years, amounts in integer centimes. */
export interface Household {
  type: HouseholdType;
  /** Each child's age at the reference date, in completed years. */
  childAges: readonly number[];
  /** Rent or mortgage interest; counted only when `proven` (its payment is proven). */
  rent: { centimes: number; proven: boolean } | null;
  /** The debtor's share of the rent as num/den (den a power of 10); 1/1 by default. */
  rentShare: { num: number; den: number };
  /** The other supplements, one entry per amount; counted only when `proven`. */
  expenses: readonly { item: Exclude<ExpenseItem, 'rent' | 'taxes'>; centimes: number; proven: boolean }[];
  /** Accepted and never counted (taxes are not part of the minimum vital). */
  taxes: number | null;
}

/**
 * The items of a minimum-vital breakdown.
 * @inline
 */
export type BreakdownItem = 'base' | 'children' | 'rent' | 'healthInsurance' | 'professional' | 'alimony' | 'childcare' | 'education';

export interface MinimumVital {
  /** Exact total, rounded half up to the centime once, at the end (ATF 78 III 121). */
  totalCentimes: number;
  breakdown: { item: BreakdownItem; centimes: number; citation: string }[];
  trace: TraceStep[];
}

function step(fired: FiredRule, values: TraceStep['values']): TraceStep {
  return { rule: fired.rule.id, citation: formatCitation(fired.rule.citation), text: fired.event.params.message, values };
}

/** Whether a child of the household is a minor on the reference date (the rules give minors an amount). */
function hasMinorChild(t: FastTables, ages: readonly number[]): boolean {
  for (const age of ages) if (childEntry(t.child, age) !== NOT_PRICED) return true;
  return false;
}

/**
 * The rules' decision on the household's base amount (norms §3.8): by type and whether a minor child
 * lives in it — or, for a contradictory household, the input issue to report (`refusal`).
 */
export function baseDecision(t: FastTables, h: Pick<Household, 'type' | 'childAges'>): Decision {
  return t.decisions.base[h.type]![hasMinorChild(t, h.childAges) ? 1 : 0]!;
}

/** The base in centimes; a household the rules refuse never gets a number (callers check it first). */
function baseCentimes(t: FastTables, h: Household): number {
  const centimes = t.base[h.type]![hasMinorChild(t, h.childAges) ? 1 : 0]!;
  if (centimes === NOT_PRICED) {
    const refusal = baseDecision(t, h).refusal!;
    throw new LpInputError([issue('/household/type', refusal, undefined, HOUSEHOLD_REFUSALS[refusal])]);
  }
  return centimes;
}

/** `scaled / den` centimes as exact decimal text: a share with den = 10^k keeps k + 2 decimals (a whole one, 2). */
function shareText(scaled: number, den: number): string {
  const decimals = String(den).length + 1;
  const digits = String(scaled).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function sourceCitation(d: Decision): string {
  return formatCitation(d.source ? d.source.citation : d.fired.rule.citation);
}

/**
 * The minimum vital of a household under the norms in force (LP 93 al. 1; Geneva NI): base amount,
 * children by age, and the supplements actually paid. Integer centimes throughout; only the rent share
 * may leave a fraction of a centime, carried exactly until the single final rounding.
 */
export function computeMinimumVital(norms: MinimumVitalNorms, h: Household, r: SeizureReadings, trace: boolean): MinimumVital {
  const t = norms.fast(r);
  if (!trace) return { totalCentimes: minimumVitalCentimes(t, h), breakdown: [], trace: [] };
  // Every decision comes from the tables the rules filled once for these readings (norms.fast).
  const decided = t.decisions;
  const steps: TraceStep[] = [];
  const breakdown: MinimumVital['breakdown'] = [];
  const base = baseDecision(t, h);
  let whole = baseCentimes(t, h);
  breakdown.push({ item: 'base', centimes: whole, citation: sourceCitation(base) });
  steps.push(step(base.fired, { householdType: h.type, minorChild: hasMinorChild(t, h.childAges), amount: formatCentimes(whole), version: base.source!.version ?? null }));

  let children = 0;
  let childCitation: string | undefined;
  for (let k = 0; k < h.childAges.length; k++) {
    const age = h.childAges[k]!;
    const d = childEntry(decided.child, age);
    if (d.centimes !== null) {
      children += d.centimes;
      childCitation = sourceCitation(d);
    }
    steps.push(step(d.fired, { child: k + 1, ageYears: age, amount: d.centimes === null ? null : formatCentimes(d.centimes) }));
  }
  if (children > 0) breakdown.push({ item: 'children', centimes: children, citation: childCitation! });
  whole += children;

  let rentScaled = 0;
  if (h.rent !== null) {
    const fired = decided.expense.rent![h.rent.proven ? 1 : 0];
    const counted = fired.event.type === 'EXPENSE_COUNTED';
    if (counted) {
      rentScaled = h.rent.centimes * h.rentShare.num;
      const rounded = roundedTotal(0, rentScaled, h.rentShare.den);
      if (rounded > 0) breakdown.push({ item: 'rent', centimes: rounded, citation: formatCitation(fired.rule.citation) });
    }
    steps.push(step(fired, { item: 'rent', amount: formatCentimes(h.rent.centimes), share: h.rentShare.den === 1 ? '1' : `${h.rentShare.num}/${h.rentShare.den}`, counted: counted ? shareText(rentScaled, h.rentShare.den) : null }));
  }

  const sums = new Map<BreakdownItem, { centimes: number; citation: string }>();
  for (const e of h.expenses) {
    const fired = decided.expense[e.item]![e.proven ? 1 : 0];
    const counted = fired.event.type === 'EXPENSE_COUNTED';
    if (counted) {
      const sum = sums.get(e.item) ?? { centimes: 0, citation: formatCitation(fired.rule.citation) };
      sum.centimes += e.centimes;
      sums.set(e.item, sum);
      whole += e.centimes;
    }
    steps.push(step(fired, { item: e.item, amount: formatCentimes(e.centimes), counted }));
  }
  // The breakdown lists what adds to the minimum: the base always, other items only when above zero.
  for (const [item, sum] of sums) if (sum.centimes > 0) breakdown.push({ item, centimes: sum.centimes, citation: sum.citation });

  // Taxes are accepted and traced, never counted (the rules say so: paid or not).
  if (h.taxes !== null) steps.push(step(decided.expense.taxes![1], { item: 'taxes', amount: formatCentimes(h.taxes), counted: false }));

  const totalCentimes = roundedTotal(whole, rentScaled, h.rentShare.den);
  steps.push({
    rule: 'seizure.minimum-vital.total',
    citation: 'LP 93 al. 1',
    text: {
      fr: `Minimum vital : CHF ${formatCentimes(totalCentimes)} par mois (arrondi au centime une seule fois, à la fin).`,
      en: `Minimum for subsistence: CHF ${formatCentimes(totalCentimes)} a month (rounded to the centime once, at the end).`,
    },
    values: { total: formatCentimes(totalCentimes), normsVersion: norms.normsVersion },
  });
  return { totalCentimes, breakdown, trace: steps };
}

/**
 * The hot path of `computeMinimumVital`: the same sum from the precomputed rule tables, without the
 * breakdown or the trace.
 */
export function minimumVitalCentimes(t: FastTables, h: Household): number {
  let whole = baseCentimes(t, h);
  for (const age of h.childAges) {
    const amount = childEntry(t.child, age);
    if (amount !== NOT_PRICED) whole += amount;
  }
  const expenses = h.expenses;
  for (let k = 0; k < expenses.length; k++) {
    const e = expenses[k]!;
    if (t.counts[e.item]![e.proven ? 1 : 0]) whole += e.centimes;
  }
  const den = h.rentShare.den;
  const rentScaled = h.rent !== null && t.counts.rent![h.rent.proven ? 1 : 0] ? h.rent.centimes * h.rentShare.num : 0;
  return roundedTotal(whole, rentScaled, den);
}

/**
 * `whole + rentScaled / den` centimes, rounded half up once (den = 1 gives `whole + rentScaled` itself).
 * Exact while `(whole * den + rentScaled) * 2` stays a safe integer: amounts are capped far below that.
 */
function roundedTotal(whole: number, rentScaled: number, den: number): number {
  return Math.floor(((whole * den + rentScaled) * 2 + den) / (2 * den));
}

/** Items of the fast breakdown, in `minimumVitalInto` order. */
export const FAST_ITEMS = ['base', 'children', 'rent', 'healthInsurance', 'professional', 'alimony', 'childcare', 'education'] as const;
const SLOT: Record<string, number> = { healthInsurance: 3, professional: 4, alimony: 5, childcare: 6, education: 7 };

/**
 * `minimumVitalCentimes` that also fills `sums` (centimes per FAST_ITEMS slot; the rent rounded half up
 * on its own, for display — the total keeps the single final rounding).
 */
export function minimumVitalInto(t: FastTables, h: Household, sums: Float64Array): number {
  sums.fill(0);
  sums[0] = baseCentimes(t, h);
  for (const age of h.childAges) {
    const amount = childEntry(t.child, age);
    if (amount !== NOT_PRICED) sums[1]! += amount;
  }
  for (const e of h.expenses) if (t.counts[e.item]![e.proven ? 1 : 0]) sums[SLOT[e.item]!]! += e.centimes;
  const den = h.rentShare.den;
  const rentScaled = h.rent !== null && t.counts.rent![h.rent.proven ? 1 : 0] ? h.rent.centimes * h.rentShare.num : 0;
  sums[2] = roundedTotal(0, rentScaled, den);
  const whole = sums[0]! + sums[1]! + sums[3]! + sums[4]! + sums[5]! + sums[6]! + sums[7]!;
  return roundedTotal(whole, rentScaled, den);
}
