import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { PRIMARY_READINGS } from '../../schemas/readings.js';
import { inspectionLastDay, paramStep, procedureNorms } from '../../engines/procedure/periods.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import { checkInput } from '../../schemas/check-input.js';
import type { ExtractVisibilityInput } from '../../schemas/procedure.js';
import { validateExtractVisibilityInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';
import { stepsOf } from '../shared/reasons.js';

export type { ExtractVisibilityInput } from '../../schemas/procedure.js';

/** Whether and until when a poursuite shows on a register extract, from `extractVisibility`. */
export interface ExtractVisibility {
  /** Whether third parties may see the entry (on `asOf` when given; otherwise: at all). */
  visibleToThirdParties: boolean;
  /** Last day third parties may see it; `null` when it is never disclosed. */
  visibleUntil: IsoDate | null;
  /** How a visible entry is shown: `paid` once paid, else `open`. */
  shownAs?: 'paid' | 'open';
  trace: TraceStep[];
}

function semanticIssues(i: ExtractVisibilityInput): Issue[] {
  return [...dateIssues(i.closedOn, '/closedOn'), ...dateIssues(i.paidOn, '/paidOn'), ...dateIssues(i.asOf, '/asOf')];
}

/**
 * Whether a poursuite appears on a register extract for third parties (LP 8a): never when the creditor
 * withdrew it (al. 3 let. c); otherwise until five years after the end of the procedure (al. 4), not
 * moved off weekends (the expiry of a right, not a deadline to act). A paid poursuite stays visible,
 * marked as paid (OCP practice, seed 003).
 *
 * @example
 * extractVisibility({ closedOn: '2026-05-04', paidOn: '2026-05-04' });
 * // → { visibleToThirdParties: true, visibleUntil: '2031-05-04', shownAs: 'paid', … }
 * @see LP 8a al. 3–4
 */
export function extractVisibility(input: ExtractVisibilityInput, options?: CallOptions): Explained<ExtractVisibility> {
  return explained(options, () => {
    const i = checkInput<ExtractVisibilityInput>(validateExtractVisibilityInput, input, semanticIssues);
    const norms = procedureNorms(i.closedOn);
    const withdrawn = i.withdrawnByCreditor === true;
    const evaluation = norms.run(
      withUnknownFacts(norms.set, { withdrawnByCreditor: withdrawn, paid: i.paidOn !== undefined }),
      { asOf: i.closedOn },
    );
    const steps = stepsOf(evaluation, ['lp.procedure.extract-withdrawn', 'lp.procedure.extract-paid']);
    if (withdrawn) return { visibleToThirdParties: false, visibleUntil: null, trace: steps };
    const reading = i.interpretation?.extractLastDay ?? PRIMARY_READINGS.extractLastDay;
    const until = inspectionLastDay(norms, parseIsoDate(i.closedOn)!, reading);
    const visibleUntil = formatIsoDate(until);
    return {
      visibleToThirdParties: i.asOf === undefined || i.asOf <= visibleUntil,
      visibleUntil,
      shownAs: i.paidOn !== undefined ? 'paid' : 'open',
      trace: [
        ...steps,
        paramStep(norms, 'extractVisibilityYears', 'lp.register.visible-until', {
          fr: `Visible pour les tiers jusqu'au ${longDate(until).fr} (5 ans après la clôture de la procédure${reading === 'anniversary' ? ', anniversaire inclus' : ', veille de l\'anniversaire'}) ; pas de report au jour ouvrable.`,
          en: `Visible to third parties until ${longDate(until).en} (5 years after the end of the procedure${reading === 'anniversary' ? ', anniversary included' : ', the day before the anniversary'}); not moved off weekends.`,
        }, { closedOn: i.closedOn, visibleUntil, reading, asOf: i.asOf ?? null }),
      ],
    };
  });
}
