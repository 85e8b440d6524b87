import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../core/calendar/context.js';
import { earliestAfter, param, paramStep, procedureNorms } from '../../core/procedure/periods.js';
import { checkInput } from '../../schemas/check-input.js';
import type { HideRequestInput } from '../../schemas/procedure.js';
import { validateHideRequestInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { HideRequestInput } from '../../schemas/procedure.js';

/**
 * The first day the debtor may ask the office not to disclose a poursuite opposed and not pursued:
 * once three months have passed since service of the payment order (LP 8a al. 3 let. d) — the day
 * after (primary reading, norms §4 item 4), not moved off weekends.
 *
 * @example
 * hideRequestEarliest({ notifiedOn: '2026-01-30' }).on; // → '2026-05-01'
 * @see LP 8a al. 3 let. d
 */
export function hideRequestEarliest(input: HideRequestInput): { on: IsoDate; trace: TraceStep[] } {
  const i = checkInput<HideRequestInput>(validateHideRequestInput, input, (x) => dateIssues(x.notifiedOn, '/notifiedOn'));
  const ctx = calendarContext({ asOf: i.notifiedOn, interpretation: i.interpretation });
  const norms = procedureNorms(i.notifiedOn);
  const on = earliestAfter(ctx, parseIsoDate(i.notifiedOn)!, param(norms, 'hideRequestMonths'));
  return {
    on: formatIsoDate(on),
    trace: [
      paramStep(norms, 'hideRequestMonths', 'lp.register.hide-request', {
        fr: `Demande de non-divulgation possible dès le ${longDate(on).fr}, trois mois après la notification du commandement de payer.`,
        en: `A request not to disclose may be made from ${longDate(on).en}, three months after service of the payment order.`,
      }, { notifiedOn: i.notifiedOn, on: formatIsoDate(on), reading: ctx.readings.earliestDates }),
    ],
  };
}
