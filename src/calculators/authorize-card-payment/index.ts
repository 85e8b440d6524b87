import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { toZurich } from '../../core/instant.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { familyInScope } from '../../rules/scope.js';
import { CARD_DEBIT_MASTERCARD } from '../../rules/families/card-debit-mastercard.js';
import { checkInput, moneyIssues } from '../../schemas/check-input.js';
import type { AuthorizeCardPaymentInput } from '../../schemas/card.js';
import { validateAuthorizeCardPaymentInput } from '../../schemas/validators.generated.js';
import { instantIssues } from '../shared/calendar-input.js';
import { reasonsOf } from '../shared/reasons.js';

export type { AuthorizeCardPaymentInput } from '../../schemas/card.js';

/** The card issuer's terms' answer to a card payment, from `authorizeCardPayment`. */
export interface CardAuthorization {
  /** No reason refuses the payment. */
  approved: boolean;
  /** Codes: CARD_BLOCKED, CARD_EXPIRED, ONLINE_PAYMENTS_DISABLED, CONTACTLESS_NOT_ACTIVATED, ZONE_BLOCKED, INSUFFICIENT_COVERAGE. */
  reasons: Reason[];
  /** The merchant does not offer 3-D Secure: any loss is the holder's (the payment itself may go through). */
  holderBearsRisk: boolean;
  trace: TraceStep[];
}

const REFUSALS = new Set(['CARD_BLOCKED', 'CARD_EXPIRED', 'ONLINE_PAYMENTS_DISABLED', 'CONTACTLESS_NOT_ACTIVATED', 'ZONE_BLOCKED', 'INSUFFICIENT_COVERAGE']);

function semanticIssues(i: AuthorizeCardPaymentInput): Issue[] {
  return [...instantIssues(i.at, '/at'), ...moneyIssues(i.amount, '/amount'), ...(i.account ? moneyIssues(i.account.available, '/account/available') : [])];
}

/**
 * Whether the issuing bank's debit Mastercard terms let a card payment through: the card is not blocked,
 * is valid through the end of its printed month (Zurich time), has online payments enabled for an online
 * payment (off by default), has had a first chip-and-PIN payment before contactless ones, is used in an
 * open zone (Switzerland and Liechtenstein, Europe by default) and is covered. Every failing rule is a
 * reason; a merchant without 3-D Secure leaves the risk with the holder.
 *
 * @example
 * authorizeCardPayment({ at: '2026-05-04T10:00:00+02:00', amount: '80.00', channel: 'contactless',
 *   card: { expiry: '2028-01' }, merchant: { zone: 'CH-LI' } }).reasons.map((r) => r.code);
 * // → ['CONTACTLESS_NOT_ACTIVATED'] (no first chip-and-PIN payment yet)
 * @see debit Mastercard terms (mars 2026): validity, online payments, contactless, geoblocking, coverage, 3-D Secure
 */
export function authorizeCardPayment(input: AuthorizeCardPaymentInput, options?: CallOptions): Explained<CardAuthorization> {
  return explained(options, () => {
    const i = checkInput<AuthorizeCardPaymentInput>(validateAuthorizeCardPaymentInput, input, semanticIssues);
    const at = toZurich(i.at)!;
    const plan = planFor(familyInScope(CARD_DEBIT_MASTERCARD), at.date);
    const openZones = i.card.openZones ?? (plan.parameters.values.defaultOpenZones as string[]);
    const evaluation = plan.run(
      {
        channel: i.channel,
        atDate: at.date,
        cardExpiry: i.card.expiry,
        onlinePaymentsEnabled: i.card.onlinePaymentsEnabled ?? (plan.parameters.values.onlinePaymentsDefault as boolean),
        blocked: i.card.blocked === true,
        chipAndPinUsedOnce: i.card.chipAndPinUsedOnce === true,
        zoneOpen: openZones.includes(i.merchant.zone),
        amount: i.amount,
        available: i.account?.available ?? null,
        merchantThreeDSecure: i.merchant.threeDSecure ?? null,
      },
      { asOf: at.date },
    );
    const reasons = reasonsOf(evaluation, REFUSALS);
    const holderBearsRisk = evaluation.fired.some((f) => f.event.type === 'HOLDER_BEARS_RISK');
    return {
      approved: reasons.length === 0,
      reasons,
      holderBearsRisk,
      trace: [
        {
          rule: 'card.debit-mastercard.instant',
          citation: 'CG carte de débit Mastercard',
          text: { fr: `Opération ${i.channel} le ${at.local} (heure de Zurich), zone ${i.merchant.zone}.`, en: `${i.channel} transaction on ${at.local} (Zurich time), zone ${i.merchant.zone}.` },
          values: { at: i.at, local: at.local, openZones: openZones.join(', ') },
        },
        ...evaluation.trace,
      ],
    };
  });
}
