import type { IsoDate } from '../dates.js';
import { planFor } from '../evaluator/plan.js';
import { getRuleSet } from '../../rules/index.js';
import { baseDecision, minimumVitalCentimes, minimumVitalInto, type Household } from './minimum-vital.js';
import type { EpochDay } from '../dates.js';
import { minimumVitalNorms, type Decision, type SeizureReadings } from './norms.js';
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
  /** The rules' decision on a household's base: the amount, or the contradiction they find (`refusal`). */
  baseDecision(h: Pick<Household, 'type' | 'childAges'>): Decision;
  /** The minimum vital of a household, in centimes (no validation, no trace; a contradictory household throws). */
  minimumVital(h: Household): number;
  /** The same, filling `sums` with the breakdown in centimes (slots of FAST_ITEMS). */
  minimumVitalInto(h: Household, sums: Float64Array): number;
  /** Last day of an income seizure executed on `seizedOn` (LP 93 al. 2). */
  incomeSeizureEnd(seizedOn: EpochDay): EpochDay;
  /** The debtor's share of the minimum and the seizable amount, in centimes. */
  quota(netIncome: number, minimum: number, spouseNetIncome?: number | null): { share: number; seizable: number };
}

/**
 * The hot path for batch recalculation: norms and readings resolved once for `asOf`. Same rules and
 * results as `computeMinimumVital` + `seizableQuota` with the primary professional-costs reading.
 *
 * @example
 * const plan = seizurePlan({ asOf: '2024-06-03' });
 * const minimum = plan.minimumVital({ type: 'single', childAges: [], rent: { centimes: 179200, proven: true },
 *   rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null });
 * minimum; // → 325560 (CHF 3255.60, as `computeMinimumVital`)
 * plan.quota(355185, minimum); // → { share: 325560, seizable: 29625 }
 * @see LP 93
 */
export function seizurePlan(o: SeizurePlanOptions): SeizurePlan {
  const norms = minimumVitalNorms(o.asOf, o.latestKnownNorms === true);
  const readings: SeizureReadings = { childAge: o.readings?.childAge ?? 'from-10th-birthday', cohabitingBase: o.readings?.cohabitingBase ?? 'half-couple' };
  const tables = norms.fast(readings);
  const quotaRules = planFor(getRuleSet('seizure.quota'), o.asOf);
  const splits = (spouse: boolean): boolean =>
    quotaRules
      .run({ spouseIncomeGiven: spouse, professionalCostsReading: 'split', professionalCostsGiven: false, incomeAboveShare: false }, { trace: false })
      .fired.some((f) => f.event.type === 'SPLIT_PROPORTIONAL');
  const splitWithSpouse = splits(true);
  return {
    normsVersion: norms.normsVersion,
    baseDecision: (h) => baseDecision(tables, h),
    minimumVital: (h) => minimumVitalCentimes(tables, h),
    minimumVitalInto: (h, sums) => minimumVitalInto(tables, h, sums),
    incomeSeizureEnd: (seizedOn) => incomeSeizureEnd(seizedOn, quotaRules.parameters.values.incomeSeizureMonths as number, o.readings?.incomeSeizureEnd ?? 'same-numbered-day'),
    quota(netIncome, minimum, spouse) {
      const share = spouse !== null && spouse !== undefined && splitWithSpouse ? proportionalShare(minimum, netIncome, spouse) : minimum;
      return { share, seizable: Math.max(0, netIncome - share) };
    },
  };
}
