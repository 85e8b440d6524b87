import { LpNormError } from '../../core/errors.js';
import type { HOUSEHOLD_REFUSALS } from '../../core/contradictions.js';
import type { Localized } from '../../core/localized.js';
import { decimalText, parseDecimal } from '../../core/decimal.js';
import { checkedCentimes } from '../../core/money.js';
import type { IsoDate } from '../../core/dates.js';
import { familyInScope, forgetUse, noteUse } from '../../rules/scope.js';
import { SEIZURE_MINIMUM_VITAL } from '../../rules/families/seizure-minimum-vital.js';
import { planFor } from '../evaluator/plan.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import type { FiredRule } from '../evaluator/types.js';
import { coverageText, coveredPeriods, hasVersion, inForce, listText } from '../../rules/parameters.js';
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
  /** Centimes per household type: [without a minor child, with one]; −1 where the rules find the household contradictory. */
  base: Readonly<Record<string, readonly [number, number]>>;
  /** Centimes per age in completed years (index), −1 where no child amount applies. */
  child: Int32Array;
  /** Per item: [counts when unpaid, counts when paid]. */
  counts: Readonly<Record<string, readonly [boolean, boolean]>>;
  /** The same answers with the rules that gave them, for the trace: per household type, per age, per item [unpaid, paid]. */
  decisions: {
    base: Readonly<Record<string, readonly [Decision, Decision]>>;
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
  /** The name of that parameter, e.g. "baseCouple". */
  parameter?: string;
  /** The household contradicts itself (e.g. "living alone" with a minor child): the input issue to report. */
  refusal?: keyof typeof HOUSEHOLD_REFUSALS;
}

/** The base rules' answers that refuse a household rather than price it. */
const REFUSALS: Readonly<Record<string, keyof typeof HOUSEHOLD_REFUSALS>> = {
  HOUSEHOLD_SINGLE_WITH_CHILD: 'HOUSEHOLD_SINGLE_WITH_CHILD',
  HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD: 'HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD',
};

const MINIMUM_VITAL = 'seizure.minimum-vital';

function centimesOf(v: ParameterValue): number {
  return checkedCentimes(v.value);
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
      const base: Record<string, [number, number]> = {};
      const baseDecision: Record<string, [Decision, Decision]> = {};
      for (const type of HOUSEHOLD_TYPES) {
        const both: [Decision, Decision] = [this.base(type, false, r), this.base(type, true, r)];
        baseDecision[type] = both;
        base[type] = [both[0].centimes ?? NOT_PRICED, both[1].centimes ?? NOT_PRICED];
      }
      const child = new Int32Array(MAX_AGE + 1);
      const childDecision: Decision[] = [];
      for (let age = 0; age <= MAX_AGE; age++) {
        childDecision.push(this.child(age, r));
        child[age] = childDecision[age]!.centimes ?? NOT_PRICED;
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
  private decide(householdType: string | null, minorChild: boolean | null, ageYears: number | null, item: string | null, proven: boolean | null, r: SeizureReadings): FiredRule {
    const evaluation = this.plan.run(
      { householdType, cohabitingReading: r.cohabitingBase, minorChild, ageYears, childAgeReading: r.childAge, item, proven },
      { trace: false },
    );
    // Each question is answered by exactly one rule of the family; more or none is a broken norm file.
    if (evaluation.fired.length !== 1) {
      const key = `${householdType}|${minorChild}|${ageYears}|${item}|${proven}|${r.childAge}|${r.cohabitingBase}`;
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

  private amount(fired: FiredRule, parameter: string): Decision {
    return { fired, centimes: centimesOf(this.value(parameter)), source: this.value(parameter), parameter };
  }

  private base(type: HouseholdType, minorChild: boolean, r: SeizureReadings): Decision {
    const fired = this.decide(type, minorChild, null, null, null, r);
    const refusal = REFUSALS[fired.event.type];
    if (refusal !== undefined) return { fired, centimes: null, refusal };
    switch (fired.event.type) {
      case 'BASE_SINGLE':
        return this.amount(fired, 'baseSingle');
      case 'BASE_SINGLE_PARENT':
        return this.amount(fired, 'baseSingleParent');
      case 'BASE_COUPLE':
        return this.amount(fired, 'baseCouple');
      default: {
        // BASE_COHABITING_HALF: the couple base times the share (½), to the centime, half up.
        const share = parseDecimal(this.value('cohabitingShareOfCoupleBase').value)!;
        const den = 10 ** share.frac.length;
        const num = Number(decimalText(share).replace('.', ''));
        const couple = this.amount(fired, 'baseCouple');
        return { ...couple, centimes: Math.floor((couple.centimes! * num * 2 + den) / (2 * den)) };
      }
    }
  }

  private child(ageYears: number, r: SeizureReadings): Decision {
    const fired = this.decide(null, null, ageYears, null, null, r);
    if (fired.event.type === 'CHILD_ADULT') return { fired, centimes: null };
    const name = fired.event.type === 'CHILD_OLDER' ? 'childOlder' : 'childYounger';
    return this.amount(fired, name);
  }

  /** Whether an expense counts (paid and not a tax); the amount is the caller's. */
  private expense(item: ExpenseItem, proven: boolean, r: SeizureReadings): FiredRule {
    return this.decide(null, null, null, item, item === 'taxes' ? null : proven, r);
  }
}

const normsCache = new WeakMap<CompiledRuleSet, MinimumVitalNorms>();
const PRIMARY: SeizureReadings = { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple' };

/** Whether every parameter of the family has a version at the plan's date: the tables need them all. */
function complete(plan: CompiledRuleSet): boolean {
  return Object.keys(plan.set.parameters).every((name) => hasVersion(plan.parameters, name));
}

function cached(plan: CompiledRuleSet, latest: boolean): MinimumVitalNorms {
  let norms = normsCache.get(plan);
  if (norms === undefined || norms.latest !== latest) {
    norms = new MinimumVitalNorms(plan, latest);
    normsCache.set(plan, norms);
  }
  return norms;
}

/** What the household is, for the message when no edition covers the date: its type and children's ages. */
export interface HouseholdShape {
  type: HouseholdType;
  childAges: readonly number[];
}

/**
 * `NO_NORM_IN_FORCE` for a date no edition of the norms covers: the editions known and their dates, the
 * household's own base amount (as the latest edition's rules pick it) when the household is given, and
 * how to proceed.
 */
export function noEditionError(asOf: IsoDate, household: HouseholdShape | null, readings: SeizureReadings): LpNormError {
  const set = familyInScope(SEIZURE_MINIMUM_VITAL);
  const editions = new Map<string, { validFrom: string; validTo?: string }[]>();
  for (const p of Object.values(set.parameters)) {
    for (const v of p.values) if (v.version) editions.set(v.version, [...(editions.get(v.version) ?? []), v]);
  }
  const list = [...editions].map(([name, history]) => ({ name, period: coverageText(history) }));
  const latest = list[list.length - 1]!.name;
  const covered = coveredPeriods([...editions.values()].flat());
  let amount: Localized = { fr: '', en: '' };
  let norm = MINIMUM_VITAL;
  if (household !== null) {
    const t = cached(planFor(set, null), true).fast(readings);
    const decision = t.decisions.base[household.type]![household.childAges.some((age) => childEntryOf(t.child, age) !== NOT_PRICED) ? 1 : 0]!;
    if (decision.parameter !== undefined) {
      const d = set.parameters[decision.parameter]!.description;
      norm = decision.parameter;
      amount = {
        fr: ` Le montant de base de ce ménage (« ${d.fr} », ${decision.parameter}) n'est donc pas fixé ce jour-là.`,
        en: ` This household's base amount ("${d.en}", ${decision.parameter}) is therefore not set for that day.`,
      };
    }
  }
  return new LpNormError(
    'NO_NORM_IN_FORCE',
    {
      fr: `Aucune édition des normes d'insaisissabilité n'est en vigueur le ${asOf} ; éditions connues : ${listText(list.map((e) => `${e.name} (${e.period.fr})`), 'et')}.${amount.fr} Pour calculer quand même : latestKnownNorms: true applique la dernière édition connue (${latest}), et le résultat le dit ; ou charger une édition des normes en vigueur ce jour-là.`,
      en: `No edition of the seizure-exemption norms is in force on ${asOf}; known editions: ${listText(list.map((e) => `${e.name} (${e.period.en})`), 'and')}.${amount.en} To compute anyway: latestKnownNorms: true applies the latest known edition (${latest}), and the result says so; or load an edition of the norms in force that day.`,
    },
    { ruleSet: MINIMUM_VITAL, norm, asOf, coveredFrom: covered[0]!.from, coveredTo: covered[covered.length - 1]!.to ?? '' },
  );
}

/**
 * The fast tables' entry for a base or child the rules give no amount (an adult child, a refused household).
 * Every priced entry is a positive amount, so an entry is either this or counted.
 */
export const NOT_PRICED = -1;

/** A child's entry in a per-age table: ages beyond it (older than any person) count like its last entry. */
export const childEntryOf = <T>(table: ArrayLike<T>, age: number): T => table[Math.min(age, table.length - 1)]!;

/**
 * The minimum-vital norms that apply at `asOf`: those in force (every parameter must have a version that
 * day), or with `latestKnown` the latest known edition; `null` when neither.
 */
export function normsIfKnown(asOf: IsoDate, latestKnown: boolean): MinimumVitalNorms | null {
  const set = familyInScope(SEIZURE_MINIMUM_VITAL);
  // The rules are dated too: before their first day (July 2009) there is no plan at all.
  const plan = set.rules.some((r) => inForce(r, asOf)) ? planFor(set, asOf) : null;
  if (plan !== null && complete(plan)) return cached(plan, false);
  if (!latestKnown) return null;
  // The plan of that day was only consulted: the result rests on the latest known one.
  if (plan !== null) forgetUse(plan);
  const latest = planFor(set, null);
  // Applied past its period (latestKnownNorms): the result's provenance and trace say so.
  noteUse(latest, true);
  return cached(latest, true);
}

/**
 * The minimum-vital norms in force at `asOf` (Geneva), or with `latestKnown` the latest known edition,
 * which the result then states; otherwise `NO_NORM_IN_FORCE` (see `noEditionError`; `household` makes it
 * name the household's own amount).
 */
export function minimumVitalNorms(asOf: IsoDate, latestKnown: boolean, household: HouseholdShape | null = null, readings: SeizureReadings = PRIMARY): MinimumVitalNorms {
  const norms = normsIfKnown(asOf, latestKnown);
  if (norms === null) throw noEditionError(asOf, household, readings);
  return norms;
}
