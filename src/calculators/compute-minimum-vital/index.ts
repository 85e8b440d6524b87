import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { HOUSEHOLD_REFUSALS, SPOUSE_INCOME_WITHOUT_COUPLE_BASE } from '../../core/contradictions.js';
import { contradiction, issue, LpNormError, pointer, type Issue } from '../../core/errors.js';
import { isLeapYear, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { parseDecimal } from '../../core/decimal.js';
import { ageInYears } from '../../core/age.js';
import { formatCentimes, parseMoney, type Money } from '../../core/money.js';
import type { TraceStep } from '../../core/trace.js';
import { parametersStep } from '../../engines/evaluator/explain.js';
import { minimumVitalNorms, normsIfKnown, type Decision, type SeizureReadings } from '../../engines/seizure/norms.js';
import { baseDecision, computeMinimumVital as compute, type BreakdownItem, type Household } from '../../engines/seizure/minimum-vital.js';
import { checkInput } from '../../schemas/check-input.js';
import type { Expense, MinimumVitalInput } from '../../schemas/seizure.js';
import { validateMinimumVitalInput } from '../../schemas/validators.generated.js';

export type { MinimumVitalInput, Expense } from '../../schemas/seizure.js';

/** The minimum vital and how it is made up, from `computeMinimumVital`. */
export interface MinimumVitalResult {
  /** Monthly total, CHF with two decimals, e.g. "3255.60". */
  total: string;
  /** Each item counted (above zero), with its amount and source. */
  breakdown: { item: BreakdownItem; amount: string; citation: string }[];
  /** The norms edition applied, e.g. "NI-2026". */
  normsVersion: string;
  trace: TraceStep[];
}

const amountOf = (e: Expense): Money => (typeof e === 'object' ? e.amount : e);
const provenOf = (e: Expense): boolean => typeof e !== 'object' || e.proven !== false;

/** Money in centimes, or an issue (the path built only then): amounts must be exact and non-negative. */
function money(value: unknown, path: () => string, issues: Issue[]): number {
  const r = parseMoney(value);
  if (!r.ok) issues.push(issue(path(), r.code));
  else if (r.centimes < 0) issues.push(issue(path(), 'NEGATIVE_MONEY'));
  return r.ok ? r.centimes : 0;
}

/**
 * Reads a household in one pass — the dates and amounts parsed once — into what the norms read (ages at
 * `asOf`, centimes), pushing every problem the schema cannot see onto `issues`: calendar dates, children
 * born by `asOf`, exact non-negative money, a rent share above zero. The household is meaningful only
 * when no issue was pushed.
 */
export function readHousehold(i: MinimumVitalInput, issues: Issue[]): Household {
  const on = parseIsoDate(i.asOf);
  if (on === null) issues.push(issue('/asOf', 'INVALID_DATE'));
  // A household the schema refused is left out when the other fields are checked: read as none.
  const children = i.household?.children ?? [];
  const childAges: number[] = [];
  for (let k = 0; k < children.length; k++) {
    const birth = parseIsoDate(children[k]!.birthDate);
    const path = (): string => pointer(pointer('/household/children', k), 'birthDate');
    if (birth === null) issues.push(issue(path(), 'INVALID_DATE'));
    else if (on !== null && birth > on) issues.push(issue(path(), 'OUT_OF_RANGE'));
    else if (on !== null) childAges.push(ageInYears(birth, on, i.interpretation?.leapDayBirthday === 'february-28'));
  }
  const e = i.expenses ?? {};
  const single = (name: 'rent' | 'alimony' | 'childcare' | 'education'): { centimes: number; proven: boolean } | null => {
    const x = e[name];
    if (x === undefined) return null;
    return { centimes: money(amountOf(x), () => (typeof x === 'object' ? `/expenses/${name}/amount` : `/expenses/${name}`), issues), proven: provenOf(x) };
  };
  const rent = single('rent');
  const alimony = single('alimony');
  const childcare = single('childcare');
  const education = single('education');
  const expenses: Household['expenses'][number][] = [];
  for (const item of ['healthInsurance', 'professional'] as const) {
    const list = e[item] ?? [];
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      const path = (): string => (typeof x === 'object' ? pointer(pointer(`/expenses/${item}`, k), 'amount') : pointer(`/expenses/${item}`, k));
      expenses.push({ item, centimes: money(amountOf(x), path, issues), proven: provenOf(x) });
    }
  }
  if (alimony) expenses.push({ item: 'alimony', ...alimony });
  if (childcare) expenses.push({ item: 'childcare', ...childcare });
  if (education) expenses.push({ item: 'education', ...education });
  const taxes = e.taxes === undefined ? null : money(e.taxes, () => '/expenses/taxes', issues);
  let rentShare = { num: 1, den: 1 };
  if (e.rentShare !== undefined) {
    const share = parseDecimal(e.rentShare)!;
    if (share.int === '' && share.frac === '') issues.push(issue('/expenses/rentShare', 'OUT_OF_RANGE'));
    rentShare = { num: Number(`${share.int}${share.frac}`), den: 10 ** share.frac.length };
  }
  return { type: i.household?.type, childAges, rent, rentShare, expenses, taxes } as Household;
}

/**
 * Contradictions the norms find in a household read without issue (norms §3.8): "living alone" with a
 * minor child, a single parent without one — and, given a spouse's income to split with, a household
 * whose minimum does not hold a couple's base (the split would halve a half base again).
 */
export function householdIssues(decision: Decision, spouseIncomeGiven: boolean): Issue[] {
  // The household's facts: its type, its children's ages on the reference date, and the readings of both.
  const household = ['/household', '/asOf', '/interpretation'];
  if (decision.refusal !== undefined) return [contradiction('/household/type', decision.refusal, HOUSEHOLD_REFUSALS[decision.refusal], household)];
  return spouseIncomeGiven && decision.fired.event.type !== 'BASE_COUPLE'
    ? [contradiction('/spouseNetIncome', 'SPOUSE_INCOME_WITHOUT_COUPLE_BASE', SPOUSE_INCOME_WITHOUT_COUPLE_BASE, household)]
    : [];
}

/**
 * What the schema cannot say about a household (see `readHousehold`), then what the norms in force say
 * of it (`householdIssues`) — when they are known: without them the norm error comes instead.
 */
export function minimumVitalIssues(i: MinimumVitalInput): Issue[] {
  const issues: Issue[] = [];
  const household = readHousehold(i, issues);
  // Only Geneva's norms are held (another canton is refused after the input check).
  const norms = issues.length === 0 && (i.canton ?? 'GE') === 'GE' ? normsIfKnown(i.asOf, i.latestKnownNorms === true) : null;
  return norms === null ? issues : householdIssues(baseDecision(norms.fast(readingsOf(i)), household), false);
}

/** The household as the norms read it, for input already checked. */
export function householdOf(i: MinimumVitalInput): Household {
  return readHousehold(i, []);
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
 * // → { total: '3255.60', normsVersion: 'KBKS-2009', breakdown: [{ item: 'base', amount: '1200.00', … }, { item: 'rent', amount: '1792.00', … }, { item: 'professional', amount: '263.60', … }], … }
 * // (DCSO/127/2024; the health insurance, not proven paid, is not counted)
 * @see LP 93; Geneva NI (rsGE E 3 60.04); TF 5A_878/2013
 */
export function computeMinimumVital(input: MinimumVitalInput, options?: CallOptions): Explained<MinimumVitalResult> {
  return explained(options, () => computeMinimumVitalChecked(checkInput<MinimumVitalInput>(validateMinimumVitalInput, input, minimumVitalIssues)));
}

/**
 * `computeMinimumVital` for input already checked, and already read when `household` is given (the bulk
 * path validates and reads each record once). @internal
 */
export function computeMinimumVitalChecked(i: MinimumVitalInput, household: Household = householdOf(i)): MinimumVitalResult {
  assertGeneva(i.canton, i.asOf);
  const readings = readingsOf(i);
  const norms = minimumVitalNorms(i.asOf, i.latestKnownNorms === true, household, readings);
  const result = compute(norms, household, readings, true);
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
    trace: [head, ...leapDaySteps(i), ...result.trace],
  };
}

/** A child born on 29 February, aged in a common year: the reading of its birthday (norms §4 item 16), stated. */
function leapDaySteps(i: MinimumVitalInput): TraceStep[] {
  const year = Number(i.asOf.slice(0, 4));
  const born = (i.household.children ?? []).flatMap((c, k) => (c.birthDate.slice(5) === '02-29' ? [k + 1] : []));
  if (born.length === 0 || isLeapYear(year)) return [];
  const reading = i.interpretation?.leapDayBirthday ?? 'march-1';
  const day = reading === 'march-1' ? { fr: `le 1er mars ${year}`, en: `1 March ${year}` } : { fr: `le 28 février ${year}`, en: `28 February ${year}` };
  return [
    {
      rule: 'seizure.minimum-vital.leap-day-birthday',
      citation: 'CC 14',
      text: {
        fr: `Enfant né un 29 février (${born.join(', ')}) : en ${year}, année sans 29 février, son anniversaire est compté ${day.fr} (${reading === 'march-1' ? 'lecture principale' : 'lecture alternative'}), pour chaque seuil d'âge (10 et 18 ans).`,
        en: `Child born on 29 February (${born.join(', ')}): in ${year}, a year without 29 February, the birthday is taken as ${day.en} (${reading === 'march-1' ? 'primary reading' : 'alternative reading'}), for every age threshold (10 and 18).`,
      },
      values: { children: born.join(', '), year, reading },
    },
  ];
}
