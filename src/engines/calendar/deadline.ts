import { addMonthsClipped, formatIsoDate, isoWeekday, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import type { LegalCalendar } from './legal-calendar.js';

export type EndStatus = 'working' | 'saturday' | 'sunday' | 'holiday';

/** One move of a deadline's end: off a Saturday, Sunday or holiday (CPC 142 al. 3), or past the féries or a suspension (LP 63). */
export interface Extension {
  /** What the end fell on; `feries` also stands for a suspension (then named "suspension"). */
  reason: 'saturday' | 'sunday' | 'holiday' | 'feries';
  /** The new last day. */
  until: IsoDate;
  /** The holiday's or the féries period's name, French first. */
  name?: string;
}

export interface DeadlineEnd {
  nominalEnd: EpochDay;
  lastDay: EpochDay;
  extensions: Extension[];
  trace: TraceStep[];
}

export interface DeadlineRequest {
  /** Day 0: the event; the period runs from the next day (CPC 142 al. 1). */
  day0: EpochDay;
  days: number;
  months: number;
  calendar: LegalCalendar;
  /** The compiled `lp.deadlines` norms in force. */
  plan: CompiledRuleSet;
  /** LP 63 applies (a deadline in an enforcement); false for other deadlines. */
  lp63: boolean;
  shiftIntoFeries: 'lp63' | 'shifted-day';
  /** Explain: the trace and the extensions list (batch jobs that need only the last day skip both). */
  trace: boolean;
  /** Labels the trace with the reference date of the norms applied. */
  asOf?: IsoDate;
}

/** What kind of day a deadline ends on; a holiday on a weekend is named as the holiday. */
export function endStatus(calendar: LegalCalendar, day: EpochDay): EndStatus {
  if (calendar.isHoliday(day)) return 'holiday';
  const wd = isoWeekday(day);
  return wd === 6 ? 'saturday' : wd === 7 ? 'sunday' : 'working';
}

/**
 * The end of a deadline (CPC 142 via LP 31; LP 63): the natural end, moved off a Saturday, Sunday or
 * holiday, and extended to the third working day after the féries or a suspension. Which step applies
 * is decided by the `lp.deadlines` rules; this function only does the day arithmetic they call for.
 */
export function deadlineEnd(r: DeadlineRequest): DeadlineEnd {
  const { calendar } = r;
  const nominalEnd = (r.months === 0 ? r.day0 : addMonthsClipped(r.day0, r.months)) + r.days;
  const status = endStatus(calendar, nominalEnd);
  const closed = calendar.closedPeriodAt(nominalEnd);
  const shifted = status === 'working' ? nominalEnd : calendar.nextWorkingDay(nominalEnd);
  const shiftedClosed = status === 'working' ? null : calendar.closedPeriodAt(shifted);
  const evaluation = r.plan.run(
    {
      endStatus: status,
      endInClosedPeriod: closed !== null,
      shiftedInClosedPeriod: shiftedClosed !== null,
      lp63: r.lp63,
      shiftIntoFeries: r.shiftIntoFeries,
    },
    { trace: r.trace, ...(r.asOf !== undefined ? { asOf: r.asOf } : {}) },
  );
  const lp63Days = r.plan.parameters.values.lp63WorkingDays as number;
  let lastDay = nominalEnd;
  const extensions: Extension[] = [];
  for (const { event } of evaluation.fired) {
    if (event.type === 'EXTEND_LP63') {
      lastDay = calendar.nthWorkingDayAfter(closed!.end, lp63Days);
      if (r.trace) extensions.push({ reason: 'feries', until: formatIsoDate(lastDay), name: closed!.name.fr });
    } else if (event.type === 'SHIFT_NEXT_WORKING_DAY') {
      lastDay = shifted;
      const holiday = status === 'holiday' && r.trace ? calendar.holidayName(nominalEnd)?.fr : undefined;
      if (r.trace) extensions.push({ reason: status as Extension['reason'], until: formatIsoDate(shifted), ...(holiday ? { name: holiday } : {}) });
    } else if (event.type === 'EXTEND_LP63_AFTER_SHIFT') {
      lastDay = calendar.nthWorkingDayAfter(shiftedClosed!.end, lp63Days);
      if (r.trace) extensions.push({ reason: 'feries', until: formatIsoDate(lastDay), name: shiftedClosed!.name.fr });
    }
  }
  const trace: TraceStep[] = [];
  if (r.trace) {
    const end = longDate(nominalEnd);
    trace.push({
      rule: 'lp.deadlines.natural-end',
      citation: r.months > 0 ? 'CPC 142 al. 2' : 'CPC 142 al. 1',
      text: {
        fr: `Fin naturelle du délai : ${end.fr}${status === 'working' ? '' : ' (jour non ouvrable)'}${closed ? `, pendant les ${closed.name.fr}` : ''}.`,
        en: `Natural end of the deadline: ${end.en}${status === 'working' ? '' : ' (not a working day)'}${closed ? `, within the ${closed.name.en}` : ''}.`,
      },
      values: { nominalEnd: formatIsoDate(nominalEnd), endStatus: status, closedPeriod: closed?.id ?? null },
    });
    trace.push(...evaluation.trace);
    const last = longDate(lastDay);
    trace.push({
      rule: 'lp.deadlines.last-day',
      citation: extensions.some((e) => e.reason === 'feries') ? 'LP 63' : extensions.length > 0 ? 'CPC 142 al. 3' : 'CPC 142 al. 1',
      text: { fr: `Dernier jour du délai : ${last.fr}.`, en: `Last day of the deadline: ${last.en}.` },
      values: { lastDay: formatIsoDate(lastDay), extensions: extensions.length },
    });
  }
  return { nominalEnd, lastDay, extensions, trace };
}
