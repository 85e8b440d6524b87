import { LpNormError } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import type { CalendarContext } from '../calendar/context.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import { familyInScope } from '../../rules/scope.js';
import { LP_PROCEDURE } from '../../rules/families/lp-procedure.js';
import { continuationPeriod, earliestAfter, inspectionLastDay, param, paramStep, procedureNorms } from './periods.js';

/**
 * The days on which one version of LP 8a al. 3 let. d lets the debtor ask for non-disclosure: from
 * `from` to `last` (`null`: no end known yet), within the version's own validity.
 */
export interface HideWindow {
  /** The version's label in the norm file ("2019", "2026"). */
  version: string;
  /** First day a request is possible under this version: three months after service, not before it is in force. */
  from: EpochDay;
  /** Last day under the version's own bound, before clipping to its validity (`null`: no end known). */
  until: EpochDay | null;
  /** Last day the window is open: `until` clipped to the version's last day in force. */
  last: EpochDay | null;
}

export interface HideRequestCase {
  ctx: CalendarContext;
  notifiedOn: EpochDay;
  proceedings: readonly { from: IsoDate; to: IsoDate }[];
  /** End of the procedure, when known: the 2026 version runs until the inspection right expires. */
  closedOn: EpochDay | null;
}

/** What the versions of let. d decide for a poursuite: each version's window (empty ones left out), and why. */
export interface HideWindows {
  windows: HideWindow[];
  /** The window of every version, empty or not, by version label (for the request's own version). */
  byVersion: ReadonlyMap<string | null, HideWindow>;
  /** The first day let. d existed (the first version's start). */
  firstDay: EpochDay;
  /** Three months after service, in the primary or alternative reading (norms §4 item 4). */
  earliest: EpochDay;
  trace: TraceStep[];
}

const HISTORY = () => familyInScope(LP_PROCEDURE).parameters.hideRequestMonths!.values;

/**
 * The window each version of LP 8a al. 3 let. d opens (norms §3.6): from three months after service (the
 * day after, primary reading), not before the version is in force, until its bound — 2019–2025: 20 days
 * before the last day of the LP 88 al. 2 year (TF 5A_656/2019: the creditor's 20 days must run before it
 * lapses); from 2026: the last day third parties may inspect the register (al. 4), unknown while the
 * procedure has not ended. Which bound a version has is a dated parameter of `lp.procedure`.
 */
export function hideWindows(c: HideRequestCase): HideWindows {
  const { ctx } = c;
  // The LP 88 al. 2 year counts from the day of service, whatever its hour.
  const period = continuationPeriod(ctx, procedureNorms(formatIsoDate(c.notifiedOn)), c.notifiedOn, null, c.proceedings);
  const history = HISTORY();
  const windows: HideWindow[] = [];
  const byVersion = new Map<string | null, HideWindow>();
  const trace: TraceStep[] = [];
  let earliest = 0;
  for (const v of history) {
    const plan = procedureNorms(v.validFrom);
    earliest = earliestAfter(ctx, c.notifiedOn, param(plan, 'hideRequestMonths'));
    const start = parseIsoDate(v.validFrom)!;
    const from = Math.max(earliest, start);
    const until = versionBound(plan, c, period.expires);
    const end = parseIsoDate(v.validTo);
    const last = until === null ? end : end === null ? until : Math.min(until, end);
    const w: HideWindow = { version: v.version!, from, until, last };
    byVersion.set(w.version, w);
    if (last === null || from <= last) windows.push(w);
    // A version that ended before service says nothing about this poursuite.
    if (end === null || c.notifiedOn <= end) trace.push(windowStep(plan, w, earliest, c, period.expires));
  }
  return { windows, byVersion, firstDay: parseIsoDate(history[0]!.validFrom)!, earliest, trace };
}

/** The last day a version's bound gives (`null`: none known yet). Exported for its test of an unknown bound. @internal */
export function versionBound(plan: Pick<CompiledRuleSet, 'parameters'>, c: Pick<HideRequestCase, 'ctx' | 'closedOn'>, lp88LastDay: EpochDay): EpochDay | null {
  const bound = plan.parameters.values.hideRequestUntil;
  if (bound === 'lp88-year-less-proof-days') return lp88LastDay - param(plan, 'hideRequestProofDays');
  if (bound === 'inspection-right') return c.closedOn === null ? null : inspectionLastDay(plan, c.closedOn, c.ctx.readings.extractLastDay);
  throw new LpNormError(
    'NORM_INVALID',
    { fr: `Borne inconnue de la demande de non-divulgation : ${String(bound)}.`, en: `Unknown bound of the request not to disclose: ${String(bound)}.` },
    { ruleSet: 'lp.procedure', norm: 'hideRequestUntil' },
  );
}

function windowStep(plan: CompiledRuleSet, w: HideWindow, earliest: EpochDay, c: HideRequestCase, lp88LastDay: EpochDay): TraceStep {
  const from = longDate(w.from);
  const after = longDate(earliest);
  const since =
    w.from === earliest
      ? { fr: `dès le ${from.fr}, trois mois après la notification du commandement de payer`, en: `from ${from.en}, three months after service of the payment order` }
      : {
          fr: `dès le ${from.fr}, entrée en vigueur de cette version (trois mois après la notification : ${after.fr})`,
          en: `from ${from.en}, when this version came into force (three months after service: ${after.en})`,
        };
  const lp88 = plan.parameters.values.hideRequestUntil === 'lp88-year-less-proof-days';
  const days = lp88 ? param(plan, 'hideRequestProofDays') : 0;
  const until = w.until === null ? null : longDate(w.until);
  const bound = lp88
    ? {
        fr: `au plus tard le ${until!.fr}, ${days} jours avant le dernier jour du délai d'un an de l'art. 88 al. 2 LP (${longDate(lp88LastDay).fr}), pour que le délai du créancier échoie avant (TF 5A_656/2019)`,
        en: `at the latest on ${until!.en}, ${days} days before the last day of the one-year period of LP art. 88 para. 2 (${longDate(lp88LastDay).en}), so that the creditor's period ends first (TF 5A_656/2019)`,
      }
    : until !== null
      ? {
          fr: `jusqu'au ${until.fr}, dernier jour du droit de consulter des tiers (5 ans après la clôture de la procédure, art. 8a al. 4 LP)`,
          en: `until ${until.en}, the last day of the third parties' right of inspection (5 years after the end of the procedure, LP art. 8a para. 4)`,
        }
      : {
          fr: "tant que le droit de consulter des tiers n'est pas éteint (5 ans après la clôture de la procédure, art. 8a al. 4 LP) : la clôture n'étant pas indiquée, pas de dernier jour connu",
          en: "as long as the third parties' right of inspection lasts (5 years after the end of the procedure, LP art. 8a para. 4): the end of the procedure not being given, no last day is known",
        };
  const open = w.last === null || w.from <= w.last;
  return paramStep(
    plan,
    'hideRequestMonths',
    'lp.register.hide-request',
    {
      fr: `Art. 8a al. 3 let. d LP, version ${w.version} : demande de non-divulgation possible ${since.fr}, ${bound.fr}${open ? '' : ' — aucun jour possible sous cette version'}.`,
      en: `LP art. 8a para. 3 let. d, ${w.version} version: a request not to disclose may be made ${since.en}, ${bound.en}${open ? '' : ' — no possible day under this version'}.`,
    },
    {
      version: w.version,
      notifiedOn: formatIsoDate(c.notifiedOn),
      from: formatIsoDate(w.from),
      until: w.until === null ? null : formatIsoDate(w.until),
      last: w.last === null ? null : formatIsoDate(w.last),
      bound: String(plan.parameters.values.hideRequestUntil),
      reading: c.ctx.readings.earliestDates,
    },
  );
}

/** The label of the version of let. d in force on `day`, or `null` before the first. */
export function versionOn(day: EpochDay): string | null {
  const iso = formatIsoDate(day);
  return HISTORY().find((v) => v.validFrom <= iso && (v.validTo === undefined || iso <= v.validTo))?.version ?? null;
}

/**
 * The last day of the run of windows that contains `day` (windows that follow each other without a gap
 * across versions form one run); `null` when the run has no end known. `undefined` when no window holds it.
 */
export function runEnd(windows: readonly HideWindow[], day: EpochDay): EpochDay | null | undefined {
  const k = windows.findIndex((w) => w.from <= day && (w.last === null || day <= w.last));
  if (k < 0) return undefined;
  let last = windows[k]!.last;
  for (let j = k + 1; j < windows.length && last !== null && windows[j]!.from <= last + 1; j++) last = windows[j]!.last;
  return last;
}
