import { FIRST_ISO_DAY, LAST_ISO_DAY, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { issue, LpError, LpInputError, pointer, throwIfIssues, type Issue } from '../../core/errors.js';
import { planFor } from '../evaluator/plan.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import { provenanceOf, type Provenance } from '../evaluator/provenance.js';
import type { NormLookup } from '../../rules/family.js';
import { inNormScope, normsOption } from '../../rules/scope.js';
import { familyInScope } from '../../rules/scope.js';
import { SEIZURE_QUOTA } from '../../rules/families/seizure-quota.js';
import { checkInput } from '../../schemas/check-input.js';
import { validateSeizurePlanOptions } from '../../schemas/validators.generated.js';
import { baseDecision, FAST_ITEMS, minimumVitalCentimes, minimumVitalInto, type Household } from './minimum-vital.js';
import { HOUSEHOLD_TYPES, minimumVitalNorms, type Decision, type SeizureReadings } from './norms.js';
import { incomeSeizureEnd, proportionalShare, type IncomeSeizureEndReading } from './quota.js';

/** Options of `seizurePlan`: the reference date and the readings, fixed for a whole batch. */
export interface SeizurePlanOptions {
  /** The reference date: the minimum-vital norms and the quota rules in force that day apply. */
  asOf: IsoDate;
  /** Alternative readings (norms §4 item 11); the primary ones otherwise. */
  readings?: Partial<SeizureReadings> & { professionalCosts?: 'split' | 'attributed'; incomeSeizureEnd?: IncomeSeizureEndReading };
  /** Where no norms version covers `asOf`, apply the latest known one instead of throwing. */
  latestKnownNorms?: boolean;
}

/** A precompiled seizure calculation: rules decided once per case, then integer centimes per record. */
export interface SeizurePlan {
  /** The norms edition applied, e.g. "KBKS-2009". */
  normsVersion: string;
  /** Where its results come from (the same for every record): editions applied, status, fingerprint. */
  provenance: Provenance;
  /** The rules' decision on a household's base: the amount, or the contradiction they find (`refusal`). */
  baseDecision(h: Pick<Household, 'type' | 'childAges'>): Decision;
  /** The minimum vital of a household, in centimes (no trace; the household's shape is checked; a contradictory household throws). */
  minimumVital(h: Household): number;
  /** The same, filling `sums` (a Float64Array of FAST_ITEMS' length) with the breakdown in centimes. */
  minimumVitalInto(h: Household, sums: Float64Array): number;
  /** Last day of an income seizure executed on `seizedOn` (LP 93 al. 2). */
  incomeSeizureEnd(seizedOn: EpochDay): EpochDay;
  /** The debtor's share of the minimum and the seizable amount, in centimes (non-negative integers in). */
  quota(netIncome: number, minimum: number, spouseNetIncome?: number | null): { share: number; seizable: number };
}

const centimes = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0;
const EXPENSE_SLOTS: readonly string[] = FAST_ITEMS.slice(3);

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Where a household (the hot path's own shape, in centimes) is not one: the plan's methods never guess. */
function householdIssues(h: Household): readonly Issue[] {
  if (h === null || typeof h !== 'object') return [issue('', 'INVALID_TYPE')];
  // Built only when something is wrong: the hot path allocates nothing here.
  let found: Issue[] | null = null;
  const bad = (path: string): void => void (found ??= []).push(issue(path, 'INVALID_TYPE'));
  if (!HOUSEHOLD_TYPES.includes(h.type)) bad('/type');
  const ages = h.childAges;
  if (!Array.isArray(ages)) bad('/childAges');
  else for (let k = 0; k < ages.length; k++) if (!centimes(ages[k])) bad(pointer('/childAges', k));
  const rent = h.rent;
  if (rent !== null && (typeof rent !== 'object' || !centimes(rent.centimes) || typeof rent.proven !== 'boolean')) bad('/rent');
  const share = h.rentShare;
  if (share === null || typeof share !== 'object' || !centimes(share.num) || !centimes(share.den) || share.den === 0 || share.num > share.den) bad('/rentShare');
  const expenses = h.expenses;
  if (!Array.isArray(expenses)) bad('/expenses');
  else {
    for (let k = 0; k < expenses.length; k++) {
      const e = expenses[k];
      if (e === null || typeof e !== 'object' || !EXPENSE_SLOTS.includes(e.item) || !centimes(e.centimes) || typeof e.proven !== 'boolean') bad(pointer('/expenses', k));
    }
  }
  if (h.taxes !== null && !centimes(h.taxes)) bad('/taxes');
  return found ?? NO_ISSUES;
}

/** An argument that throws when read (a getter, a Proxy trap) is not a household either. */
function asInputError(error: unknown): LpError {
  return error instanceof LpError ? error : new LpInputError([issue('', 'INVALID_TYPE')]);
}

const exact = (total: number): number => {
  if (!Number.isSafeInteger(total)) throw new LpInputError([issue('', 'OUT_OF_RANGE')]);
  return total;
};

/**
 * The hot path for batch recalculation: norms and readings resolved once for `asOf`. Same rules and
 * results as `computeMinimumVital` + `seizableQuota` with the primary professional-costs reading. The
 * options are checked like any input; each method checks its arguments (integers, the household's
 * shape) and throws `LpInputError` for anything else.
 *
 * @example
 * const plan = seizurePlan({ asOf: '2024-06-03' });
 * const minimum = plan.minimumVital({ type: 'single', childAges: [], rent: { centimes: 179200, proven: true },
 *   rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null });
 * minimum; // → 325560 (CHF 3255.60, as `computeMinimumVital`)
 * plan.quota(355185, minimum); // → { share: 325560, seizable: 29625 }
 * @see LP 93
 */
export function seizurePlan(options: SeizurePlanOptions, call?: { norms?: NormLookup | undefined }): SeizurePlan {
  return inNormScope(normsOption(call), () => compiledPlan(options), (plan, used) =>
    Object.freeze({ ...plan, provenance: provenanceOf(used.plans as CompiledRuleSet[], used.latest as ReadonlySet<CompiledRuleSet>) }),
  );
}

function compiledPlan(options: SeizurePlanOptions): Omit<SeizurePlan, 'provenance'> {
  const o = checkInput<SeizurePlanOptions>(validateSeizurePlanOptions, options, (x) => (parseIsoDate(x.asOf) === null ? [issue('/asOf', 'INVALID_DATE')] : []));
  const norms = minimumVitalNorms(o.asOf, o.latestKnownNorms === true);
  const readings: SeizureReadings = { childAge: o.readings?.childAge ?? 'from-10th-birthday', cohabitingBase: o.readings?.cohabitingBase ?? 'half-couple' };
  const tables = norms.fast(readings);
  const quotaRules = planFor(familyInScope(SEIZURE_QUOTA), o.asOf);
  const splits = (spouse: boolean): boolean =>
    quotaRules
      .run({ spouseIncomeGiven: spouse, professionalCostsReading: 'split', professionalCostsGiven: false, incomeAboveShare: false }, { trace: false })
      .fired.some((f) => f.event.type === 'SPLIT_PROPORTIONAL');
  const splitWithSpouse = splits(true);
  const months = quotaRules.parameters.values.incomeSeizureMonths as number;
  return {
    normsVersion: norms.normsVersion,
    baseDecision(h) {
      try {
        throwIfIssues(householdIssues({ ...h, rent: null, rentShare: { num: 1, den: 1 }, expenses: [], taxes: null } as Household));
        return baseDecision(tables, h);
      } catch (error) {
        throw asInputError(error);
      }
    },
    minimumVital(h) {
      try {
        throwIfIssues(householdIssues(h));
        return exact(minimumVitalCentimes(tables, h));
      } catch (error) {
        throw asInputError(error);
      }
    },
    minimumVitalInto(h, sums) {
      try {
        const found = householdIssues(h);
        throwIfIssues(sums instanceof Float64Array && sums.length >= FAST_ITEMS.length ? found : [...found, issue('/sums', 'INVALID_TYPE')]);
        return exact(minimumVitalInto(tables, h, sums));
      } catch (error) {
        throw asInputError(error);
      }
    },
    incomeSeizureEnd(seizedOn) {
      if (!Number.isSafeInteger(seizedOn) || seizedOn < FIRST_ISO_DAY || seizedOn > LAST_ISO_DAY) throw new LpInputError([issue('/seizedOn', 'OUT_OF_RANGE')]);
      return incomeSeizureEnd(seizedOn, months, o.readings?.incomeSeizureEnd ?? 'same-numbered-day');
    },
    quota(netIncome, minimum, spouse) {
      const given = spouse !== null && spouse !== undefined;
      if (!centimes(netIncome) || !centimes(minimum) || (given && !centimes(spouse))) {
        const named: [string, unknown][] = [['/netIncome', netIncome], ['/minimum', minimum], ['/spouseNetIncome', given ? spouse : 0]];
        throwIfIssues(named.filter(([, v]) => !centimes(v)).map(([path]) => issue(path, 'INVALID_TYPE')));
      }
      const share = given && splitWithSpouse ? proportionalShare(minimum, netIncome, spouse) : minimum;
      return { share, seizable: Math.max(0, netIncome - share) };
    },
  };
}
