import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { parseIsoDate } from '../../core/dates.js';
import { toZurich } from '../../core/instant.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { actFacts } from '../../engines/calendar/service.js';
import { reasonOf } from '../shared/reasons.js';
import { checkInput } from '../../schemas/check-input.js';
import type { EnforcementActInput } from '../../schemas/calendar.js';
import { validateEnforcementActInput } from '../../schemas/validators.generated.js';
import { instantIssues } from '../shared/calendar-input.js';

export type { EnforcementActInput } from '../../schemas/calendar.js';

/** Whether an enforcement act may be done at an instant, from `enforcementActAllowed`. */
export interface EnforcementActDecision {
  /** True when no reason applies. */
  allowed: boolean;
  /** Codes: CLOSED_HOURS, SUNDAY, HOLIDAY, FERIES, DEBTOR_SUSPENDED — every one that applies. */
  reasons: Reason[];
  trace: TraceStep[];
}

/**
 * Whether an enforcement act (service of a payment order, seizure, sale…) may be done at an instant:
 * not between 20:00 and 07:00, on a Sunday or a public holiday of the canton where it is done, during
 * the féries (none in bill-of-exchange enforcement), or against a suspended debtor; none of this binds
 * the execution of a sequestration (LP 56). The instant is read in Zurich time.
 *
 * @example
 * enforcementActAllowed({ at: '2026-04-01T10:00:00+02:00' }).reasons.map((r) => r.code); // → ['FERIES'] (Easter féries)
 * @see LP 56–62; BGE 114 III 55
 */
export function enforcementActAllowed(input: EnforcementActInput, options?: CallOptions): Explained<EnforcementActDecision> {
  return explained(options, () => {
    const i = checkInput<EnforcementActInput>(validateEnforcementActInput, input, (x): Issue[] => instantIssues(x.at, '/at'));
    const at = toZurich(i.at)!;
    const procedure = i.procedure ?? 'ordinary';
    const ctx = calendarContext({ asOf: at.date, canton: i.canton, interpretation: i.interpretation, withoutFeries: procedure === 'bill-of-exchange' });
    const time = at.local.slice(11, 19);
    const evaluation = ctx.acts.run(actFacts(ctx, parseIsoDate(at.date)!, time, procedure, i.debtorSuspended === true), { asOf: ctx.asOf });
    const reasons = evaluation.fired.map(reasonOf);
    const trace: TraceStep[] = [
      {
        rule: 'lp.acts.instant',
        citation: 'LP 56',
        text: { fr: `Acte le ${at.date} à ${time}, heure de Genève (canton ${ctx.calendar.canton}).`, en: `Act on ${at.date} at ${time}, Geneva time (canton ${ctx.calendar.canton}).` },
        values: { at: i.at, local: at.local, canton: ctx.calendar.canton, procedure },
      },
      ...evaluation.trace,
    ];
    return { allowed: reasons.length === 0, reasons, trace };
  });
}
