import type { EpochDay, IsoDate } from '../dates.js';
import type { Canton } from '../../schemas/canton.js';
import type { Interpretation } from '../../schemas/interpretation.js';
import { calendarContext } from './context.js';
import { deadlineEnd } from './deadline.js';

export interface DeadlineComputerOptions {
  /** The reference date whose norms apply to every deadline computed. */
  asOf: IsoDate;
  canton?: Canton;
  days?: number;
  months?: number;
  /** LP 63 applies (default true). */
  lp63?: boolean;
  interpretation?: Interpretation;
}

/**
 * The hot path for batch jobs: a function from day 0 (epoch day) to the last day (epoch day), with the
 * norms resolved once. Same rules and results as `computeDeadline`, without validation or trace.
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
