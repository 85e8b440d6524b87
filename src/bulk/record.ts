import { issue, LpError, LpNormError, type Issue } from '../core/errors.js';
import { checkedCentimes, formatCentimes } from '../core/money.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';
import type { TraceStep } from '../core/trace.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { FAST_ITEMS } from '../engines/seizure/minimum-vital.js';
import { seizurePlan, type SeizurePlan } from '../engines/seizure/plan.js';
import { tracedProvenance, type Provenance } from '../engines/evaluator/provenance.js';
import type { NormLookup } from '../rules/family.js';
import type { Norms } from '../rules/norms.js';
import { inNormScope } from '../rules/scope.js';
import { schemaIssues } from '../schemas/validate.js';
import { issuesBeside, moneyIssues } from '../schemas/check-input.js';
import type { SeizureFile } from '../schemas/seizure-file.js';
import type { SeizureInterpretation } from '../schemas/seizure.js';
import { validateSeizureFile } from '../schemas/validators.generated.js';
import { dateIssues } from '../calculators/shared/calendar-input.js';
import { computeMinimumVitalChecked, householdIssues, readHousehold, readingsOf } from '../calculators/compute-minimum-vital/index.js';
import { noEditionError } from '../engines/seizure/norms.js';
import type { Household } from '../engines/seizure/minimum-vital.js';
import { seizableQuotaChecked } from '../calculators/seizable-quota/index.js';

/** Options of `recalculateQuotas`, applied to every file of the batch. */
export interface RecalculationOptions {
  /** The recalculation date: overrides each file's `asOf` (a new year's norms apply to every file). */
  asOf?: IsoDate;
  /** Explain each result (off by default in bulk: it costs ~100× the arithmetic). */
  trace?: boolean;
  /** Applied to every file that does not set its own. */
  interpretation?: SeizureInterpretation;
  /** Where no norms version covers the date, apply the latest known one (stated in each result). */
  latestKnownNorms?: boolean;
  /** Norms loaded by `loadNorms` (e.g. a new edition); the package's own otherwise. */
  norms?: Norms | undefined;
}


/** One file's recalculated minimum vital and seizable quota; amounts in CHF with two decimals. */
export interface QuotaResult {
  /** The reference date applied (the batch's `asOf`, else the file's). */
  asOf: IsoDate;
  minimumVital: string;
  /** As `SeizableQuota.debtorShareOfMinimum`. */
  debtorShareOfMinimum: string;
  /** As `SeizableQuota.spouseShareOfMinimum`. */
  spouseShareOfMinimum?: string | undefined;
  /** What may be seized each month. */
  seizable: string;
  /** Last day of the income seizure, when the file gives `seizedOn` (LP 93 al. 2). */
  incomeSeizureEndsOn?: IsoDate | undefined;
  /** The norms edition applied, e.g. "KBKS-2009". */
  normsVersion: string;
  /** Counted amount per item; items absent from the file are `undefined` (left out of JSON). */
  breakdown: Partial<Record<(typeof FAST_ITEMS)[number], string | undefined>>;
  trace?: TraceStep[];
  /** Where the figures come from: the editions applied and their status, the package, a fingerprint. */
  provenance: Provenance;
}

/** Why a record has no result. */
export interface RecordError {
  /** `INVALID_RECORD` (unreadable line), `INVALID_INPUT` (see `issues`), or an `LpError` code such as `NO_NORM_IN_FORCE`. */
  code: string;
  message: Localized;
  /** Every problem found in the record, with its JSON pointer (and, read from a CSV or xlsx row, its column). */
  issues?: (Issue & { column?: string })[];
}

/** One result per input record, numbered from 1 (`line`): the result, or why there is none. */
export type RecalculationResult =
  | { line: number; id?: string | undefined; ok: true; result: QuotaResult; kept?: Record<string, unknown> }
  | { line: number; id?: string | undefined; ok: false; error: RecordError; kept?: Record<string, unknown> };

const INVALID_JSON: Localized = { fr: 'Ligne illisible : ce n\'est pas un objet JSON complet.', en: 'Unreadable line: not a complete JSON object.' };

/** An error record for a line that could not even be parsed (truncated, not JSON, wrong CSV shape). */
export function unreadable(line: number, detail?: Localized): RecalculationResult {
  return { line, ok: false, error: { code: 'INVALID_RECORD', message: detail ?? INVALID_JSON } };
}

/** Plans per (reference date, readings): a batch usually shares one, built once. */
export class PlanCache {
  private readonly plans = new Map<string, SeizurePlan>();
  /** The norms of the batch (`loadNorms`); the package's own when not given. */
  constructor(readonly norms?: NormLookup) {}
  private last: { asOf: IsoDate; interpretation: SeizureInterpretation | undefined; latest: boolean; plan: SeizurePlan } | null = null;

  get(asOf: IsoDate, interpretation: SeizureInterpretation | undefined, latest: boolean): SeizurePlan {
    // A batch nearly always asks for the same plan as the record before: no key to build then.
    const l = this.last;
    if (l !== null && l.asOf === asOf && l.interpretation === interpretation && l.latest === latest) return l.plan;
    const readings = { ...readingsOf({ interpretation }), incomeSeizureEnd: interpretation?.incomeSeizureEnd ?? 'same-numbered-day' };
    const key = `${asOf}|${readings.childAge}|${readings.cohabitingBase}|${readings.incomeSeizureEnd}|${latest}`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = seizurePlan({ asOf, readings, latestKnownNorms: latest }, { norms: this.norms });
      if (this.plans.size > 1000) this.plans.clear();
      this.plans.set(key, plan);
    }
    this.last = { asOf, interpretation, latest, plan };
    return plan;
  }
}

const c = checkedCentimes;

/**
 * Reads the file's household and incomes, pushing every problem onto `issues` (one pass, one parse).
 * The household is returned only when it read without a problem (the norms can then judge it).
 */
function readFile(f: SeizureFile, asOf: IsoDate | undefined, interpretation: SeizureInterpretation | undefined, issues: Issue[]): Household | null {
  // Without a reference date (the file's or the batch's), the children's ages cannot be read either.
  if (asOf === undefined) issues.push(issue('/asOf', 'REQUIRED'));
  issues.push(...moneyIssues(f.netIncome, '/netIncome'));
  issues.push(...dateIssues(f.seizedOn, '/seizedOn'));
  if (f.spouseNetIncome !== undefined) issues.push(...moneyIssues(f.spouseNetIncome, '/spouseNetIncome'));
  const before = issues.length;
  // Without a date the amounts and birth dates are still read; the missing date is said once, above.
  const read: Issue[] = asOf === undefined ? [] : issues;
  const household = readHousehold({ asOf: asOf ?? '', household: f.household, ...(f.expenses ? { expenses: f.expenses } : {}), ...(interpretation ? { interpretation } : {}) }, read);
  if (asOf === undefined) issues.push(...read.filter((i) => i.path !== '/asOf'));
  return asOf !== undefined && issues.length === before ? household : null;
}

/** A spouse's income counts for the couple check only as a well-formed amount (else its own issue says so). */
const spouseIncomeGiven = (f: SeizureFile, issues: readonly Issue[]): boolean => f.spouseNetIncome !== undefined && !issues.some((i) => i.path === '/spouseNetIncome');

/** The date, readings and norms a record is recalculated under: the file's own over the batch's. */
function settingsOf(f: SeizureFile, o: RecalculationOptions): { asOf: IsoDate | undefined; interpretation: SeizureInterpretation | undefined; latest: boolean } {
  return {
    asOf: o.asOf ?? f.asOf,
    interpretation: f.interpretation === undefined ? o.interpretation : { ...o.interpretation, ...f.interpretation },
    latest: f.latestKnownNorms ?? o.latestKnownNorms ?? false,
  };
}

/**
 * What reading a record the schema refused still finds in its other fields, as the public functions do
 * (`issuesBeside`): amounts, dates, children's birth dates, and what the norms say of the household when
 * none of its facts is the wrong field. Without norms for its date, the other issues stand.
 */
function issuesOfRefused(value: unknown, found: readonly Issue[], o: RecalculationOptions, plans: PlanCache): Issue[] {
  return issuesBeside<SeizureFile>((f) => {
    const issues: Issue[] = [];
    const { asOf, interpretation, latest } = settingsOf(f, o);
    const household = readFile(f, asOf, interpretation, issues);
    if (household === null) return issues;
    try {
      issues.push(...householdIssues(plans.get(asOf!, interpretation, latest).baseDecision(household), spouseIncomeGiven(f, issues)));
    } catch {
      // No norms for that date: that is for the record once its fields are right.
    }
    return issues;
  }, value as SeizureFile, found);
}

const invalid = (line: number, id: string | undefined, issues: Issue[]): RecalculationResult => ({
  line,
  id,
  ok: false,
  error: { code: 'INVALID_INPUT', message: { fr: 'Dossier invalide.', en: 'Invalid file.' }, issues },
});

const sums = new Float64Array(FAST_ITEMS.length);
/** A breakdown slot: its amount when above zero, else absent. */
const fmt = (k: number): string | undefined => (sums[k]! > 0 ? formatCentimes(sums[k]!) : undefined);

/**
 * Recalculates one seizure file: validated like the public functions (card numbers refused, every issue
 * reported), then the minimum vital and the seizable quota from the precompiled plan, or, with `trace`,
 * through `computeMinimumVital` and `seizableQuota` themselves. Never throws for a bad record.
 */
export function recalculateRecord(value: unknown, line: number, o: RecalculationOptions, plans: PlanCache): RecalculationResult {
  // Reading the household asks the norms too (a contradictory household, the children's ages): the batch's.
  return inNormScope(plans.norms, () => recalculateIn(value, line, o, plans), (r) => r);
}

function recalculateIn(value: unknown, line: number, o: RecalculationOptions, plans: PlanCache): RecalculationResult {
  const id = value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
  const issues = findSensitiveValues(value);
  // schemaIssues validates itself (nothing for a valid record): no second check here.
  issues.push(...schemaIssues(validateSeizureFile, value));
  const f = value as SeizureFile;
  if (issues.length > 0) {
    // A schema problem skips this reading: the other fields are still read, so one bad field hides no other.
    issues.push(...issuesOfRefused(value, issues, o, plans));
    // A card number in the id is not echoed either: the record is then known by its line only.
    const safeId = issues.some((x) => x.code === 'SENSITIVE_DATA' && x.path === '/id') ? undefined : id;
    return invalid(line, safeId, issues);
  }
  const { asOf, interpretation, latest } = settingsOf(f, o);
  const household = readFile(f, asOf, interpretation, issues);
  if (household === null) return invalid(line, id, issues);
  try {
    const plan = plans.get(asOf!, interpretation, latest);
    // What the norms say of the household (as computeMinimumVital's input check), with the other issues.
    issues.push(...householdIssues(plan.baseDecision(household), spouseIncomeGiven(f, issues)));
    if (issues.length > 0) return invalid(line, id, issues);
    if (o.trace) return { line, id, ok: true, result: traced(f, household, asOf!, interpretation ?? {}, latest, plan.provenance) };
    const minimum = plan.minimumVitalInto(household, sums);
    const spouse = f.spouseNetIncome === undefined ? null : c(f.spouseNetIncome);
    const q = plan.quota(c(f.netIncome), minimum, spouse);
    // Fixed shapes, absent fields `undefined` (JSON leaves them out): cheap to build and to serialise.
    const breakdown: QuotaResult['breakdown'] = {
      base: formatCentimes(sums[0]!),
      children: fmt(1),
      rent: fmt(2),
      healthInsurance: fmt(3),
      professional: fmt(4),
      alimony: fmt(5),
      childcare: fmt(6),
      education: fmt(7),
    };
    const result: QuotaResult = {
      asOf: asOf!,
      minimumVital: formatCentimes(minimum),
      debtorShareOfMinimum: formatCentimes(q.share),
      spouseShareOfMinimum: spouse === null ? undefined : formatCentimes(minimum - q.share),
      seizable: formatCentimes(q.seizable),
      incomeSeizureEndsOn: f.seizedOn === undefined ? undefined : formatIsoDate(plan.incomeSeizureEnd(parseIsoDate(f.seizedOn)!)),
      normsVersion: plan.normsVersion,
      breakdown,
      provenance: plan.provenance,
    };
    return { line, id, ok: true, result };
  } catch (error) {
    if (issues.length > 0) return invalid(line, id, issues);
    if (error instanceof LpNormError && error.code === 'NO_NORM_IN_FORCE' && error.details.ruleSet === 'seizure.minimum-vital') {
      // The same wording as computeMinimumVital: the editions known and this household's own amount.
      const named = noEditionError(asOf!, household, readingsOf({ interpretation }));
      return { line, id, ok: false, error: { code: named.code, message: named.messages } };
    }
    if (error instanceof LpError) {
      return { line, id, ok: false, error: { code: error.code, message: error.messages } };
    }
    throw error;
  }
}

function traced(f: SeizureFile, household: Household, asOf: IsoDate, interpretation: SeizureInterpretation, latest: boolean, provenance: Provenance): QuotaResult {
  // The record was checked and read once already: the unchecked entry points, same computation and trace.
  // The expenses are in `household` already (read in centimes): the input only carries the date, household and readings.
  const m = computeMinimumVitalChecked({ asOf, household: f.household, latestKnownNorms: latest, interpretation }, household);
  const q = seizableQuotaChecked({
    netIncome: f.netIncome,
    minimumVital: m.total,
    // Absent fields stay absent: seizableQuota reads `undefined` as not given.
    spouseNetIncome: f.spouseNetIncome,
    seizedOn: f.seizedOn,
    asOf,
    interpretation,
  });
  const breakdown: QuotaResult['breakdown'] = {};
  for (const b of m.breakdown) breakdown[b.item] = b.amount;
  // The same fixed shape as the untraced result (absent fields `undefined`, left out of JSON).
  return {
    asOf,
    minimumVital: m.total,
    debtorShareOfMinimum: q.debtorShareOfMinimum,
    spouseShareOfMinimum: q.spouseShareOfMinimum,
    seizable: q.seizable,
    incomeSeizureEndsOn: q.incomeSeizureEndsOn,
    normsVersion: m.normsVersion,
    breakdown,
    // The provenance step (a provisional or carried-forward edition) closes the trace, as in the functions.
    trace: tracedProvenance(m.trace.concat(q.trace), provenance),
    provenance,
  };
}
