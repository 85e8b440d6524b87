import type { EpochDay, IsoDate } from '../dates.js';
import type { Canton } from '../../schemas/canton.js';
import type { Interpretation } from '../../schemas/interpretation.js';
import { calendarContext } from './context.js';
import { deadlineEnd } from './deadline.js';

/** Options of `deadlineComputer`: the period, the calendar and the readings, fixed for a whole batch. */
export interface DeadlineComputerOptions {
  /** The reference date whose norms apply to every deadline computed. */
  asOf: IsoDate;
  /** Whose holidays count (default `GE`). */
  canton?: Canton;
  /** Period in days (added to `months`). */
  days?: number;
  /** Period in months: ends on the same-numbered day (CPC 142 al. 2). */
  months?: number;
  /** LP 63 applies (default true). */
  lp63?: boolean;
  /** Alternative readings where the law leaves a point open; `PRIMARY_READINGS` otherwise. */
  interpretation?: Interpretation;
}

/**
 * The hot path for batch jobs: a function from day 0 (epoch day) to the last day (epoch day), with the
 * norms resolved once. Same rules and results as `computeDeadline`, without validation or trace.
 *
 * @example
 * const lastDay = deadlineComputer({ asOf: '2026-12-10', days: 10 });
 * const day0 = Date.UTC(2026, 11, 10) / 86_400_000; // 10 December 2026, as days since 1970-01-01
 * new Date(lastDay(day0) * 86_400_000).toISOString().slice(0, 10); // → '2027-01-06' (as `oppositionDeadline`)
 * @see LP 31, 63; CPC 142
 */
export function deadlineComputer(o: DeadlineComputerOptions): (day0: EpochDay) => EpochDay {
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
    request.day0 = day0;
    return deadlineEnd(request).lastDay;
  };
}
