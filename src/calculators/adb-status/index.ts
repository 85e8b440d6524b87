import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { DEBTOR_DIED_BEFORE_ADB } from '../../core/contradictions.js';
import { contradiction, issue, type Issue } from '../../core/errors.js';
import { addMonthsClipped, formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { endStatus } from '../../engines/calendar/deadline.js';
import { creditorPeriodEnd, param, paramStep, procedureNorms } from '../../engines/procedure/periods.js';
import { checkInput } from '../../schemas/check-input.js';
import type { AdbStatusInput } from '../../schemas/procedure.js';
import { validateAdbStatusInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { AdbStatusInput } from '../../schemas/procedure.js';

/** The dates of a certificate of loss (ADB), from `adbStatus`. */
export interface AdbStatus {
  /** No interest runs against the debtor on a claim certified by an ADB (LP 149 al. 4). */
  interestAccrues: false;
  /** Last day to request the continuation without a new payment order (LP 149 al. 3). */
  continuationUntil: IsoDate;
  /** Which day `continuationUntil` counts from. */
  continuationFrom: 'notification' | 'issuance';
  /** The day the claim prescribes (LP 149a al. 1). */
  prescribesOn: IsoDate;
  /** `prescribesOn` moved off a Saturday, Sunday or holiday (primary reading, norms §4 item 8). */
  lastDayToInterrupt: IsoDate;
  trace: TraceStep[];
}

/** The ADB's dates at `at`: real days; notified and the debtor's death not before issuance. */
export function adbIssues(i: { issuedOn: string; notifiedToCreditorOn?: string | undefined; debtorDiedOn?: string | undefined }, at = ''): Issue[] {
  const found = [...dateIssues(i.issuedOn, `${at}/issuedOn`), ...dateIssues(i.notifiedToCreditorOn, `${at}/notifiedToCreditorOn`), ...dateIssues(i.debtorDiedOn, `${at}/debtorDiedOn`)];
  if (found.length > 0) return found;
  if (i.notifiedToCreditorOn !== undefined && i.notifiedToCreditorOn < i.issuedOn) found.push(issue(`${at}/notifiedToCreditorOn`, 'OUT_OF_RANGE'));
  if (i.debtorDiedOn !== undefined && i.debtorDiedOn < i.issuedOn) found.push(contradiction(`${at}/debtorDiedOn`, 'DEBTOR_DIED_BEFORE_ADB', DEBTOR_DIED_BEFORE_ADB, [`${at}/issuedOn`]));
  return found;
}

function semanticIssues(i: AdbStatusInput): Issue[] {
  return adbIssues(i);
}

/**
 * The life of a certificate of loss (acte de défaut de biens, ADB): no interest (LP 149 al. 4);
 * continuation without a new payment order within six months of its notification to the creditor
 * (LP 149 al. 3; the seed's "délivrance" is the alternative reading); prescription twenty years after
 * issuance, or one year after the debtor's death against the heirs if earlier (LP 149a al. 1).
 *
 * @example
 * adbStatus({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-05' });
 * // → { interestAccrues: false, continuationUntil: '2026-09-07', prescribesOn: '2046-03-02', lastDayToInterrupt: '2046-03-02', … }
 * // (six months from notification end on Saturday 5 September: moved to Monday 7)
 * @see LP 149, 149a; CO 132 al. 2
 */
export function adbStatus(input: AdbStatusInput, options?: CallOptions): Explained<AdbStatus> {
  return explained(options, () => {
    const i = checkInput<AdbStatusInput>(validateAdbStatusInput, input, semanticIssues);
    const ctx = calendarContext({ asOf: i.issuedOn, canton: i.canton, interpretation: i.interpretation });
    const norms = procedureNorms(i.issuedOn);
    const byNotification = ctx.readings.adbContinuationFrom === 'notification' && i.notifiedToCreditorOn !== undefined;
    const start = parseIsoDate(byNotification ? i.notifiedToCreditorOn! : i.issuedOn)!;
    const continuation = creditorPeriodEnd(ctx, start, param(norms, 'adbContinuationMonths'));
    const issued = parseIsoDate(i.issuedOn)!;
    let prescribes = addMonthsClipped(issued, 12 * param(norms, 'adbPrescriptionYears'));
    const heirs = i.debtorDiedOn === undefined ? null : addMonthsClipped(parseIsoDate(i.debtorDiedOn)!, 12 * param(norms, 'adbHeirsPrescriptionYears'));
    const byDeath = heirs !== null && heirs < prescribes;
    if (byDeath) prescribes = heirs;
    const shift = ctx.readings.prescriptionShift === 'shift' && endStatus(ctx.calendar, prescribes) !== 'working';
    const lastDay = shift ? ctx.calendar.nextWorkingDay(prescribes) : prescribes;
    const why =
      i.notifiedToCreditorOn === undefined && ctx.readings.adbContinuationFrom === 'notification'
        ? { fr: " (date de notification inconnue : compté dès la délivrance)", en: ' (notification date unknown: counted from issuance)' }
        : { fr: '', en: '' };
    const trace: TraceStep[] = [
      paramStep(norms, 'adbContinuationMonths', 'lp.adb.continuation', {
        fr: `Continuation sans nouveau commandement de payer jusqu'au ${longDate(continuation.lastDay).fr}, six mois dès la ${byNotification ? 'notification au créancier' : 'délivrance'}${why.fr}.`,
        en: `Continuation without a new payment order until ${longDate(continuation.lastDay).en}, six months from ${byNotification ? 'notification to the creditor' : 'issuance'}${why.en}.`,
      }, { from: formatIsoDate(start), basis: byNotification ? 'notification' : 'issuance', until: formatIsoDate(continuation.lastDay) }),
      ...continuation.trace,
      paramStep(norms, byDeath ? 'adbHeirsPrescriptionYears' : 'adbPrescriptionYears', 'lp.adb.prescription', {
        fr: `La créance se prescrit le ${longDate(prescribes).fr}${byDeath ? ' (un an après le décès du débiteur, à l\'égard des héritiers)' : ' (20 ans après la délivrance)'} ; aucun intérêt ne court (art. 149 al. 4 LP).`,
        en: `The claim prescribes on ${longDate(prescribes).en}${byDeath ? ' (one year after the debtor died, against the heirs)' : ' (20 years after issuance)'}; no interest runs (LP art. 149 para. 4).`,
      }, { prescribesOn: formatIsoDate(prescribes), byDeath }),
      {
        rule: 'lp.adb.last-day-to-interrupt',
        citation: 'CO 132 al. 2; RS 173.110.3',
        text: shift
          ? { fr: `Dernier jour pour interrompre la prescription, reporté au jour ouvrable : ${longDate(lastDay).fr}.`, en: `Last day to interrupt the prescription, moved to the working day: ${longDate(lastDay).en}.` }
          : { fr: `Dernier jour pour interrompre la prescription : ${longDate(lastDay).fr}.`, en: `Last day to interrupt the prescription: ${longDate(lastDay).en}.` },
        values: { lastDayToInterrupt: formatIsoDate(lastDay), reading: ctx.readings.prescriptionShift },
      },
    ];
    return {
      interestAccrues: false,
      continuationUntil: formatIsoDate(continuation.lastDay),
      continuationFrom: byNotification ? 'notification' : 'issuance',
      prescribesOn: formatIsoDate(prescribes),
      lastDayToInterrupt: formatIsoDate(lastDay),
      trace,
    };
  });
}
