import type { IsoDate } from '../dates.js';
import { planFor } from '../evaluator/plan.js';
import { getRuleSet } from '../../rules/index.js';
import { minimumVitalCentimes, minimumVitalInto, type Household } from './minimum-vital.js';
import { addMonthsClipped, type EpochDay } from '../dates.js';
import { minimumVitalNorms, type SeizureReadings } from './norms.js';
import { proportionalShare } from './quota.js';

export interface SeizurePlanOptions {
  asOf: IsoDate;
  readings?: Partial<SeizureReadings> & { professionalCosts?: 'split' | 'attributed' };
  latestKnownNorms?: boolean;
}

/** A precompiled seizure calculation: rules decided once per case, then integer centimes per record. */
export interface SeizurePlan {
  normsVersion: string;
  /** The minimum vital of a household, in centimes (no validation, no trace). */
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
    minimumVital: (h) => minimumVitalCentimes(tables, h),
    minimumVitalInto: (h, sums) => minimumVitalInto(tables, h, sums),
    incomeSeizureEnd: (seizedOn) => addMonthsClipped(seizedOn, quotaRules.parameters.values.incomeSeizureMonths as number),
    quota(netIncome, minimum, spouse) {
      const share = spouse !== null && spouse !== undefined && splitWithSpouse ? proportionalShare(minimum, netIncome, spouse) : minimum;
      return { share, seizable: Math.max(0, netIncome - share) };
    },
  };
}
