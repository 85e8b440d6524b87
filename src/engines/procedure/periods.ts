import { addMonthsClipped, formatIsoDate, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { planFor } from '../evaluator/plan.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import type { CalendarContext } from '../calendar/context.js';
import { deadlineEnd, type DeadlineEnd, type Extension } from '../calendar/deadline.js';
import { serviceEffect } from '../calendar/service.js';
import { familyInScope } from '../../rules/scope.js';
import { LP_PROCEDURE } from '../../rules/families/lp-procedure.js';
import { formatCitation } from '../../rules/citation.js';

/** The compiled `lp.procedure` norms in force at `asOf` (`null`: the latest version). */
export function procedureNorms(asOf: IsoDate | null): CompiledRuleSet {
  return planFor(familyInScope(LP_PROCEDURE), asOf);
}

export function param(plan: Pick<CompiledRuleSet, 'parameters'>, name: string): number {
  return plan.parameters.values[name] as number;
}

/** A trace step citing the dated parameter `name` of the plan. */
export function paramStep(plan: CompiledRuleSet, name: string, rule: string, text: TraceStep['text'], values: TraceStep['values']): TraceStep {
  return { rule, citation: formatCitation(plan.parameters.versions[name]!.citation), text, values };
}

/**
 * Days during which the LP 88 al. 2 year stands still: the union of the proceedings (overlaps counted
 * once), each span counted with both ends (primary) or one day less (alternative, norms §4 item 5).
 */
export function standstillDays(spans: readonly { from: IsoDate; to: IsoDate }[], inclusive: boolean): number {
  const sorted = spans.map((s) => [parseIsoDate(s.from)!, parseIsoDate(s.to)!] as const).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.reduce((sum, [a, b]) => sum + (b - a) + (inclusive ? 1 : 0), 0);
}

export interface ContinuationPeriod {
  paymentLastDay: EpochDay;
  earliest: EpochDay;
  expires: EpochDay;
  suspendedDays: number;
  expiresExtensions: Extension[];
  trace: TraceStep[];
}

/**
 * When the creditor may request the continuation (LP 88): from the day after the (extended) 20-day
 * payment deadline (norms §4 item 2a), until one year after service plus the standstill of the opposition
 * proceedings, the end moved off non-working days and, primary reading, extended by LP 63 (§4 item 2b).
 */
export function continuationPeriod(
  ctx: CalendarContext,
  norms: CompiledRuleSet,
  notifiedOn: EpochDay,
  notifiedAt: string | null,
  proceedings: readonly { from: IsoDate; to: IsoDate }[],
): ContinuationPeriod {
  const service = serviceEffect(ctx, notifiedOn, notifiedAt, false);
  const payment = deadlineEnd({
    day0: service.day0,
    days: param(ctx.deadlines, 'paymentDays'),
    months: 0,
    calendar: ctx.calendar,
    plan: ctx.deadlines,
    lp63: true,
    shiftIntoFeries: ctx.readings.shiftIntoFeries,
    trace: false,
    asOf: ctx.asOf,
  });
  const earliest = (ctx.readings.earliestContinuation === 'after-extended-deadline' ? payment.lastDay : payment.nominalEnd) + 1;
  const suspendedDays = standstillDays(proceedings, ctx.readings.standstillCount === 'inclusive');
  const end = creditorPeriodEnd(ctx, notifiedOn, param(norms, 'perishMonths'), suspendedDays);
  const from = longDate(earliest);
  const until = longDate(end.lastDay);
  const trace: TraceStep[] = [
    {
      rule: 'lp.continuation.earliest',
      citation: 'LP 88 al. 1',
      text: { fr: `Réquisition de continuer possible dès le ${from.fr}.`, en: `Continuation may be requested from ${from.en}.` },
      values: { earliestOn: formatIsoDate(earliest), paymentLastDay: formatIsoDate(payment.lastDay), reading: ctx.readings.earliestContinuation },
    },
    paramStep(norms, 'perishMonths', 'lp.continuation.perishing', {
      fr: `Le droit se périme un an après la notification, ${suspendedDays} jour(s) de procédure d'opposition non comptés : jusqu'au ${until.fr}.`,
      en: `The right lapses one year after service, not counting ${suspendedDays} day(s) of opposition proceedings: until ${until.en}.`,
    }, { suspendedDays, standstill: ctx.readings.standstillCount, lp63: ctx.readings.perishingLp63, expiresOn: formatIsoDate(end.lastDay) }),
    ...end.trace,
  ];
  return { paymentLastDay: payment.lastDay, earliest, expires: end.lastDay, suspendedDays, expiresExtensions: end.extensions, trace };
}

/**
 * The last day of a creditor's period of `months` from `day0` (LP 116 sale, LP 149 al. 3 continuation, and
 * with `days` the LP 88 al. 2 year): moved off non-working days and, under the primary reading of norms
 * §4 item 2b, extended by LP 63.
 */
export function creditorPeriodEnd(ctx: CalendarContext, day0: EpochDay, months: number, days = 0): DeadlineEnd {
  return deadlineEnd({
    day0,
    days,
    months,
    calendar: ctx.calendar,
    plan: ctx.deadlines,
    lp63: ctx.readings.perishingLp63 === 'applies',
    shiftIntoFeries: ctx.readings.shiftIntoFeries,
    trace: true,
    asOf: ctx.asOf,
  });
}

/** An "at the earliest" date after a minimum period: the day after it (primary) or its same-numbered day (§4 item 4). */
export function earliestAfter(ctx: CalendarContext, day0: EpochDay, months: number): EpochDay {
  return addMonthsClipped(day0, months) + (ctx.readings.earliestDates === 'day-after' ? 1 : 0);
}

/**
 * The last day third parties may see an entry (LP 8a al. 4): five years after the end of the procedure,
 * the anniversary included (primary) or the day before (norms §4 item 10); not moved off weekends.
 */
export function inspectionLastDay(plan: Pick<CompiledRuleSet, 'parameters'>, closedOn: EpochDay, reading: 'anniversary' | 'day-before'): EpochDay {
  const anniversary = addMonthsClipped(closedOn, 12 * param(plan, 'extractVisibilityYears'));
  return reading === 'anniversary' ? anniversary : anniversary - 1;
}
