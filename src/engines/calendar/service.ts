import { formatIsoDate, isoWeekday, type EpochDay } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { OPERATOR_FUNCTIONS } from '../evaluator/operators.js';
import type { CalendarContext } from './context.js';
import { LpNormError } from '../../core/errors.js';

const MAX_STEPS = 1000;

export interface ServiceEffect {
  /** The day service takes effect: the service day, or the first working day after a closed time. */
  effectiveFrom: EpochDay;
  /** Day 0 of the periods that service triggers. */
  day0: EpochDay;
  deferred: boolean;
  trace: TraceStep[];
}

/** A day on which an enforcement act may be done at some hour: not a Sunday, a holiday, the féries or a suspension. */
function actDay(ctx: CalendarContext, day: EpochDay): boolean {
  return isoWeekday(day) !== 7 && !ctx.calendar.isHoliday(day) && ctx.calendar.closedPeriodAt(day) === null;
}

/** The facts of `lp.acts` for an act done on `day` at `time` (null when unknown), in an ordinary enforcement. */
export function actFacts(ctx: CalendarContext, day: EpochDay, time: string | null, procedure = 'ordinary', suspended = false) {
  return {
    timeOfDay: time,
    isSunday: isoWeekday(day) === 7,
    isHoliday: ctx.calendar.isHoliday(day),
    inFeries: ctx.calendar.isFeries(day),
    procedure,
    debtorSuspended: suspended || ctx.suspensions.some((s) => s.start <= day && day <= s.end),
    closedHoursReading: ctx.readings.closedHours,
  };
}

/**
 * When service of the payment order takes effect. An enforcement act done in a closed time (LP 56) is
 * not void; it takes effect after it (BGE 121 III 284): on the first day on which it could have been
 * done — the first "jour ouvrable" after the closed time, Saturday included (an ordinary day for
 * enforcement acts, BGE 114 III 55). Primary reading: that day is day 1; alternative: service is deemed
 * done that day, day 1 the next (norms §2.5, §4.3). Deferring can only postpone: day 1 is never before
 * the day after the actual service (CPC 142 al. 1), so a service at 06:45 counts like one at 07:00.
 * Nights, Sundays and holidays are treated by analogy with the féries, and the trace says so.
 */
export function serviceEffect(ctx: CalendarContext, notifiedOn: EpochDay, notifiedAt: string | null, trace: boolean): ServiceEffect {
  const evaluation = ctx.acts.run(actFacts(ctx, notifiedOn, notifiedAt), { trace, asOf: ctx.asOf });
  if (evaluation.fired.length === 0) {
    return { effectiveFrom: notifiedOn, day0: notifiedOn, deferred: false, trace: evaluation.trace };
  }
  const codes = evaluation.fired.map((f) => f.event.type);
  const evening = codes.includes('CLOSED_HOURS') && OPERATOR_FUNCTIONS.timeOnOrAfter(notifiedAt, ctx.acts.parameters.values.closedFrom);
  let d = evening ? notifiedOn + 1 : notifiedOn;
  // Past a closed period in one step: the scan is bounded by the periods and holidays met, not their length.
  for (let n = 0; !actDay(ctx, d); n++) {
    if (n === MAX_STEPS) throw new LpNormError('NORM_INVALID', { fr: 'Aucun jour où un acte est possible.', en: 'No day on which an act can be done.' }, { canton: ctx.calendar.canton });
    d = (ctx.calendar.closedPeriodAt(d)?.end ?? d) + 1;
  }
  const primary = ctx.readings.deferredService === 'first-working-day-is-day-1';
  // The floor (norms §2.5): deferring the effect never brings day 1 before the day after service.
  const floor = primary && d === notifiedOn;
  const day0 = primary && !floor ? d - 1 : d;
  const byAnalogy = !codes.includes('FERIES') && !codes.includes('DEBTOR_SUSPENDED');
  const steps = [...evaluation.trace];
  if (trace) {
    const when = longDate(d);
    const first = longDate(day0 + 1);
    const fr = floor
      ? `elle prend effet le jour même, mais le jour 1 n'est jamais antérieur au lendemain de la notification (art. 142 al. 1 CPC) : ${first.fr}`
      : primary
        ? `le jour 1 est le premier jour ouvrable suivant (samedi compris), ${when.fr}`
        : `elle est réputée faite le ${when.fr}, le délai court dès le lendemain`;
    const en = floor
      ? `it takes effect the same day, but day 1 is never before the day after service (CPC 142 para. 1): ${first.en}`
      : primary
        ? `day 1 is the next day on which an act could be done (Saturday included), ${when.en}`
        : `it is deemed served on ${when.en}, the deadline runs from the next day`;
    steps.push({
      rule: 'lp.service.deferred-effect',
      citation: floor ? 'ATF 121 III 284; CPC 142 al. 1' : 'ATF 121 III 284',
      text: {
        fr: `Notification en temps prohibé (${codes.join(', ')}) : valable, elle ne déploie ses effets qu'après${byAnalogy ? ' (par analogie avec les féries, lecture discutée)' : ''} ; ${fr}.`,
        en: `Served at a closed time (${codes.join(', ')}): valid, it takes effect only afterwards${byAnalogy ? ' (by analogy with the féries, a disputed reading)' : ''}; ${en}.`,
      },
      values: { effectiveFrom: formatIsoDate(d), startsOn: formatIsoDate(day0 + 1), reading: ctx.readings.deferredService, byAnalogy, floor },
    });
  }
  return { effectiveFrom: d, day0, deferred: true, trace: steps };
}
