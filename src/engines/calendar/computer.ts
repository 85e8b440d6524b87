import { parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { issue, LpInputError, type Issue } from '../../core/errors.js';
import type { Canton } from '../../schemas/canton.js';
import { checkInput } from '../../schemas/check-input.js';
import type { Interpretation } from '../../schemas/interpretation.js';
import { validateDeadlineComputerOptions } from '../../schemas/validators.generated.js';
import { inNormScope, normsOption } from '../../rules/scope.js';
import type { NormLookup } from '../../rules/family.js';
import { provenanceOf, type Provenance, type ProvenancePlan } from '../evaluator/provenance.js';
import { calendarContext } from './context.js';
import { deadlineEnd } from './deadline.js';
import { CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY } from './holidays.js';

/** Options of `deadlineComputer`: the period, the calendar and the readings, fixed for a whole batch. */
export interface DeadlineComputerOptions {
  /** The reference date whose norms apply to every deadline computed. */
  asOf: IsoDate;
  /** Whose holidays count (default `GE`). */
  canton?: Canton;
  /** Period in days (added to `months`): an integer from 0 to 36,600; `days` and `months` not both 0. */
  days?: number;
  /** Period in months, an integer from 0 to 1,200: ends on the same-numbered day (CPC 142 al. 2). */
  months?: number;
  /** LP 63 applies (default true). */
  lp63?: boolean;
  /** Alternative readings where the law leaves a point open; `PRIMARY_READINGS` otherwise. */
  interpretation?: Interpretation;
}

/**
 * The function `deadlineComputer` returns: day 0 → last day (epoch days), and the provenance every day it
 * returns shares (the norms were resolved once, when it was made).
 */
export interface DeadlineComputer {
  (day0: EpochDay): EpochDay;
  /** The norms every last day is computed with: package, editions and status, fingerprint — as `computeDeadline`'s. */
  readonly provenance: Provenance;
}

function optionIssues(o: DeadlineComputerOptions): Issue[] {
  const found: Issue[] = [];
  if (parseIsoDate(o.asOf) === null) found.push(issue('/asOf', 'INVALID_DATE'));
  if ((o.days ?? 0) + (o.months ?? 0) === 0) found.push(issue('', 'OUT_OF_RANGE'));
  return found;
}

/**
 * The hot path for batch jobs: a function from day 0 (epoch day) to the last day (epoch day), with the
 * norms resolved once. Same rules and results as `computeDeadline`, without the trace. The options are
 * checked once, like any input; day 0 must be an integer epoch day within the legal calendar (1900–2100),
 * else `LpInputError` (INVALID_TYPE, OUT_OF_RANGE at ""); a last day past 2100 is `NO_NORM_IN_FORCE`.
 *
 * @example
 * const lastDay = deadlineComputer({ asOf: '2026-12-10', days: 10 });
 * const day0 = Date.UTC(2026, 11, 10) / 86_400_000; // 10 December 2026, as days since 1970-01-01
 * new Date(lastDay(day0) * 86_400_000).toISOString().slice(0, 10); // → '2027-01-06' (as `oppositionDeadline`)
 * lastDay.provenance.norms.map((n) => n.family); // → ['lp.deadlines', 'lp.acts'] (as `computeDeadline`'s)
 * @see LP 31, 63; CPC 142
 */
export function deadlineComputer(options: DeadlineComputerOptions, call?: { norms?: NormLookup | undefined }): DeadlineComputer {
  // Its norms (the package's, `{ norms }` or the instance's) are resolved here, once: each last day it
  // returns is computed with them, so the computer carries their provenance, as every result does.
  return inNormScope(normsOption(call), () => computer(options), (lastDay, used) =>
    Object.freeze(Object.assign(lastDay, { provenance: provenanceOf(used.plans as ProvenancePlan[], used.latest as ReadonlySet<ProvenancePlan>) })),
  );
}

function computer(options: DeadlineComputerOptions): (day0: EpochDay) => EpochDay {
  const o = checkInput<DeadlineComputerOptions>(validateDeadlineComputerOptions, options, optionIssues);
  const ctx = calendarContext({ asOf: o.asOf, canton: o.canton, interpretation: o.interpretation });
  const request = {
    day0: 0,
    days: o.days ?? 0,
    months: o.months ?? 0,
    calendar: ctx.calendar,
    plan: ctx.deadlines,
    lp63: o.lp63 !== false,
    shiftIntoFeries: ctx.readings.shiftIntoFeries,
    trace: false,
  };
  return (day0) => {
    if (!Number.isSafeInteger(day0)) throw new LpInputError([issue('', 'INVALID_TYPE')]);
    if (day0 < CALENDAR_FIRST_DAY || day0 > CALENDAR_LAST_DAY) throw new LpInputError([issue('', 'OUT_OF_RANGE')]);
    request.day0 = day0;
    return deadlineEnd(request).lastDay;
  };
}
