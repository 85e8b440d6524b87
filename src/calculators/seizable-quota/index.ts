import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { checkedCentimes, formatCentimes, type Money } from '../../core/money.js';
import type { TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { incomeSeizureEnd, proportionalShare } from '../../engines/seizure/quota.js';
import { familyInScope } from '../../rules/scope.js';
import { SEIZURE_QUOTA } from '../../rules/families/seizure-quota.js';
import { formatCitation } from '../../rules/citation.js';
import { checkInput, moneyIssues } from '../../schemas/check-input.js';
import type { SeizableQuotaInput } from '../../schemas/seizure.js';
import { validateSeizableQuotaInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { SeizableQuotaInput } from '../../schemas/seizure.js';

/** The seizable part of the monthly income, from `seizableQuota`; amounts in CHF with two decimals. */
export interface SeizableQuota {
  /** What may be seized each month: max(0, net income − the debtor's share of the minimum). */
  seizable: string;
  /** The part of the minimum vital the debtor bears: all of it, or a share in proportion to the incomes. */
  debtorShareOfMinimum: string;
  /** The spouse's share, when the spouse's income was given: the minimum minus the debtor's share. */
  spouseShareOfMinimum?: string;
  /** Last day of the income seizure, one year at most from its execution (LP 93 al. 2). */
  incomeSeizureEndsOn?: string;
  trace: TraceStep[];
}

const c = (m: Money): number => checkedCentimes(m);

function semanticIssues(i: SeizableQuotaInput): Issue[] {
  const found = [
    ...moneyIssues(i.netIncome, '/netIncome'),
    ...moneyIssues(i.minimumVital, '/minimumVital'),
    ...(i.spouseNetIncome !== undefined ? moneyIssues(i.spouseNetIncome, '/spouseNetIncome') : []),
    ...(i.professionalCosts ? [...moneyIssues(i.professionalCosts.debtor, '/professionalCosts/debtor'), ...moneyIssues(i.professionalCosts.spouse, '/professionalCosts/spouse')] : []),
    ...dateIssues(i.seizedOn, '/seizedOn'),
    ...dateIssues(i.asOf, '/asOf'),
  ];
  const attributed = i.interpretation?.professionalCosts === 'attributed' && i.spouseNetIncome !== undefined;
  if (found.length === 0 && attributed) {
    if (i.professionalCosts === undefined) found.push(issue('/professionalCosts', 'MISSING_CONTEXT'));
    else if (c(i.professionalCosts.debtor) + c(i.professionalCosts.spouse) > c(i.minimumVital)) found.push(issue('/professionalCosts', 'OUT_OF_RANGE'));
  }
  return found;
}

/**
 * The seizable part of the debtor's monthly net income (LP 93 al. 1): what exceeds the minimum vital.
 * When the spouse also earns, the family minimum is split in proportion to the two net incomes
 * (ATF 114 III 12, ATF 116 III 75): the debtor's share is rounded half up to the centime, the spouse's
 * share is the rest, so the two add up to the minimum exactly. Professional costs are part of the
 * split minimum (primary reading), or attributed to each spouse (alternative).
 *
 * @example
 * seizableQuota({ netIncome: '3551.85', minimumVital: '3255.60' }).seizable; // → '296.25' (DCSO/127/2024)
 * @see LP 93; ATF 114 III 12; ATF 78 III 121
 */
export function seizableQuota(input: SeizableQuotaInput, options?: CallOptions): Explained<SeizableQuota> {
  return explained(options, () => seizableQuotaChecked(checkInput<SeizableQuotaInput>(validateSeizableQuotaInput, input, semanticIssues)));
}

/** `seizableQuota` for input already checked (the bulk path validates each record once). @internal */
export function seizableQuotaChecked(i: SeizableQuotaInput): SeizableQuota {
  const asOf = i.asOf ?? i.seizedOn ?? null;
  const set = familyInScope(SEIZURE_QUOTA);
  const plan = planFor(set, asOf);
  const D = c(i.netIncome);
  const M = c(i.minimumVital);
  const S = i.spouseNetIncome === undefined ? null : c(i.spouseNetIncome);
  const facts = {
    spouseIncomeGiven: S !== null,
    professionalCostsReading: i.interpretation?.professionalCosts ?? 'split',
    professionalCostsGiven: i.professionalCosts !== undefined,
    incomeAboveShare: false,
  };
  // First which split applies (the rules do not depend on the income test), then the trace with it.
  const split = plan.run(facts, { trace: false }).fired;
  const fires = (type: string): boolean => split.some((f) => f.event.type === type);
  let share = M;
  if (S !== null && fires('SPLIT_PROPORTIONAL')) {
    if (fires('PROFESSIONAL_COSTS_ATTRIBUTED')) {
      const pd = c(i.professionalCosts!.debtor);
      const common = M - pd - c(i.professionalCosts!.spouse);
      share = proportionalShare(common, D, S) + pd;
    } else {
      share = proportionalShare(M, D, S);
    }
  }
  const seizable = formatCentimes(Math.max(0, D - share));
  const shareText = formatCentimes(share);
  const netIncome = formatCentimes(D);
  facts.incomeAboveShare = D > share;
  const trace = plan.run(facts, { asOf }).trace;
  const result: SeizableQuota = { seizable, debtorShareOfMinimum: shareText, trace };
  if (S !== null) result.spouseShareOfMinimum = formatCentimes(M - share);
  if (i.seizedOn !== undefined) {
    const months = plan.parameters.values.incomeSeizureMonths as number;
    const reading = i.interpretation?.incomeSeizureEnd ?? 'same-numbered-day';
    const endsOn = formatIsoDate(incomeSeizureEnd(parseIsoDate(i.seizedOn)!, months, reading));
    result.incomeSeizureEndsOn = endsOn;
    const how =
      reading === 'same-numbered-day'
        ? { fr: 'le jour de même quantième (lecture principale)', en: 'the same-numbered day (primary reading)' }
        : { fr: 'la veille du jour de même quantième, le jour de l\'exécution comptant comme premier jour (lecture alternative)', en: 'the day before the same-numbered day, the day of execution counting as the first day (alternative reading)' };
    trace.push({
      rule: 'seizure.quota.income-seizure-period',
      citation: formatCitation(plan.parameters.versions.incomeSeizureMonths!.citation),
      text: {
        fr: `Saisie de revenus exécutée le ${i.seizedOn} : elle dure au plus ${months} mois, jusqu'au ${endsOn}, ${how.fr}.`,
        en: `Income seizure executed on ${i.seizedOn}: it lasts at most ${months} months, until ${endsOn}, ${how.en}.`,
      },
      values: { seizedOn: i.seizedOn, endsOn, reading },
    });
  }
  trace.push({
    rule: 'seizure.quota.result',
    citation: 'LP 93 al. 1',
    text: {
      fr: `Revenu net ${netIncome} − part du minimum vital ${shareText} : saisissable CHF ${seizable} par mois.`,
      en: `Net income ${netIncome} − share of the minimum ${shareText}: CHF ${seizable} seizable a month.`,
    },
    values: { netIncome, minimumVital: formatCentimes(M), spouseNetIncome: S === null ? null : formatCentimes(S), debtorShare: shareText, seizable },
  });
  return result;
}
