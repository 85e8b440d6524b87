import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { continuationPeriod, procedureNorms } from '../../engines/procedure/periods.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import { checkInput } from '../../schemas/check-input.js';
import type { CanContinueInput } from '../../schemas/procedure.js';
import { validateCanContinueInput } from '../../schemas/validators.generated.js';
import { dateIssues, suspensionIssues } from '../shared/calendar-input.js';
import { reasonsOf, stepsOf } from '../shared/reasons.js';

export type { CanContinueInput } from '../../schemas/procedure.js';

/** Whether a continuation request may be filed, and the window for it, from `canContinue`. */
export interface ContinuationDecision {
  /** On `requestedOn`: true when no reason applies. */
  allowed: boolean;
  /** The first day the request may be filed (LP 88 al. 1). */
  earliestOn: IsoDate;
  /** The last day before the right lapses (LP 88 al. 2). */
  expiresOn: IsoDate;
  /** Days of opposition proceedings during which the year stood still. */
  suspendedDays: number;
  /** After a partial opposition, the enforcement continues for the undisputed part only (LP 78 al. 2). */
  scope: 'whole-claim' | 'undisputed-part';
  /** Codes: PREMATURE, OPPOSITION_PENDING, DEBT_PAID, PERISHED. */
  reasons: Reason[];
  trace: TraceStep[];
}

const CODES = new Set(['DEBT_PAID', 'OPPOSITION_PENDING', 'PREMATURE', 'PERISHED']);
const RULES = ['lp.procedure.debt-paid', 'lp.procedure.opposition-pending', 'lp.procedure.partial-opposition', 'lp.procedure.premature', 'lp.procedure.perished'];

function semanticIssues(i: CanContinueInput): Issue[] {
  const found = [...dateIssues(i.notifiedOn, '/notifiedOn'), ...dateIssues(i.requestedOn, '/requestedOn')];
  if (i.opposition) {
    found.push(...dateIssues(i.opposition.filedOn, '/opposition/filedOn'));
    const spans = suspensionIssues(i.opposition.proceedings, '/opposition/proceedings');
    found.push(...spans);
  }
  return found;
}

/**
 * Whether the creditor may request the continuation of the enforcement on `requestedOn` (LP 88): not
 * before the day after the (extended) 20-day payment deadline, not while an opposition is pending (LP 78;
 * a partial one lets the undisputed part continue), not once the debt is paid, and not after the right
 * lapsed, one year from service with the opposition proceedings not counted (LP 88 al. 2). All reasons.
 *
 * @example
 * canContinue({ notifiedOn: '2026-03-09', requestedOn: '2026-04-15', paidInFull: false });
 * // → { allowed: false, earliestOn: '2026-04-16', expiresOn: '2027-03-09', reasons: [{ code: 'PREMATURE', … }], … }
 * // (the payment deadline, extended past the Easter féries, ends on 15 April)
 * @see LP 12, 78, 79–84, 88
 */
export function canContinue(input: CanContinueInput, options?: CallOptions): Explained<ContinuationDecision> {
  return explained(options, () => {
    const i = checkInput<CanContinueInput>(validateCanContinueInput, input, semanticIssues);
    const ctx = calendarContext({ asOf: i.notifiedOn, canton: i.canton, interpretation: i.interpretation });
    const norms = procedureNorms(i.notifiedOn);
    const period = continuationPeriod(ctx, norms, parseIsoDate(i.notifiedOn)!, null, i.opposition?.proceedings ?? []);
    const earliestOn = formatIsoDate(period.earliest);
    const expiresOn = formatIsoDate(period.expires);
    const evaluation = norms.run(
      withUnknownFacts(norms.set, {
        paidInFull: i.paidInFull,
        oppositionStatus: i.opposition?.status ?? 'none',
        partialOpposition: i.opposition?.partial === true,
        requestedOn: i.requestedOn,
        earliestOn,
        expiresOn,
      }),
      { asOf: i.notifiedOn },
    );
    const reasons = reasonsOf(evaluation, CODES);
    const partial = evaluation.fired.some((f) => f.event.type === 'UNDISPUTED_PART_ONLY');
    return {
      allowed: reasons.length === 0,
      earliestOn,
      expiresOn,
      suspendedDays: period.suspendedDays,
      scope: partial ? 'undisputed-part' : 'whole-claim',
      reasons,
      trace: [...period.trace, ...stepsOf(evaluation, RULES)],
    };
  });
}
