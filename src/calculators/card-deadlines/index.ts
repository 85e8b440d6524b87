import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { endOfMonth, formatIsoDate, parseIsoDate, parseIsoMonth, type EpochDay, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { endStatus } from '../../engines/calendar/deadline.js';
import { familyInScope } from '../../rules/scope.js';
import { CARD_DEBIT_MASTERCARD } from '../../rules/families/card-debit-mastercard.js';
import { formatCitation } from '../../rules/citation.js';
import { checkInput } from '../../schemas/check-input.js';
import type { CardDeadlinesInput } from '../../schemas/card.js';
import { readingsOf } from '../../schemas/readings.js';
import { validateCardDeadlinesInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { CardDeadlinesInput } from '../../schemas/card.js';

/** The card holder's dates, from `cardDeadlines`: each one only when its input was given. */
export interface CardDeadlines {
  /** The card is valid through the end of the printed month. */
  validThrough?: IsoDate;
  /** Tell the bank if no replacement card has arrived by then. */
  reportMissingReplacementBy?: IsoDate;
  /** Last day to contest the statement; afterwards it counts as accepted. */
  contestBy?: IsoDate;
  /** A reserved amount may stay booked until then. */
  reservationMayRemainUntil?: IsoDate;
  trace: TraceStep[];
}

function semanticIssues(i: CardDeadlinesInput): Issue[] {
  return [...dateIssues(i.statementReceivedOn, '/statementReceivedOn'), ...dateIssues(i.reservedOn, '/reservedOn')];
}

/**
 * The holder's dates under the debit Mastercard terms: validity through the end of the printed month;
 * report a missing replacement 10 days before that; contest a statement within 30 days of receiving it;
 * a reservation may stay booked 31 calendar days. Contractual periods: not moved off weekends (primary
 * reading, norms §4 item 8; `cardDeadlinesShift: 'shift'` moves the contest deadline).
 *
 * @example
 * cardDeadlines({ expiry: '2028-02', statementReceivedOn: '2026-04-15' });
 * // → { validThrough: '2028-02-29', reportMissingReplacementBy: '2028-02-19', contestBy: '2026-05-15', … }
 * @see debit Mastercard terms (mars 2026)
 */
export function cardDeadlines(input: CardDeadlinesInput, options?: CallOptions): Explained<CardDeadlines> {
  return explained(options, () => {
    const i = checkInput<CardDeadlinesInput>(validateCardDeadlinesInput, input, semanticIssues);
    const reference = i.statementReceivedOn ?? i.reservedOn ?? (i.expiry ? `${i.expiry}-01` : null);
    const plan = planFor(familyInScope(CARD_DEBIT_MASTERCARD), reference);
    const readings = readingsOf(i.interpretation);
    const days = (name: string): number => plan.parameters.values[name] as number;
    const cite = (name: string): string => formatCitation(plan.parameters.versions[name]!.citation);
    const out: CardDeadlines = { trace: [] };
    const step = (rule: string, name: string, day: EpochDay, fr: string, en: string): void => {
      const when = longDate(day);
      out.trace.push({ rule, citation: cite(name), text: { fr: `${fr} : ${when.fr}.`, en: `${en}: ${when.en}.` }, values: { date: formatIsoDate(day) } });
    };
    if (i.expiry) {
      const validThrough = parseIsoDate(endOfMonth(parseIsoMonth(i.expiry)!))!;
      out.validThrough = formatIsoDate(validThrough);
      out.trace.push({ rule: 'card.debit-mastercard.validity', citation: 'CG carte de débit Mastercard section « Durée de validité »', text: { fr: `Carte valable jusqu'à la fin du mois indiqué : ${longDate(validThrough).fr}.`, en: `Card valid through the end of the printed month: ${longDate(validThrough).en}.` }, values: { expiry: i.expiry, validThrough: out.validThrough } });
      const alert = validThrough - days('replacementAlertDays') + (readings.replacementAlert === 'counting-expiry-day' ? 1 : 0);
      out.reportMissingReplacementBy = formatIsoDate(alert);
      step('card.debit-mastercard.replacement-alert', 'replacementAlertDays', alert, 'Avertir la banque si aucune carte de remplacement n\'est arrivée', 'Tell the bank if no replacement card has arrived');
    }
    if (i.statementReceivedOn) {
      let contest = parseIsoDate(i.statementReceivedOn)! + days('contestDays');
      if (readings.cardDeadlinesShift === 'shift') {
        const ctx = calendarContext({ asOf: i.statementReceivedOn, canton: i.canton });
        if (endStatus(ctx.calendar, contest) !== 'working') contest = ctx.calendar.nextWorkingDay(contest);
      }
      out.contestBy = formatIsoDate(contest);
      step('card.debit-mastercard.contest', 'contestDays', contest, 'Dernier jour pour contester le relevé (ensuite réputé accepté)', 'Last day to contest the statement (then deemed accepted)');
    }
    if (i.reservedOn) {
      const until = parseIsoDate(i.reservedOn)! + days('reservationDays');
      out.reservationMayRemainUntil = formatIsoDate(until);
      step('card.debit-mastercard.reservation', 'reservationDays', until, 'Un montant réservé peut rester comptabilisé jusqu\'au', 'A reserved amount may stay booked until');
    }
    return out;
  });
}
