import { LpNormError } from '../errors.js';
import { decimalText, parseDecimal } from '../decimal.js';
import { parseMoney } from '../money.js';
import type { IsoDate } from '../dates.js';
import { planFor } from '../evaluator/plan.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import type { FiredRule } from '../evaluator/types.js';
import { getRuleSet } from '../../rules/index.js';
import type { ParameterValue } from '../../schemas/rule-set.js';

/**
 * The household types of the norms.
 * @inline
 */
export type HouseholdType = 'single' | 'single-parent' | 'couple' | 'cohabiting-partner' | 'flat-share';
export type ExpenseItem = 'rent' | 'healthInsurance' | 'professional' | 'alimony' | 'childcare' | 'education' | 'taxes';
/**
 * The minimum-vital readings where the norms leave a point open (norms §4 item 11).
 * @inline
 */
export interface SeizureReadings {
  childAge: 'from-10th-birthday' | 'after-age-10';
  cohabitingBase: 'half-couple' | 'single-base';
}

export const HOUSEHOLD_TYPES: readonly HouseholdType[] = ['single', 'single-parent', 'couple', 'cohabiting-partner', 'flat-share'];
export const EXPENSE_ITEMS: readonly ExpenseItem[] = ['rent', 'healthInsurance', 'professional', 'alimony', 'childcare', 'education', 'taxes'];
const MAX_AGE = 150;

export interface FastTables {
  base: Readonly<Record<string, number>>;
  /** Centimes per age in completed years (index), −1 where no child amount applies. */
  child: Int32Array;
  /** Per item: [counts when unpaid, counts when paid]. */
  counts: Readonly<Record<string, readonly [boolean, boolean]>>;
  /** The same answers with the rules that gave them, for the trace: per household type, per age, per item [unpaid, paid]. */
  decisions: {
    base: Readonly<Record<string, Decision>>;
    child: readonly Decision[];
    expense: Readonly<Record<string, readonly [FiredRule, FiredRule]>>;
  };
}

/** A decision of the minimum-vital rules and the amount (centimes) it gives; `null`: nothing counted. */
export interface Decision {
  fired: FiredRule;
  centimes: number | null;
  /** The dated parameter value the amount comes from (its citation and version). */
  source?: ParameterValue;
}

const MINIMUM_VITAL = 'seizure.minimum-vital';

function centimesOf(v: ParameterValue): number {
  return (parseMoney(v.value) as { centimes: number }).centimes;
}

/**
 * The Geneva minimum-vital norms in force for one date, compiled once: each decision of the rules
 * (which base amount, which child amount, whether an expense counts) is evaluated once per case of
 * their finite domain and tabulated (`fast`), so that computing a household is only integer arithmetic
 * on centimes, with or without the trace.
 */
export class MinimumVitalNorms {
  readonly plan: CompiledRuleSet;
  /** e.g. "NI-2026": the editions of the parameters applied. */
  readonly normsVersion: string;
  /** True when no version covered the reference date and the latest known one is applied. */
  readonly latest: boolean;
  private readonly tables = new Map<string, FastTables>();
  private lastTables: (SeizureReadings & { tables: FastTables }) | null = null;

  constructor(plan: CompiledRuleSet, latest: boolean) {
    this.plan = plan;
    this.latest = latest;
    const versions = new Set(Object.values(plan.parameters.versions).flatMap((v) => (v.version ? [v.version] : [])));
    this.normsVersion = [...versions].join('+');
  }

  /**
   * Every answer of the rules for one set of readings, as integer tables: the base per household type,
   * the amount per child age (−1: not counted), whether each expense item counts when paid or not.
   * Built once by asking the rules every case of their finite domain; per record, only array reads.
   */
  fast(r: SeizureReadings): FastTables {
    // A batch nearly always asks for the readings of the record before: no key to build then.
    const last = this.lastTables;
    if (last !== null && last.childAge === r.childAge && last.cohabitingBase === r.cohabitingBase) return last.tables;
    const key = `${r.childAge}|${r.cohabitingBase}`;
    let t = this.tables.get(key);
    if (t === undefined) {
      const base: Record<string, number> = {};
      const baseDecision: Record<string, Decision> = {};
      for (const type of HOUSEHOLD_TYPES) {
        baseDecision[type] = this.base(type, r);
        base[type] = baseDecision[type].centimes!;
      }
      const child = new Int32Array(MAX_AGE + 1);
      const childDecision: Decision[] = [];
      for (let age = 0; age <= MAX_AGE; age++) {
        childDecision.push(this.child(age, r));
        child[age] = childDecision[age]!.centimes ?? -1;
      }
      const counts: Record<string, [boolean, boolean]> = {};
      const expense: Record<string, [FiredRule, FiredRule]> = {};
      for (const item of EXPENSE_ITEMS) {
        expense[item] = [this.expense(item, false, r), this.expense(item, true, r)];
        counts[item] = [expense[item][0].event.type === 'EXPENSE_COUNTED', expense[item][1].event.type === 'EXPENSE_COUNTED'];
      }
      t = { base, child, counts, decisions: { base: baseDecision, child: childDecision, expense } };
      this.tables.set(key, t);
    }
    this.lastTables = { childAge: r.childAge, cohabitingBase: r.cohabitingBase, tables: t };
    return t;
  }

  /** The one rule of the family that answers a question (the table builder asks each once). */
  private decide(householdType: string | null, ageYears: number | null, item: string | null, proven: boolean | null, r: SeizureReadings): FiredRule {
    const evaluation = this.plan.run(
      { householdType, cohabitingReading: r.cohabitingBase, ageYears, childAgeReading: r.childAge, item, proven },
      { trace: false },
    );
    // Each question is answered by exactly one rule of the family; more or none is a broken norm file.
    if (evaluation.fired.length !== 1) {
      const key = `${householdType}|${ageYears}|${item}|${proven}|${r.childAge}|${r.cohabitingBase}`;
      throw new LpNormError(
        'NORM_INVALID',
        { fr: `Normes du minimum vital ambiguës pour ${key}.`, en: `Ambiguous minimum-vital norms for ${key}.` },
        { ruleSet: MINIMUM_VITAL, case: key },
      );
    }
    return evaluation.fired[0]!;
  }

  private value(name: string): ParameterValue {
    return this.plan.parameters.versions[name]!;
  }

  private base(type: HouseholdType, r: SeizureReadings): Decision {
    const fired = this.decide(type, null, null, null, r);
    switch (fired.event.type) {
      case 'BASE_SINGLE':
        return { fired, centimes: centimesOf(this.value('baseSingle')), source: this.value('baseSingle') };
      case 'BASE_SINGLE_PARENT':
        return { fired, centimes: centimesOf(this.value('baseSingleParent')), source: this.value('baseSingleParent') };
      case 'BASE_COUPLE':
        return { fired, centimes: centimesOf(this.value('baseCouple')), source: this.value('baseCouple') };
      default: {
        // BASE_COHABITING_HALF: the couple base times the share (½), to the centime, half up.
        const share = parseDecimal(this.value('cohabitingShareOfCoupleBase').value)!;
        const den = 10 ** share.frac.length;
        const num = Number(decimalText(share).replace('.', ''));
        return { fired, centimes: Math.floor((centimesOf(this.value('baseCouple')) * num * 2 + den) / (2 * den)), source: this.value('baseCouple') };
      }
    }
  }

  private child(ageYears: number, r: SeizureReadings): Decision {
    const fired = this.decide(null, ageYears, null, null, r);
    if (fired.event.type === 'CHILD_ADULT') return { fired, centimes: null };
    const name = fired.event.type === 'CHILD_OLDER' ? 'childOlder' : 'childYounger';
    return { fired, centimes: centimesOf(this.value(name)), source: this.value(name) };
  }

  /** Whether an expense counts (paid and not a tax); the amount is the caller's. */
  private expense(item: ExpenseItem, proven: boolean, r: SeizureReadings): FiredRule {
    return this.decide(null, null, item, item === 'taxes' ? null : proven, r);
  }
}

const normsCache = new WeakMap<CompiledRuleSet, MinimumVitalNorms>();

/**
 * The minimum-vital norms in force at `asOf` (Geneva). With `latestKnown`, a date outside every version
 * falls back to the latest known one instead of `NO_NORM_IN_FORCE`.
 */
export function minimumVitalNorms(asOf: IsoDate, latestKnown: boolean): MinimumVitalNorms {
  const set = getRuleSet(MINIMUM_VITAL);
  let plan: CompiledRuleSet;
  let latest = false;
  try {
    plan = planFor(set, asOf);
  } catch (error) {
    if (!latestKnown || !(error instanceof LpNormError) || error.code !== 'NO_NORM_IN_FORCE') throw error;
    plan = planFor(set, null);
    latest = true;
  }
  let norms = normsCache.get(plan);
  if (norms === undefined || norms.latest !== latest) {
    norms = new MinimumVitalNorms(plan, latest);
    normsCache.set(plan, norms);
  }
  return norms;
}
