import { issue, LpNormError, pointer, type Issue } from '../../core/errors.js';
import { parseIsoDate, type IsoDate } from '../../core/dates.js';
import { parseDecimal } from '../../core/decimal.js';
import { ageInYears } from '../../core/age.js';
import { formatCentimes, parseMoney, type Money } from '../../core/money.js';
import type { TraceStep } from '../../core/trace.js';
import { parametersStep } from '../../core/evaluator/explain.js';
import { minimumVitalNorms, type SeizureReadings } from '../../core/seizure/norms.js';
import { computeMinimumVital as compute, type BreakdownItem, type Household } from '../../core/seizure/minimum-vital.js';
import { checkInput, moneyIssues } from '../../schemas/check-input.js';
import type { Expense, MinimumVitalInput } from '../../schemas/seizure.js';
import { validateMinimumVitalInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { MinimumVitalInput, Expense } from '../../schemas/seizure.js';

export interface MinimumVitalResult {
  total: string;
  breakdown: { item: BreakdownItem; amount: string; citation: string }[];
  /** The norms edition applied, e.g. "NI-2026". */
  normsVersion: string;
  trace: TraceStep[];
}

const amountOf = (e: Expense): Money => (typeof e === 'object' ? e.amount : e);
const provenOf = (e: Expense): boolean => typeof e !== 'object' || e.proven !== false;
const centimes = (m: Money): number => (parseMoney(m) as { centimes: number }).centimes;

function semanticIssues(i: MinimumVitalInput): Issue[] {
  const found = dateIssues(i.asOf, '/asOf');
  (i.household.children ?? []).forEach((c, k) => {
    const path = pointer(pointer('/household/children', k), 'birthDate');
    const bad = dateIssues(c.birthDate, path);
    found.push(...bad);
    if (bad.length === 0 && found.length === 0 && c.birthDate > i.asOf) found.push(issue(path, 'OUT_OF_RANGE'));
  });
  const e = i.expenses ?? {};
  const single = ['rent', 'alimony', 'childcare', 'education'] as const;
  for (const name of single) {
    const x = e[name];
    if (x !== undefined) found.push(...moneyIssues(amountOf(x), typeof x === 'object' ? `/expenses/${name}/amount` : `/expenses/${name}`));
  }
  for (const name of ['healthInsurance', 'professional'] as const) {
    (e[name] ?? []).forEach((x, k) => {
      const base = pointer(`/expenses/${name}`, k);
      found.push(...moneyIssues(amountOf(x), typeof x === 'object' ? pointer(base, 'amount') : base));
    });
  }
  if (e.taxes !== undefined) found.push(...moneyIssues(e.taxes, '/expenses/taxes'));
  if (e.rentShare !== undefined && parseDecimal(e.rentShare)!.int === '' && parseDecimal(e.rentShare)!.frac === '') {
    found.push(issue('/expenses/rentShare', 'OUT_OF_RANGE'));
  }
  return found;
}

/** The household as the norms read it: ages at `asOf`, amounts in centimes, expenses in a fixed order. */
export function householdOf(i: MinimumVitalInput): Household {
  const on = parseIsoDate(i.asOf)!;
  const e = i.expenses ?? {};
  const share = e.rentShare === undefined ? null : parseDecimal(e.rentShare)!;
  const den = share === null ? 1 : 10 ** share.frac.length;
  const expenses: Household['expenses'][number][] = [];
  for (const item of ['healthInsurance', 'professional'] as const) {
    for (const x of e[item] ?? []) expenses.push({ item, centimes: centimes(amountOf(x)), proven: provenOf(x) });
  }
  for (const item of ['alimony', 'childcare', 'education'] as const) {
    const x = e[item];
    if (x !== undefined) expenses.push({ item, centimes: centimes(amountOf(x)), proven: provenOf(x) });
  }
  return {
    type: i.household.type,
    childAges: (i.household.children ?? []).map((c) => ageInYears(parseIsoDate(c.birthDate)!, on)),
    rent: e.rent === undefined ? null : { centimes: centimes(amountOf(e.rent)), proven: provenOf(e.rent) },
    rentShare: share === null ? { num: 1, den: 1 } : { num: Number(`${share.int}${share.frac}`), den },
    expenses,
    taxes: e.taxes === undefined ? null : centimes(e.taxes),
  };
}

export function readingsOf(i: { interpretation?: MinimumVitalInput['interpretation'] }): SeizureReadings {
  return { childAge: i.interpretation?.childAge ?? 'from-10th-birthday', cohabitingBase: i.interpretation?.cohabitingBase ?? 'half-couple' };
}

/** Geneva's norms are the only minimum-vital norms the SDK holds. */
export function assertGeneva(canton: string | undefined, asOf: IsoDate): void {
  if (canton !== undefined && canton !== 'GE') {
    throw new LpNormError(
      'NO_NORM_IN_FORCE',
      { fr: `Le SDK ne connaît que les normes d'insaisissabilité de Genève, pas celles du canton ${canton}.`, en: `The SDK holds Geneva's seizure-exemption norms only, not those of canton ${canton}.` },
      { ruleSet: 'seizure.minimum-vital', canton, asOf },
    );
  }
}

/**
 * The debtor's minimum for subsistence (minimum vital, LP 93 al. 1) under the Geneva norms in force at
 * `asOf`: base amount by household, children by age at `asOf`, and the supplements whose payment is
 * proven (rent or mortgage interest, health insurance, professional costs, alimony, childcare, education).
 * Taxes are never counted. Exact: integer centimes, one rounding at the end.
 *
 * @example
 * computeMinimumVital({ asOf: '2024-06-03', household: { type: 'single' },
 *   expenses: { rent: '1792.00', professional: ['193.60', '70.00'], healthInsurance: [{ amount: '412.30', proven: false }] } });
 * // { total: '3255.60', normsVersion: 'KBKS-2009', breakdown: [...], trace: [...] }   (DCSO/127/2024)
 * @see LP 93; Geneva NI (rsGE E 3 60.04); TF 5A_878/2013
 */
export function computeMinimumVital(input: MinimumVitalInput): MinimumVitalResult {
  const i = checkInput<MinimumVitalInput>(validateMinimumVitalInput, input, semanticIssues);
  assertGeneva(i.canton, i.asOf);
  const norms = minimumVitalNorms(i.asOf, i.latestKnownNorms === true);
  const result = compute(norms, householdOf(i), readingsOf(i), true);
  const head = parametersStep(norms.plan.set, { ...norms.plan.parameters, asOf: norms.latest ? null : i.asOf });
  if (norms.latest) {
    head.text = {
      fr: `Aucune version des normes n'est en vigueur le ${i.asOf} : la dernière version connue (${norms.normsVersion}) est appliquée, à la demande de l'appelant.`,
      en: `No version of the norms is in force on ${i.asOf}: the latest known version (${norms.normsVersion}) is applied, at the caller's request.`,
    };
  }
  return {
    total: formatCentimes(result.totalCentimes),
    breakdown: result.breakdown.map((b) => ({ item: b.item, amount: formatCentimes(b.centimes), citation: b.citation })),
    normsVersion: norms.normsVersion,
    trace: [head, ...result.trace],
  };
}
