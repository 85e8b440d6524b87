import { formatIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import type { CalendarContext } from '../../engines/calendar/context.js';
import { deadlineEnd, type Extension } from '../../engines/calendar/deadline.js';
import { serviceEffect } from '../../engines/calendar/service.js';
import type { Localized } from '../../core/localized.js';

/** A computed deadline, as every deadline function returns it. */
export interface Deadline {
  /** The day service takes effect (later than `notifiedOn` if served in a closed period). */
  effectiveFrom: IsoDate;
  /** Day 1. */
  startsOn: IsoDate;
  /** End before any shift or extension. */
  nominalEnd: IsoDate;
  /** Last day on which the act is in time. */
  lastDay: IsoDate;
  /** Each move from `nominalEnd` to `lastDay`, in order (weekend, holiday, féries). */
  extensions: Extension[];
  /** When a filing or payment was given: whether it is in time. */
  timely?: boolean;
  trace: TraceStep[];
}

export interface PeriodStep {
  rule: string;
  citation: string;
  what: Localized;
}

/** A deadline triggered by service of the payment order: deferred effect, period, end. */
export function serviceDeadline(
  ctx: CalendarContext,
  notifiedOn: EpochDay,
  notifiedAt: string | null,
  days: number,
  step: PeriodStep,
): { deadline: Deadline; lastDay: EpochDay; nominalEnd: EpochDay } {
  const service = serviceEffect(ctx, notifiedOn, notifiedAt, true);
  const end = deadlineEnd({
    day0: service.day0,
    days,
    months: 0,
    calendar: ctx.calendar,
    plan: ctx.deadlines,
    lp63: true,
    shiftIntoFeries: ctx.readings.shiftIntoFeries,
    trace: true,
    asOf: ctx.asOf,
  });
  const served = longDate(notifiedOn);
  const first = longDate(service.day0 + 1);
  const periodStep: TraceStep = {
    rule: step.rule,
    citation: step.citation,
    text: {
      fr: `${step.what.fr} : ${days} jours dès la notification du ${served.fr} ; jour 1 : ${first.fr}.`,
      en: `${step.what.en}: ${days} days from service on ${served.en}; day 1: ${first.en}.`,
    },
    values: { notifiedOn: formatIsoDate(notifiedOn), notifiedAt, days, startsOn: formatIsoDate(service.day0 + 1), canton: ctx.calendar.canton },
  };
  return {
    deadline: {
      effectiveFrom: formatIsoDate(service.effectiveFrom),
      startsOn: formatIsoDate(service.day0 + 1),
      nominalEnd: formatIsoDate(end.nominalEnd),
      lastDay: formatIsoDate(end.lastDay),
      extensions: end.extensions,
      trace: [...(service.deferred ? service.trace : []), periodStep, ...end.trace],
    },
    lastDay: end.lastDay,
    nominalEnd: end.nominalEnd,
  };
}
