import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { deadlineEnd } from '../../engines/calendar/deadline.js';
import { checkInput } from '../../schemas/check-input.js';
import type { ComputeDeadlineInput } from '../../schemas/calendar.js';
import { validateComputeDeadlineInput } from '../../schemas/validators.generated.js';
import { dateIssues, suspensionIssues } from '../shared/calendar-input.js';
import type { Deadline } from '../shared/deadline-result.js';

export type { ComputeDeadlineInput } from '../../schemas/calendar.js';
export type { Deadline } from '../shared/deadline-result.js';

function semanticIssues(i: ComputeDeadlineInput): Issue[] {
  const { days = 0, months = 0, years = 0 } = i.period;
  return [
    ...dateIssues(i.from, '/from'),
    ...suspensionIssues(i.suspensions),
    ...(days + months + years === 0 ? [issue('/period', 'OUT_OF_RANGE')] : []),
  ];
}

/**
 * Any LP deadline from an event: it runs from the next day (CPC 142 al. 1), ends on the same-numbered
 * day for months and years (al. 2), moves off Saturdays, Sundays and holidays (al. 3, via LP 31), and
 * with `lp63` (default) is extended to the third working day after the féries or a suspension (LP 63).
 *
 * @example
 * computeDeadline({ from: '2026-01-31', period: { months: 1 } });
 * // → { nominalEnd: '2026-02-28', lastDay: '2026-03-02', extensions: [{ reason: 'saturday', until: '2026-03-02' }], … }
 * // (no 31 February: the month ends on the 28th, a Saturday)
 * @see LP 31, 63; CPC 142
 */
export function computeDeadline(input: ComputeDeadlineInput, options?: CallOptions): Explained<Deadline> {
  return explained(options, () => {
    const i = checkInput<ComputeDeadlineInput>(validateComputeDeadlineInput, input, semanticIssues);
    const ctx = calendarContext({ asOf: i.from, canton: i.canton, suspensions: i.suspensions, interpretation: i.interpretation });
    const day0 = parseIsoDate(i.from)!;
    const { days = 0, months = 0, years = 0 } = i.period;
    const end = deadlineEnd({
      day0,
      days,
      months: months + 12 * years,
      calendar: ctx.calendar,
      plan: ctx.deadlines,
      lp63: i.lp63 !== false,
      shiftIntoFeries: ctx.readings.shiftIntoFeries,
      trace: true,
      asOf: ctx.asOf,
    });
    const from = longDate(day0);
    const length = [years && `${years} an(s)`, months && `${months} mois`, days && `${days} jour(s)`].filter(Boolean).join(' ');
    const lengthEn = [years && `${years} year(s)`, months && `${months} month(s)`, days && `${days} day(s)`].filter(Boolean).join(' ');
    return {
      effectiveFrom: i.from,
      startsOn: formatIsoDate(day0 + 1),
      nominalEnd: formatIsoDate(end.nominalEnd),
      lastDay: formatIsoDate(end.lastDay),
      extensions: end.extensions,
      trace: [
        {
          rule: 'lp.deadlines.start',
          citation: 'CPC 142 al. 1',
          text: {
            fr: `Délai de ${length} dès l'événement du ${from.fr} : il court dès le lendemain.`,
            en: `Deadline of ${lengthEn} from the event on ${from.en}: it runs from the next day.`,
          },
          values: { from: i.from, days, months, years, canton: ctx.calendar.canton, lp63: i.lp63 !== false },
        },
        ...end.trace,
      ],
    };
  });
}
