import { issue, LpInputError, LpNormError } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import { CARD_DEBIT_MASTERCARD } from './families/card-debit-mastercard.js';
import { LP_ACTS } from './families/lp-acts.js';
import { LP_DEADLINES } from './families/lp-deadlines.js';
import { LP_DELIVERY } from './families/lp-delivery.js';
import { LP_PROCEDURE } from './families/lp-procedure.js';
import { OCPM_ORDERS } from './families/ocpm-orders.js';
import { PAYMENT_OCP } from './families/payment-ocp.js';
import { PAYMENT_OCPM } from './families/payment-ocpm.js';
import { SEIZURE_MINIMUM_VITAL } from './families/seizure-minimum-vital.js';
import { SEIZURE_QUOTA } from './families/seizure-quota.js';
import cardTexts from './families/generated/card.debit-mastercard.texts.json';
import lpActsTexts from './families/generated/lp.acts.texts.json';
import lpDeadlinesTexts from './families/generated/lp.deadlines.texts.json';
import lpDeliveryTexts from './families/generated/lp.delivery.texts.json';
import lpProcedureTexts from './families/generated/lp.procedure.texts.json';
import ocpmOrdersTexts from './families/generated/ocpm.orders.texts.json';
import paymentOcpTexts from './families/generated/payment.ocp.texts.json';
import paymentOcpmTexts from './families/generated/payment.ocpm.texts.json';
import minimumVitalTexts from './families/generated/seizure.minimum-vital.texts.json';
import quotaTexts from './families/generated/seizure.quota.texts.json';
import { freezeRuleSet } from './frozen-rule-set.js';
import { withTexts, type NormTexts } from './norm-texts.js';
import { leavesOf, parameterRef } from './check-rule-set.js';
import { formatCitation } from './citation.js';
import type { RuleSet } from './rule-set.js';
import { scopedFamily } from './scope.js';
import type { Citation, Parameter, RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';

/**
 * Every built-in norm family, in the order of the catalogue, whole: with the words beside its norms
 * (citation quotes, value notes), which calculators do without (norm-texts.ts).
 *
 * @example
 * ruleSets.map((s) => s.id); // → ['payment.ocp', 'payment.ocpm', 'ocpm.orders', 'card.debit-mastercard', 'lp.deadlines', 'lp.acts', 'lp.delivery', 'lp.procedure', 'seizure.minimum-vital', 'seizure.quota']
 */
export const ruleSets: readonly RuleSet[] = Object.freeze(
  (
    [
      [PAYMENT_OCP, paymentOcpTexts],
      [PAYMENT_OCPM, paymentOcpmTexts],
      [OCPM_ORDERS, ocpmOrdersTexts],
      [CARD_DEBIT_MASTERCARD, cardTexts],
      [LP_DEADLINES, lpDeadlinesTexts],
      [LP_ACTS, lpActsTexts],
      [LP_DELIVERY, lpDeliveryTexts],
      [LP_PROCEDURE, lpProcedureTexts],
      [SEIZURE_MINIMUM_VITAL, minimumVitalTexts],
      [SEIZURE_QUOTA, quotaTexts],
    ] as const
  ).map(([family, texts]) => freezeRuleSet(withTexts(family.definition, texts as NormTexts))),
);

/** One norm, flattened for integrators and the catalogue: the rule with its source and its parameters. */
export interface Rule {
  /** Stable rule id, e.g. "lp.procedure.premature". */
  id: string;
  /** Id of its norm family, e.g. "lp.procedure". */
  ruleSet: string;
  title: Localized;
  /** Short form, e.g. "CG OCP ch. 3". */
  citation: string;
  /** The citation, structured. */
  legalSource: Citation;
  /** The document the norm family implements, with its edition. */
  source: RuleSetDefinition['source'];
  /** First day in force. */
  validFrom: string;
  /** Last day in force (included); open-ended without it. */
  validTo?: string;
  /** The dated parameters the rule reads, with their full history. */
  parameters: Readonly<Record<string, Parameter>>;
  /** When the rule fires (json-rules-engine conditions). */
  conditions: RuleDefinition['conditions'];
  /** What it emits when it fires: its code and FR/EN message. */
  event: RuleDefinition['event'];
  /** The trace wording when it does not fire (the norm is satisfied). */
  satisfied: Localized;
}

function flatten(set: RuleSet, r: RuleDefinition): Rule {
  const parameters: Record<string, Parameter> = {};
  for (const leaf of leavesOf(r.conditions)) {
    const name = parameterRef(leaf.value);
    if (name !== null) parameters[name] = set.parameters[name]!;
  }
  return {
    id: r.id,
    ruleSet: set.id,
    title: r.title,
    citation: formatCitation(r.citation),
    legalSource: r.citation,
    source: set.source,
    validFrom: r.validFrom,
    ...(r.validTo !== undefined ? { validTo: r.validTo } : {}),
    parameters,
    conditions: r.conditions,
    event: r.event,
    satisfied: r.satisfied,
  };
}

/**
 * Every built-in norm, as data (json-rules-engine conditions and event, citation, dated parameters).
 *
 * @example
 * rules.find((r) => r.id === 'lp.procedure.premature')?.citation; // → 'LP 88 al. 1'
 */
export const rules: readonly Rule[] = Object.freeze(ruleSets.flatMap((set) => set.rules.map((r) => flatten(set, r))));

const byId = new Map(ruleSets.map((s) => [s.id, s]));

/**
 * The built-in norm family with this id (inside a call of an instance bound to loaded norms, their
 * version of it); `UNKNOWN_RULE_SET` otherwise.
 *
 * @example
 * getRuleSet('lp.deadlines').rules.map((r) => r.id);
 * // → ['lp.deadlines.lp63-end-in-closed-period', 'lp.deadlines.next-working-day', 'lp.deadlines.lp63-after-shift']
 * getRuleSet('lp.unknown'); // throws LpNormError UNKNOWN_RULE_SET
 */
export function getRuleSet(id: string): RuleSet {
  if (typeof id !== 'string') throw new LpInputError([issue('', 'INVALID_TYPE')]);
  // Inside a call bound to loaded norms (`createLpRules`), their version of the family comes first.
  const set = scopedFamily(id) ?? byId.get(id);
  if (set === undefined) {
    throw new LpNormError(
      'UNKNOWN_RULE_SET',
      { fr: `Famille de normes inconnue : ${id}.`, en: `Unknown norm family: ${id}.` },
      { ruleSet: id },
    );
  }
  return set;
}
