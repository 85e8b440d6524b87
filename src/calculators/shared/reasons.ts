import type { Reason, TraceStep } from '../../core/trace.js';
import type { ReasonCode } from '../../core/reason-codes.generated.js';
import type { Evaluation, FiredRule } from '../../engines/evaluator/types.js';
import { formatCitation } from '../../rules/citation.js';

/** The reasons among the fired rules (those whose event code is a refusal). */
export function reasonsOf(evaluation: Evaluation, codes: ReadonlySet<string>): Reason[] {
  return evaluation.fired
    .filter(({ event }) => codes.has(event.type))
    .map(reasonOf);
}

/** A fired rule as a reason. Its code is the rule's event code (`ReasonCode` lists the package's own). */
export function reasonOf({ rule, event }: FiredRule): Reason {
  return { code: event.type as ReasonCode, rule: rule.id, citation: formatCitation(rule.citation), message: event.params.message };
}

/** The trace steps of the given rules only (a norm family serves several functions). */
export function stepsOf(evaluation: Evaluation, rules: readonly string[]): TraceStep[] {
  return evaluation.trace.filter((s) => rules.includes(s.rule));
}
