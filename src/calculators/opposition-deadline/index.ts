import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { parseIsoDate } from '../../core/dates.js';
import { toZurich } from '../../core/instant.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { checkInput } from '../../schemas/check-input.js';
import type { Filing, OppositionDeadlineInput } from '../../schemas/calendar.js';
import { validateOppositionDeadlineInput } from '../../schemas/validators.generated.js';
import { dateIssues, instantIssues, suspensionIssues } from '../shared/calendar-input.js';
import { serviceDeadline, type Deadline } from '../shared/deadline-result.js';

export type { OppositionDeadlineInput } from '../../schemas/calendar.js';

/** The civil date that counts for a filing: postmark, day handed in, or platform receipt in Zurich time. */
export function filingDate(filing: Filing): string {
  return filing.channel === 'electronic' ? toZurich(filing.receiptAt)!.date : filing.on;
}

function semanticIssues(i: OppositionDeadlineInput): Issue[] {
  const found = [...dateIssues(i.notifiedOn, '/notifiedOn'), ...suspensionIssues(i.suspensions)];
  if (i.filing !== undefined) {
    const path = i.filing.channel === 'electronic' ? '/filing/receiptAt' : '/filing/on';
    const filingProblems = i.filing.channel === 'electronic' ? instantIssues(i.filing.receiptAt, path) : dateIssues(i.filing.on, path);
    found.push(...filingProblems);
    // An opposition can be made at once, to the bearer (LP 74 al. 1), but not before service.
    if (found.length === 0 && filingDate(i.filing) < i.notifiedOn) found.push(issue(path, 'OUT_OF_RANGE'));
  }
  return found;
}

/**
 * The debtor's 10-day time limit to oppose the payment order (LP 74 al. 1), with the Geneva calendar:
 * service in a closed time taking effect afterwards, Saturday/Sunday/holiday shift (CPC 142 al. 3) and
 * the LP 63 extension after the féries. With `filing`, says whether an opposition is in time: the
 * postmark counts for the post, the day handed in at the counter, the platform receipt (Zurich time)
 * electronically (CPC 143 al. 1 via LP 31; LP 33a al. 3).
 *
 * @example
 * oppositionDeadline({ notifiedOn: '2026-12-10' });
 * // → { nominalEnd: '2026-12-20', lastDay: '2027-01-06', extensions: [{ reason: 'feries', until: '2027-01-06', name: 'féries de Noël' }], … }
 * // (day 10 falls in the Christmas féries: LP 63 extends it to the third working day after them)
 * @see LP 74 al. 1, 56, 63; CPC 142, 143; BGE 121 III 284
 */
export function oppositionDeadline(input: OppositionDeadlineInput, options?: CallOptions): Explained<Deadline> {
  return explained(options, () => {
    const i = checkInput<OppositionDeadlineInput>(validateOppositionDeadlineInput, input, semanticIssues);
    const ctx = calendarContext({ asOf: i.notifiedOn, canton: i.canton, suspensions: i.suspensions, interpretation: i.interpretation });
    const days = ctx.deadlines.parameters.values.oppositionDays as number;
    const { deadline } = serviceDeadline(ctx, parseIsoDate(i.notifiedOn)!, i.notifiedAt ?? null, days, {
      rule: 'lp.opposition.period',
      citation: 'LP 74 al. 1',
      what: { fr: "Délai d'opposition", en: 'Time limit to oppose' },
    });
    if (i.filing === undefined) return deadline;
    const filed = filingDate(i.filing);
    const timely = filed <= deadline.lastDay;
    const citation = i.filing.channel === 'electronic' ? 'LP 33a al. 3' : 'CPC 143 al. 1';
    const how = { post: ['timbre postal du', 'postmarked on'], counter: ['remise au guichet le', 'handed in on'], electronic: ['accusé de réception de la plateforme du', 'platform receipt on'] }[i.filing.channel];
    deadline.timely = timely;
    deadline.trace.push({
      rule: 'lp.opposition.timely',
      citation,
      text: {
        fr: `Opposition ${how[0]} ${filed} : ${timely ? 'dans le délai' : 'tardive'} (dernier jour ${deadline.lastDay}).`,
        en: `Opposition ${how[1]} ${filed}: ${timely ? 'in time' : 'late'} (last day ${deadline.lastDay}).`,
      },
      values: { channel: i.filing.channel, filedOn: filed, lastDay: deadline.lastDay, timely, filedAt: i.filing.channel === 'electronic' ? toZurich(i.filing.receiptAt)!.local : null },
    });
    return deadline;
  });
}
