import type { TraceStep } from '../trace.js';
import type { RuleDefinition } from '../../schemas/rule-set.js';
import type { ResolvedParameters } from '../../rules/parameters.js';

/** Facts given to a rule set: one value per declared fact (`null` where absent). */
export type Facts = Readonly<Record<string, unknown>>;

/** A rule whose conditions held, with the json-rules-engine event it emits. */
export interface FiredRule {
  rule: RuleDefinition;
  event: RuleDefinition['event'];
}

/** What an evaluator returns: the rules that fired, in file order, and optionally the trace. */
export interface Evaluation {
  ruleSet: string;
  parameters: ResolvedParameters;
  fired: FiredRule[];
  trace: TraceStep[];
}
