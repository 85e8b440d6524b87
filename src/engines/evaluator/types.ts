import type { TraceStep } from '../../core/trace.js';
import type { RuleDefinition } from '../../schemas/rule-set.js';
import type { ResolvedParameters } from '../../rules/parameters.js';
import type { Provenance } from './provenance.js';

/** Facts given to a rule set: one value per declared fact (`null` where absent). */
export type Facts = Readonly<Record<string, unknown>>;

/** A rule whose conditions held, with the json-rules-engine event it emits. */
export interface FiredRule {
  rule: RuleDefinition;
  /** `type` is the rule's code (e.g. `AMOUNT_ABOVE_LIMIT`); `params.message` its FR/EN wording. */
  event: RuleDefinition['event'];
}

/** What an evaluator returns: the rules that fired, in file order, and optionally the trace. */
export interface Evaluation {
  /** Id of the norm family evaluated, e.g. "payment.ocp". */
  ruleSet: string;
  /** The dated parameters applied: the reference date, each value in force, and its version. */
  parameters: ResolvedParameters;
  /** The rules whose conditions held, in file order. */
  fired: FiredRule[];
  /** One step per rule, fired or not (empty with `trace: false`). */
  trace: TraceStep[];
  /**
   * The norms applied (package, editions, fingerprint), as on every function's result. Set by `evaluate`;
   * the calculators, which run several evaluations, give their own.
   */
  provenance?: Provenance;
}
