import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { isoWeekday, formatIsoDate, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { calendarContext } from '../../engines/calendar/context.js';
import type { LegalCalendar } from '../../engines/calendar/legal-calendar.js';
import { familyInScope } from '../../rules/scope.js';
import { OCPM_ORDERS } from '../../rules/families/ocpm-orders.js';
import { formatCitation } from '../../rules/citation.js';
import { checkInput } from '../../schemas/check-input.js';
import type { OcpmOrderInput } from '../../schemas/card.js';
import { validateOcpmOrderInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { OcpmOrderInput } from '../../schemas/card.js';

/** The state of an OCPM online order, from `ocpmOrder`. */
export interface OcpmOrder {
  /** Until the online payment is validated (CG OCPM art. 3). */
  cancellable: boolean;
  /** Once the online payment is validated: the order is final (CG OCPM art. 3, 5). */
  feeDue: boolean;
  /** Never: before validation nothing is paid; after it, the fee is kept even if the service is refused. */
  refundable: boolean;
  /** Postal delivery 7 to 14 working days after the order: indicative, not binding (CG OCPM art. 3). */
  delivery: { earliest: IsoDate; latest: IsoDate; binding: false };
  trace: TraceStep[];
}

/** The n-th "jour ouvrable" after `day`: Monday–Friday (primary) or Monday–Saturday, never a holiday. */
function nthOpenDay(calendar: LegalCalendar, day: EpochDay, n: number, saturdays: boolean): EpochDay {
  let d = day;
  for (let k = 0; k < n; ) {
    d++;
    const wd = isoWeekday(d);
    if (wd !== 7 && (saturdays || wd !== 6) && !calendar.isHoliday(d)) k++;
  }
  return d;
}

/**
 * An OCPM online order under the OCPM terms (October 2024): cancellable until the online payment is
 * validated; afterwards final, the fee due and never refunded, even if the service is refused (art. 3, 5);
 * delivered by post in 7 to 14 working days — indicative, not binding (art. 3).
 *
 * @example
 * ocpmOrder({ orderedOn: '2026-12-21', paymentValidated: true }).delivery;
 * // → { earliest: '2027-01-04', latest: '2027-01-13', binding: false } (25 and 31 December, 1 January are holidays)
 * @see CG OCPM art. 2, 3, 5, 6
 */
export function ocpmOrder(input: OcpmOrderInput, options?: CallOptions): Explained<OcpmOrder> {
  return explained(options, () => {
    const i = checkInput<OcpmOrderInput>(validateOcpmOrderInput, input, (x) => dateIssues(x.orderedOn, '/orderedOn'));
    const plan = planFor(familyInScope(OCPM_ORDERS), i.orderedOn);
    const evaluation = plan.run({ paymentValidated: i.paymentValidated }, { asOf: i.orderedOn });
    const canton = i.canton ?? 'GE';
    const ctx = calendarContext({ asOf: i.orderedOn, canton, interpretation: i.interpretation });
    // The holidays skipped are the canton's (the order's delivery canton; Geneva by default).
    const holidays = canton === 'GE' ? { fr: 'jours fériés genevois', en: 'Geneva holidays' } : { fr: `jours fériés du canton ${canton}`, en: `holidays of canton ${canton}` };
    const saturdays = ctx.readings.ocpmWorkingDays === 'monday-to-saturday';
    const day = parseIsoDate(i.orderedOn)!;
    const earliest = nthOpenDay(ctx.calendar, day, plan.parameters.values.deliveryMinWorkingDays as number, saturdays);
    const latest = nthOpenDay(ctx.calendar, day, plan.parameters.values.deliveryMaxWorkingDays as number, saturdays);
    const validated = evaluation.fired.some((f) => f.event.type === 'FINAL_FEE_DUE');
    return {
      cancellable: evaluation.fired.some((f) => f.event.type === 'CANCELLABLE'),
      feeDue: validated,
      refundable: false,
      delivery: { earliest: formatIsoDate(earliest), latest: formatIsoDate(latest), binding: false },
      trace: [
        ...evaluation.trace,
        {
          rule: 'ocpm.orders.delivery',
          citation: formatCitation(plan.parameters.versions.deliveryMinWorkingDays!.citation),
          text: {
            fr: `Livraison indicative (non contraignante) entre le ${longDate(earliest).fr} et le ${longDate(latest).fr}, en jours ouvrables ${saturdays ? 'du lundi au samedi' : 'du lundi au vendredi'}, ${holidays.fr} exclus.`,
            en: `Indicative (not binding) delivery between ${longDate(earliest).en} and ${longDate(latest).en}, counting working days ${saturdays ? 'Monday to Saturday' : 'Monday to Friday'}, ${holidays.en} excluded.`,
          },
          values: { earliest: formatIsoDate(earliest), latest: formatIsoDate(latest), reading: ctx.readings.ocpmWorkingDays, canton },
        },
      ],
    };
  });
}
