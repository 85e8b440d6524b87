import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { familyInScope } from '../../rules/scope.js';
import { LP_DELIVERY } from '../../rules/families/lp-delivery.js';
import { formatCitation } from '../../rules/citation.js';
import { reasonOf } from '../shared/reasons.js';
import { checkInput } from '../../schemas/check-input.js';
import type { DeemedDeliveryInput } from '../../schemas/calendar.js';
import { validateDeemedDeliveryInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { DeemedDeliveryInput } from '../../schemas/calendar.js';

/** When an undelivered registered item counts as delivered, from `deemedDelivery`. */
export interface DeemedDelivery {
  /** The day the document counts as delivered, or `null` when it is not (no deadline runs). */
  deliveredOn: IsoDate | null;
  /** PAYMENT_ORDER_REQUIRES_ACTUAL_DELIVERY, DELIVERY_NOT_EXPECTED. */
  reasons: Reason[];
  trace: TraceStep[];
}

const REASON_CODES = new Set(['PAYMENT_ORDER_REQUIRES_ACTUAL_DELIVERY', 'DELIVERY_NOT_EXPECTED']);

function semanticIssues(i: DeemedDeliveryInput): Issue[] {
  const found = [...dateIssues(i.failedAttemptOn, '/failedAttemptOn'), ...dateIssues(i.collectedOn, '/collectedOn')];
  if (found.length === 0 && i.collectedOn !== undefined && i.collectedOn < i.failedAttemptOn) found.push(issue('/collectedOn', 'OUT_OF_RANGE'));
  return found;
}

/**
 * When a registered item that could not be handed over counts as delivered. Other communications of
 * the office: on the 7th day after the failed attempt if the addressee had to expect a delivery, not
 * moved off a weekend or holiday (CPC 138 al. 3 let. a via LP 34) — or when collected, if earlier. The
 * payment order never: it must actually be handed over (LP 64–66, 72), so no deadline runs.
 *
 * @example
 * deemedDelivery({ document: 'other', failedAttemptOn: '2026-06-03', deliveryExpected: true }).deliveredOn; // → '2026-06-10'
 * deemedDelivery({ document: 'payment-order', failedAttemptOn: '2026-06-03', deliveryExpected: true }).deliveredOn; // → null
 * @see CPC 138 al. 3 let. a; LP 34, 64–66, 72
 */
export function deemedDelivery(input: DeemedDeliveryInput, options?: CallOptions): Explained<DeemedDelivery> {
  return explained(options, () => {
    const i = checkInput<DeemedDeliveryInput>(validateDeemedDeliveryInput, input, semanticIssues);
    const plan = planFor(familyInScope(LP_DELIVERY), i.failedAttemptOn);
    const attempt = parseIsoDate(i.failedAttemptOn)!;
    const fictionDay = attempt + (plan.parameters.values.fictionDays as number);
    const collected = i.collectedOn !== undefined ? parseIsoDate(i.collectedOn)! : null;
    const evaluation = plan.run(
      {
        document: i.document,
        collected: collected !== null,
        collectedBeforeFiction: collected !== null && collected <= fictionDay,
        deliveryExpected: i.deliveryExpected,
      },
      { asOf: i.failedAttemptOn },
    );
    const codes = evaluation.fired.map((f) => f.event.type);
    const deliveredOn = codes.includes('DEEMED_DELIVERED') ? fictionDay : codes.some((c) => REASON_CODES.has(c)) ? null : collected;
    const reasons = evaluation.fired
      .filter(({ event }) => REASON_CODES.has(event.type))
      .map(reasonOf);
    const result = deliveredOn === null ? null : formatIsoDate(deliveredOn);
    return {
      deliveredOn: result,
      reasons,
      trace: [
        ...evaluation.trace,
        {
          rule: 'lp.delivery.result',
          citation: formatCitation(evaluation.fired[0]?.rule.citation ?? { document: 'CPC', article: '138', paragraph: '3', letter: 'a' }),
          text:
            result === null
              ? { fr: "L'acte n'est pas notifié : aucun délai ne court.", en: 'The document is not served: no deadline runs.' }
              : { fr: `L'acte est notifié le ${result}.`, en: `The document is served on ${result}.` },
          values: { deliveredOn: result, fictionDay: formatIsoDate(fictionDay) },
        },
      ],
    };
  });
}
