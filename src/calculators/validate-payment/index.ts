import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { checkedCentimes, formatCentimes } from '../../core/money.js';
import { toZurich, type ZurichInstant } from '../../core/instant.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import type { Evaluation } from '../../engines/evaluator/types.js';
import { familyInScope } from '../../rules/scope.js';
import { CARD_DEBIT_MASTERCARD } from '../../rules/families/card-debit-mastercard.js';
import { PAYMENT_OCP } from '../../rules/families/payment-ocp.js';
import { PAYMENT_OCPM } from '../../rules/families/payment-ocpm.js';
import { reasonOf } from '../shared/reasons.js';
import { checkInput, moneyIssues } from '../../schemas/check-input.js';
import type { ValidatePaymentInput } from '../../schemas/payment.js';
import { validateValidatePaymentInput } from '../../schemas/validators.generated.js';

export type { ValidatePaymentInput } from '../../schemas/payment.js';

/** The decision on an online payment, from `validatePayment`: accepted, or refused with its reasons. */
export type ValidatePaymentResult = PaymentAccepted | PaymentRefused;

/** An accepted payment (`accepted: true`): no reason refuses it. */
export interface PaymentAccepted {
  accepted: true;
  /** When a balance is known: the whole balance (`full`) or an instalment (`partial`). */
  kind?: 'full' | 'partial';
  /** When a balance is known: balance − amount, exactly. */
  balanceAfter?: string;
  /** Empty: nothing refuses the payment. */
  reasons: [];
  /** How the decision was reached: the terms applied, each rule checked, the decision. */
  trace: TraceStep[];
}

/** A refused payment (`accepted: false`): every reason that refuses it, in a fixed order. */
export interface PaymentRefused {
  accepted: false;
  /** Never set: a refused payment is neither full nor partial. */
  kind?: undefined;
  /** When a balance is known: the balance, unchanged (CG OCP ch. 4). */
  balanceAfter?: string;
  /** At least one: each failing rule, with its code, rule id, citation and FR/EN message. */
  reasons: [Reason, ...Reason[]];
  /** How the decision was reached: the terms applied, each rule checked, the decision. */
  trace: TraceStep[];
}

const OFFICE_RULES = { OCP: PAYMENT_OCP, OCPM: PAYMENT_OCPM } as const;
const ISSUER_RULES = CARD_DEBIT_MASTERCARD;

// Which terms apply at the payment instant: the OCP may change its terms at any time (ch. 10); the OCPM
// applies the law in force when the payment is validated (art. 2).
const REFERENCE_CITATION = { OCP: 'CG OCP ch. 10', OCPM: 'CG OCPM art. 2' } as const;

function semanticIssues(i: ValidatePaymentInput): Issue[] {
  const issues: Issue[] = [];
  if (i.at !== undefined && toZurich(i.at) === null) issues.push(issue('/at', 'INVALID_DATETIME'));
  if (i.target !== undefined) issues.push(...moneyIssues(i.target.balance, '/target/balance'));
  if (i.method?.type === 'card' && i.method.issuer?.expiry !== undefined && i.at === undefined) {
    issues.push(issue('/at', 'MISSING_CONTEXT'));
  }
  return issues;
}

function referenceStep(office: 'OCP' | 'OCPM', at: string | undefined, zurich: ZurichInstant | null): TraceStep {
  return {
    rule: 'payment.reference-date',
    citation: REFERENCE_CITATION[office],
    text:
      zurich === null
        ? { fr: "Aucun instant de paiement fourni : dernière version connue des conditions.", en: 'No payment instant given: latest known version of the terms.' }
        : {
            fr: `Paiement le ${zurich.date}, heure de Zurich : conditions en vigueur ce jour-là.`,
            en: `Payment on ${zurich.date}, Zurich time: terms in force that day.`,
          },
    values: { office, at: at ?? null, atZurich: zurich?.local ?? null },
  };
}

/**
 * Decides whether an online payment to the OCP (poursuites, ADB; default) or the OCPM is accepted,
 * under the terms in force at `at`. Every failing rule is returned as a reason, in a fixed order: the
 * office's terms (amount, method, target, issuer's answer), then the card issuer's terms. Amount
 * problems are reasons; malformed input throws `LpInputError`. A card number anywhere is refused.
 *
 * @example
 * validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '250.00',
 *   target: { kind: 'poursuite', balance: '1000.00' }, method: { type: 'twint' } });
 * // → { accepted: true, kind: 'partial', balanceAfter: '750.00', reasons: [], … }
 * @see CG OCP ch. 2–4; CG OCPM art. 3, 5, 6; debit Mastercard terms (validity, online payments)
 */
export function validatePayment(input: ValidatePaymentInput, options?: CallOptions): Explained<ValidatePaymentResult> {
  return explained(options, () => {
    const i = checkInput<ValidatePaymentInput>(validateValidatePaymentInput, input, semanticIssues);
    const office = i.office ?? 'OCP';
    const zurich = i.at === undefined ? null : toZurich(i.at);
    const asOf = zurich?.date ?? null;
    const method = i.method;
    const card = method.type === 'card' ? method : null;

    const evaluations: Evaluation[] = [
      planFor(familyInScope(OFFICE_RULES[office]), asOf).run(
        {
          amount: i.amount,
          balance: i.target?.balance ?? null,
          targetKind: i.target?.kind ?? null,
          methodType: method.type,
          cardBrand: card?.brand ?? null,
          cardFunding: card?.funding ?? null,
          issuerResponse: i.issuerResponse ?? null,
        },
        { asOf },
      ),
    ];
    if (card?.issuer !== undefined) {
      evaluations.push(
        planFor(familyInScope(ISSUER_RULES), asOf).run(
          // What the payment page does not know about the card stays unknown: authorizeCardPayment checks it.
          withUnknownFacts(familyInScope(ISSUER_RULES), {
            channel: 'online',
            atDate: asOf,
            cardExpiry: card.issuer.expiry ?? null,
            onlinePaymentsEnabled: card.issuer.onlinePaymentsEnabled ?? null,
          }),
          { asOf },
        ),
      );
    }

    const reasons = evaluations.flatMap((e) => e.fired.map(reasonOf));
    const [first, ...more] = reasons;
    const result: ValidatePaymentResult = first === undefined ? { accepted: true, reasons: [], trace: [] } : { accepted: false, reasons: [first, ...more], trace: [] };
    const accepted = result.accepted;
    if (i.target !== undefined) {
      const balance = checkedCentimes(i.target.balance);
      const amount = accepted ? checkedCentimes(i.amount) : 0;
      result.balanceAfter = formatCentimes(balance - amount);
      if (result.accepted) result.kind = amount === balance ? 'full' : 'partial';
    }
    const codes = reasons.map((r) => r.code).join(', ');
    result.trace = [
      referenceStep(office, i.at, zurich),
      ...evaluations.flatMap((e) => e.trace),
      {
        rule: 'payment.decision',
        citation: office === 'OCP' ? 'CG OCP ch. 4' : 'CG OCPM art. 3',
        text: accepted
          ? { fr: 'Paiement accepté.', en: 'Payment accepted.' }
          : { fr: `Paiement refusé (${codes}) ; le solde reste inchangé.`, en: `Payment refused (${codes}); the balance is unchanged.` },
        values: { accepted, kind: result.kind ?? null, balanceAfter: result.balanceAfter ?? null },
      },
    ];
    return result;
  });
}
