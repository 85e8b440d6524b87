import { LpNormError } from '../core/errors.js';
import type { Localized } from '../core/localized.js';
import cardTerms from './card/debit-mastercard.rules.json';
import ocpPayment from './payment/ocp-online-payment.rules.json';
import ocpmServices from './payment/ocpm-online-services.rules.json';
import ocpmOrders from './payment/ocpm-orders.rules.json';
import lpDeadlines from './lp/deadlines.rules.json';
import lpActs from './lp/enforcement-acts.rules.json';
import lpDelivery from './lp/delivery.rules.json';
import lpProcedure from './lp/procedure.rules.json';
import minimumVital from './seizure/minimum-vital.rules.json';
import seizureQuota from './seizure/quota.rules.json';
import { leavesOf, parameterRef } from './check-rule-set.js';
import { formatCitation } from './citation.js';
import { loadRuleSet, type RuleSet } from './rule-set.js';
import type { Citation, Parameter, RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';

/** Every built-in norm family, in the order of the catalogue. */
export const ruleSets: readonly RuleSet[] = Object.freeze(
  [ocpPayment, ocpmServices, ocpmOrders, cardTerms, lpDeadlines, lpActs, lpDelivery, lpProcedure, minimumVital, seizureQuota].map((json) => loadRuleSet(json as RuleSetDefinition)),
);

/** One norm, flattened for integrators and the catalogue: the rule with its source and its parameters. */
export interface Rule {
  id: string;
  ruleSet: string;
  title: Localized;
  /** Short form, e.g. "CG OCP ch. 3". */
  citation: string;
  legalSource: Citation;
  source: RuleSetDefinition['source'];
  validFrom: string;
  validTo?: string;
  /** The dated parameters the rule reads, with their full history. */
  parameters: Readonly<Record<string, Parameter>>;
  conditions: RuleDefinition['conditions'];
  event: RuleDefinition['event'];
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

/** Every built-in norm, as data (json-rules-engine conditions and event, citation, dated parameters). */
export const rules: readonly Rule[] = Object.freeze(ruleSets.flatMap((set) => set.rules.map((r) => flatten(set, r))));

/** The built-in norm family with this id; `UNKNOWN_RULE_SET` otherwise. */
export function getRuleSet(id: string): RuleSet {
  const set = ruleSets.find((s) => s.id === id);
  if (set === undefined) {
    throw new LpNormError(
      'UNKNOWN_RULE_SET',
      { fr: `Famille de normes inconnue : ${id}.`, en: `Unknown norm family: ${id}.` },
      { ruleSet: id },
    );
  }
  return set;
}
