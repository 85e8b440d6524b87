import { PARAMS_FACT } from '../../rules/check-rule-set.js';
import { resolveParameters, rulesInForce, type AsOf } from '../../rules/parameters.js';
import type { RuleSetDefinition } from '../../schemas/rule-set.js';
import type { Norms } from '../../rules/norms.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { inNormScope, normsOption } from '../../rules/scope.js';
import { issue, LpInputError } from '../../core/errors.js';
import { evaluate as evaluateCompiled, evaluationInput, optionIssues, withProvenance, type EvaluateOptions } from './evaluate.js';
import { parametersStep, ruleStep } from './explain.js';
import { planFor } from './plan.js';
import { OPERATOR_FUNCTIONS } from './operators.js';
import { resolvePath } from './path.js';
import type { Evaluation, Facts, FiredRule } from './types.js';

/**
 * The reference evaluator: json-rules-engine itself, running the rule JSON as written, with our
 * decimal and date operators registered and our path resolver. Slow and asynchronous, it is the
 * yardstick the compiled evaluator is tested against, and it gives json-rules-engine's own results.
 * It is published apart, as `lp-rules/reference`: the main entry, every calculator and the compiled evaluator
 * never carry json-rules-engine (and its jsonpath-plus); even here it is imported on first use only.
 *
 * @example
 * import { getRuleSet } from 'lp-rules';
 * import { runReference } from 'lp-rules/reference';
 * const r = await runReference(getRuleSet('payment.ocp'), '2026-05-04', { amount: '1000.01', balance: '2000.00',
 *   targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null });
 * r.fired.map((f) => f.event.type); // → ['AMOUNT_ABOVE_LIMIT']
 */
export async function runReference(set: RuleSetDefinition, asOf: AsOf, facts: Facts): Promise<Evaluation> {
  const parameters = resolveParameters(set, asOf);
  const rules = rulesInForce(set, asOf);
  const { Engine } = await import('json-rules-engine');
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const [name, fn] of Object.entries(OPERATOR_FUNCTIONS)) {
    if (!['equal', 'notEqual', 'in', 'notIn'].includes(name)) engine.addOperator(name, fn);
  }
  rules.forEach((rule, index) => {
    // The rule JSON as written; json-rules-engine annotates what it is given, hence a copy.
    // Equal priorities: the engine's order is not the file's, so results are re-ordered by index below.
    const { conditions, event } = structuredClone({ conditions: rule.conditions, event: rule.event });
    engine.addRule({ name: `${index}:${rule.id}`, priority: 1, conditions, event });
  });
  const { results } = await engine.run({ ...facts, [PARAMS_FACT]: parameters.values });
  const firedIndexes = new Set(results.map((r) => Number(String(r.name).split(':')[0])));
  const fired: FiredRule[] = [];
  const trace = [parametersStep(set, parameters)];
  rules.forEach((rule, index) => {
    const hit = firedIndexes.has(index);
    if (hit) {
      const result = results.find((r) => r.name === `${index}:${rule.id}`)!;
      fired.push({ rule, event: result.event as FiredRule['event'] });
    }
    trace.push(ruleStep(rule, hit, facts, parameters));
  });
  return { ruleSet: set.id, parameters, fired, trace };
}

/**
 * `evaluate` with both evaluators, as the main entry's `evaluate` was before the reference evaluator moved
 * here: the compiled one (default, synchronous) or, with `engine: 'reference'`, json-rules-engine (a
 * Promise). Both give the same fired rules, in file order, with the same trace.
 *
 * @example
 * import { evaluate } from 'lp-rules/reference';
 * const r = await evaluate('payment.ocp', { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite',
 *   methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null }, { asOf: '2026-05-04', engine: 'reference' });
 * r.fired.map((f) => f.event.type); // → ['AMOUNT_ABOVE_LIMIT']
 */
export function evaluate(ruleSet: string | RuleSet, facts: object, options?: EvaluateOptions & { engine?: 'compiled' }): Evaluation;
export function evaluate(ruleSet: string | RuleSet, facts: object, options: EvaluateOptions & { engine: 'reference' }): Promise<Evaluation>;
export function evaluate(ruleSet: string | RuleSet, facts: object, options?: EvaluateOptions): Evaluation | Promise<Evaluation> {
  if (optionIssues(options).options.engine !== 'reference') return evaluateCompiled(ruleSet, facts, options as EvaluateOptions & { engine?: 'compiled' });
  try {
    const { set, facts: checked, asOf, trace } = evaluationInput(ruleSet, facts, options);
    return runReference(set, asOf, checked).then((r) => withProvenance(r, planFor(set, asOf), trace));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** `evaluate` bound to a set of norms (`createReference`). */
export interface ReferenceEvaluator {
  /** `evaluate` of this entry (the compiled evaluator, or json-rules-engine with `engine: 'reference'`), the bound norms in force. */
  readonly evaluate: typeof evaluate;
}

/**
 * The reference `evaluate` bound to norms loaded at run time, as `createLpRules({ norms }).evaluate` is for the compiled one.
 *
 * @example
 * import { loadNorms } from 'lp-rules';
 * import { createReference } from 'lp-rules/reference';
 * const norms = loadNorms([{ name: 'CG-OCP-2027.json', content: { family: 'payment.ocp', edition: 'CG-OCP-2027',
 *   status: 'provisional', validFrom: '2027-01-01', verifiedOn: '2026-12-05',
 *   source: { document: 'CG OCP', title: 'Conditions générales (projet 2027)' }, values: { onlineLimit: '2000.00' } } }]);
 * const r = await createReference({ norms }).evaluate('payment.ocp', { amount: '1500.00', balance: '2000.00',
 *   targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null },
 *   { asOf: '2027-03-01', engine: 'reference' });
 * r.fired; // → [] (the draft's limit of CHF 2'000 applies)
 * r.provenance.provisional; // → true
 */
export function createReference(options: { norms: Norms }): ReferenceEvaluator {
  const norms = normsOption(options) as Norms | undefined;
  if (norms === undefined) throw new LpInputError([issue('/options/norms', 'REQUIRED')]);
  const scoped = ((...a: Parameters<typeof evaluate>) => inNormScope(norms, () => evaluate(...a), (r) => r)) as typeof evaluate;
  return Object.freeze({ evaluate: scoped });
}
