import { LpNormError } from '../../core/errors.js';
import type { Condition, LeafCondition, Operator, RuleDefinition, RuleSetDefinition } from '../../schemas/rule-set.js';
import { factRef, PARAMS_FACT } from '../../rules/check-rule-set.js';
import { resolveParameters, rulesInForce, type AsOf, type ResolvedParameters } from '../../rules/parameters.js';
import { OPERATOR_FUNCTIONS, type OperatorFn } from './operators.js';
import { factAt, resolvePath } from './path.js';
import { parametersStep, ruleStep } from './explain.js';
import type { Evaluation, Facts, FiredRule } from './types.js';
import type { TraceStep } from '../../core/trace.js';

type Test = (facts: Facts) => boolean;
type Read = (facts: Facts) => unknown;

/**
 * The hot-path evaluator: the same rule JSON as json-rules-engine, turned once into closures
 * (no `eval`, no `new Function`). Parameters are resolved once per plan (each read on first use), so a
 * compiled plan is valid for one parameter version and per-record work is only the comparisons.
 */
export interface CompiledRuleSet {
  set: RuleSetDefinition;
  parameters: ResolvedParameters;
  rules: readonly { rule: RuleDefinition; test: Test }[];
  /**
   * Evaluates facts; `trace: false` skips the explanation (bulk jobs). `asOf` labels the trace when the
   * plan, compiled for another date of the same period, is reused.
   */
  run(facts: Facts, options?: { trace?: boolean; asOf?: AsOf }): Evaluation;
}

function reader(fact: string, path: string | undefined, params: ResolvedParameters): Read {
  if (fact === PARAMS_FACT) {
    // Read on first use: a parameter with no version in force throws only if a rule in force reads it.
    let constant: unknown;
    let read = false;
    return () => {
      if (!read) {
        constant = path ? resolvePath(params.values, path) : params.values;
        read = true;
      }
      return constant;
    };
  }
  return path ? (facts) => factAt(facts[fact], path) : (facts) => facts[fact];
}

// Own properties only: an operator named `constructor` or `toString` is unknown, never a prototype method.
function operatorOf(name: string): OperatorFn {
  if (!Object.prototype.hasOwnProperty.call(OPERATOR_FUNCTIONS, name)) {
    throw new LpNormError('NORM_INVALID', { fr: `Opérateur inconnu : ${name}.`, en: `Unknown operator: ${name}.` }, { operator: name });
  }
  return OPERATOR_FUNCTIONS[name as Operator];
}

function compileLeaf(leaf: LeafCondition, params: ResolvedParameters): Test {
  const op = operatorOf(leaf.operator);
  const left = reader(leaf.fact, leaf.path, params);
  const v = leaf.value;
  const ref = factRef(v);
  if (ref !== null) {
    const right = reader(ref.fact, ref.path, params);
    return (facts) => op(left(facts), right(facts));
  }
  return (facts) => op(left(facts), v);
}

export function compileCondition(c: Condition, params: ResolvedParameters): Test {
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, params));
    return (facts) => parts.every((t) => t(facts));
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, params));
    return (facts) => parts.some((t) => t(facts));
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, params);
    return (facts) => !inner(facts);
  }
  return compileLeaf(c, params);
}

/** Compiles the rules of a set in force at `asOf` (or the latest version with `null`). */
export function compileRuleSet(set: RuleSetDefinition, asOf: AsOf): CompiledRuleSet {
  const parameters = resolveParameters(set, asOf);
  const rules = rulesInForce(set, asOf).map((rule) => ({ rule, test: compileCondition(rule.conditions, parameters) }));
  return {
    set,
    parameters,
    rules,
    run(facts, options) {
      const fired: FiredRule[] = [];
      const withTrace = options?.trace !== false;
      // The date asked for, also with the trace off (the plan serves its whole period, built for one date).
      const params = options?.asOf !== undefined && options.asOf !== parameters.asOf ? { ...parameters, asOf: options.asOf } : parameters;
      const trace: TraceStep[] = withTrace ? [parametersStep(set, params)] : [];
      for (const { rule, test } of rules) {
        const hit = test(facts);
        if (hit) fired.push({ rule, event: rule.event });
        if (withTrace) trace.push(ruleStep(rule, hit, facts, params));
      }
      return { ruleSet: set.id, parameters: params, fired, trace };
    },
  };
}
