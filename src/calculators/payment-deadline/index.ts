import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import { toZurich } from '../../core/instant.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { checkInput } from '../../schemas/check-input.js';
import type { PaymentDeadlineInput } from '../../schemas/calendar.js';
import { PRIMARY_READINGS } from '../../schemas/readings.js';
import { validatePaymentDeadlineInput } from '../../schemas/validators.generated.js';
import { dateIssues, instantIssues, suspensionIssues } from '../shared/calendar-input.js';
import { serviceDeadline, type Deadline } from '../shared/deadline-result.js';

export type { PaymentDeadlineInput } from '../../schemas/calendar.js';

/** The debtor's payment deadline, with the creditor's earliest continuation request, from `paymentDeadline`. */
export interface PaymentDeadline extends Deadline {
  /** The first day the creditor may request the continuation (LP 88 al. 1). */
  earliestContinuationOn: IsoDate;
  /** When a payment was given: whether it is in time. */
  paymentTimely?: boolean;
}

function semanticIssues(i: PaymentDeadlineInput): Issue[] {
  const found = [
    ...dateIssues(i.notifiedOn, '/notifiedOn'),
    ...suspensionIssues(i.suspensions),
    ...instantIssues(i.payment?.acceptedAt, '/payment/acceptedAt'),
    ...dateIssues(i.payment?.debitedOn, '/payment/debitedOn'),
  ];
  const reading = i.interpretation?.paymentTimestamp ?? PRIMARY_READINGS.paymentTimestamp;
  if (i.payment !== undefined) {
    if (reading === 'acceptance' && i.payment.acceptedAt === undefined) found.push(issue('/payment/acceptedAt', 'MISSING_CONTEXT'));
    if (reading === 'debit' && i.payment.debitedOn === undefined) found.push(issue('/payment/debitedOn', 'MISSING_CONTEXT'));
  }
  return found;
}

/**
 * The debtor's 20-day time limit to pay under the payment order (LP 69 al. 2 ch. 2), computed like the
 * opposition deadline (LP 63 applies: the deadline is the debtor's), and the creditor's earliest
 * continuation request: the day after the (extended) last day, primary reading (norms §4 item 2a).
 * With `payment`, says whether it is in time: by the OCP's acceptance instant, Zurich time (primary),
 * or by the debit date (alternative).
 *
 * @example
 * paymentDeadline({ notifiedOn: '2026-03-09' });
 * // → { nominalEnd: '2026-03-29', lastDay: '2026-04-15', earliestContinuationOn: '2026-04-16', … } (Easter féries, LP 63)
 * @see LP 69 al. 2 ch. 2, 12, 63, 88 al. 1
 */
export function paymentDeadline(input: PaymentDeadlineInput, options?: CallOptions): Explained<PaymentDeadline> {
  return explained(options, () => {
    const i = checkInput<PaymentDeadlineInput>(validatePaymentDeadlineInput, input, semanticIssues);
    const ctx = calendarContext({ asOf: i.notifiedOn, canton: i.canton, suspensions: i.suspensions, interpretation: i.interpretation });
    const days = ctx.deadlines.parameters.values.paymentDays as number;
    const { deadline, lastDay, nominalEnd } = serviceDeadline(ctx, parseIsoDate(i.notifiedOn)!, i.notifiedAt ?? null, days, {
      rule: 'lp.payment.period',
      citation: 'LP 69 al. 2 ch. 2',
      what: { fr: 'Délai de paiement', en: 'Time limit to pay' },
    });
    const primary = ctx.readings.earliestContinuation === 'after-extended-deadline';
    const earliest = (primary ? lastDay : nominalEnd) + 1;
    const result: PaymentDeadline = { ...deadline, earliestContinuationOn: formatIsoDate(earliest) };
    const when = longDate(earliest);
    result.trace.push({
      rule: 'lp.continuation.earliest',
      citation: 'LP 88 al. 1',
      text: primary
        ? { fr: `Réquisition de continuer la poursuite possible dès le lendemain du dernier jour du délai de paiement : ${when.fr}.`, en: `Continuation may be requested from the day after the last day to pay: ${when.en}.` }
        : { fr: `Lecture alternative : dès le lendemain du 20e jour compté sans report ni prolongation : ${when.fr}.`, en: `Alternative reading: from the day after day 20 counted plainly, without shift or extension: ${when.en}.` },
      values: { earliestContinuationOn: result.earliestContinuationOn, reading: ctx.readings.earliestContinuation },
    });
    if (i.payment !== undefined) {
      const byDebit = ctx.readings.paymentTimestamp === 'debit';
      const paidOn = byDebit ? i.payment.debitedOn! : toZurich(i.payment.acceptedAt)!.date;
      const timely = paidOn <= result.lastDay;
      result.paymentTimely = timely;
      result.trace.push({
        rule: 'lp.payment.timely',
        citation: 'LP 12 al. 2',
        text: {
          // A debit date is the bank's calendar date; only an acceptance instant is read in Zurich time.
          fr: `Paiement ${byDebit ? 'débité le' : "accepté par l'OCP le"} ${paidOn}${byDebit ? '' : ' (heure de Zurich)'} : ${timely ? 'dans le délai' : 'après le délai'}.`,
          en: `Payment ${byDebit ? 'debited on' : 'accepted by the OCP on'} ${paidOn}${byDebit ? '' : ' (Zurich time)'}: ${timely ? 'in time' : 'late'}.`,
        },
        values: { paidOn, reading: ctx.readings.paymentTimestamp, timely, acceptedAt: i.payment.acceptedAt ? toZurich(i.payment.acceptedAt)!.local : null },
      });
    }
    return result;
  });
}
